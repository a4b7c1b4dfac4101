#pragma once

#include <QCoreApplication>
#include <QString>

namespace Flightdeck::Ui {

class ApiSession;

// What a bug report needs to know about this Flightdeck: its version, the Qt,
// KSyntaxHighlighting and QtKeychain it runs with, the system, the endpoints
// it talks to, and where the token came from and whether the API took it —
// never the token itself. Help › Copy diagnostic information.
class Diagnostics
{
    Q_DECLARE_TR_FUNCTIONS(Diagnostics)

public:
    // One "name: value" line each.
    static QString report(const ApiSession &session);
};

} // namespace Flightdeck::Ui
