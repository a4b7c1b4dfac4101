#include "sim/healthchecks.h"

#include "sim/wire.h"

using namespace Qt::StringLiterals;

namespace Sim::HealthChecks {

namespace {

QJsonObject check(const QString &name, const QString &status, const QString &output, const QDateTime &now)
{
    return QJsonObject{{u"name"_s, name}, {u"status"_s, status}, {u"output"_s, output}, {u"updated_at"_s, isoTime(now)}};
}

QString refused(const QJsonObject &definition, int port, const QString &privateIp, const QString &scenarioOutput)
{
    if (!scenarioOutput.isEmpty())
        return scenarioOutput;
    QString dial = u"dial tcp [%1]:%2: connect: connection refused"_s.arg(privateIp).arg(port);
    if (definition.value(u"type"_s).toString() == "http"_L1)
        return u"Get \"http://[%1]:%2%3\": %4"_s.arg(privateIp).arg(port).arg(definition.value(u"path"_s).toString(u"/"_s), dial);
    return dial;
}

} // namespace

QJsonArray initial(const QJsonObject &config, const QString &privateIp, const QString &output, const QDateTime &now)
{
    QJsonArray checks;
    int index = 0;
    const QJsonArray services = config.value(u"services"_s).toArray();
    for (const QJsonValue &serviceValue : services) {
        const QJsonObject service = serviceValue.toObject();
        const int port = service.value(u"internal_port"_s).toInt();
        const QJsonArray definitions = service.value(u"checks"_s).toArray();
        for (const QJsonValue &value : definitions) {
            const QJsonObject definition = value.toObject();
            const QString type = definition.value(u"type"_s).toString(u"tcp"_s);
            const int checkPort = definition.value(u"port"_s).toInt(port);
            const QString name = u"servicecheck-%1-%2-%3"_s.arg(index++, 2, 10, QChar(u'0')).arg(type).arg(checkPort);
            checks.append(check(name, u"critical"_s, refused(definition, checkPort, privateIp, output), now));
        }
    }
    const QJsonObject machineChecks = config.value(u"checks"_s).toObject();
    for (auto it = machineChecks.constBegin(); it != machineChecks.constEnd(); ++it) {
        const QJsonObject definition = it.value().toObject();
        checks.append(check(it.key(), u"critical"_s, refused(definition, definition.value(u"port"_s).toInt(), privateIp, output), now));
    }
    return checks;
}

QJsonArray passing(const QJsonArray &checks, const QDateTime &now)
{
    QJsonArray result;
    for (const QJsonValue &value : checks)
        result.append(check(value.toObject().value(u"name"_s).toString(), u"passing"_s, u"Success"_s, now));
    return result;
}

} // namespace Sim::HealthChecks
