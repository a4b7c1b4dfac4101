#pragma once

#include <QCoreApplication>
#include <QString>

namespace Flightdeck::Ui {

class ApiSession;

// What a bug report needs to know about this Flightdeck: its version, the Qt,
// KSyntaxHighlighting and QtKeychain it runs with, the system, the endpoints
// it talks to, and where the token came from and whether the API took it —
// never the token itself. Help › Copy diagnostic information and About.
class Diagnostics
{
    Q_DECLARE_TR_FUNCTIONS(Diagnostics)

public:
    // "Flightdeck 0.1.0, Qt 6.8.2, KSyntaxHighlighting 6.13.0, QtKeychain 0.15.0"
    static QString versions();
    // One "name: value" line each.
    static QString report(const ApiSession &session);
};

} // namespace Flightdeck::Ui
