#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Sim {

// How a Machine's health checks behave: those of Machines whose image (or
// name) matches `imagePattern` pass `passAfterMs` after the start, or never
// (-1), saying `output` while they fail.
struct CheckScenario
{
    QString imagePattern;
    int passAfterMs = 0;
    QString output;
};

namespace HealthChecks {

// The checks a config declares, as flyd reports them right after a start:
// each service check named servicecheck-<nn>-<type>-<port>, each top-level
// check by its key, all "critical" with a connection-refused output (or the
// scenario's), since nothing has answered yet.
QJsonArray initial(const QJsonObject &config, const QString &privateIp, const QString &output, const QDateTime &now);

// The same checks, all passing.
QJsonArray passing(const QJsonArray &checks, const QDateTime &now);

} // namespace HealthChecks
} // namespace Sim
