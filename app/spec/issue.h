#pragma once

#include <QList>
#include <QString>

namespace Flightdeck {

// A problem with a RunSpec, bound to the field the user has to change.
// Field ids are stable paths such as "image", "guest.memory_mb",
// "services[0].ports[1]" or "env.DATABASE_URL"; the wizard maps them to widgets.
struct Issue
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString field;
    QString message; // what is wrong and how to fix it

    bool isError() const { return severity == Severity::Error; }
    // "error: <field>: <message>" or "warning: <field>: <message>"
    QString toLine() const;

    friend bool operator==(const Issue &, const Issue &) = default;
};

using Issues = QList<Issue>;

inline Issue error(const QString &field, const QString &message)
{
    return {Issue::Severity::Error, field, message};
}

inline Issue warning(const QString &field, const QString &message)
{
    return {Issue::Severity::Warning, field, message};
}

bool hasErrors(const Issues &issues);

} // namespace Flightdeck
