#include "app/launch/diagnosis.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Flightdeck {

QString stepTitle(LaunchStep step)
{
    switch (step) {
    case LaunchStep::CheckToken:
        return QCoreApplication::translate("Launcher", "Check the API token");
    case LaunchStep::ResolveApp:
        return QCoreApplication::translate("Launcher", "Find or create the app");
    case LaunchStep::PrepareImage:
        return QCoreApplication::translate("Launcher", "Prepare the image");
    case LaunchStep::CreateMachine:
        return QCoreApplication::translate("Launcher", "Create the Machine");
    case LaunchStep::WaitStarted:
        return QCoreApplication::translate("Launcher", "Wait for it to start");
    case LaunchStep::WatchChecks:
        return QCoreApplication::translate("Launcher", "Watch it run");
    }
    return {};
}

namespace Diagnose {


std::optional<Diagnosis> fromEvents(const QJsonArray &events)
{
    int exits = 0;
    QJsonObject lastExit;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const QString type = event.value(u"type"_s).toString();
        const QString status = event.value(u"status"_s).toString();
        const QString request = QString::fromUtf8(QJsonDocument(event.value(u"request"_s).toObject()).toJson(QJsonDocument::Compact));
        if ((type == "launch"_L1 && status == "failed"_L1) || request.contains(u"pull"_s, Qt::CaseInsensitive)) {
            return Diagnosis{QCoreApplication::translate("Diagnosis", "The platform could not start the image: %1").arg(request), QCoreApplication::translate("Diagnosis", "Check the image reference and that the registry allows the pull."), u"image"_s};
        }
        if (type == "exit"_L1) {
            if (exits == 0)
                lastExit = event.value(u"request"_s).toObject();
            ++exits;
        }
    }
    if (exits == 0)
        return std::nullopt;

    QJsonObject exit = lastExit.value(u"MonitorEvent"_s).toObject().value(u"exit_event"_s).toObject();
    if (exit.isEmpty())
        exit = lastExit.value(u"exit_event"_s).toObject();
    const int code = exit.value(u"exit_code"_s).toInt();
    const QString times = exits == 1 ? QCoreApplication::translate("Diagnosis", "once") : QCoreApplication::translate("Diagnosis", "%1 times").arg(exits);
    if (exit.value(u"oom_killed"_s).toBool())
        return Diagnosis{QCoreApplication::translate("Diagnosis", "The Machine ran out of memory and was killed (%1).").arg(times), QCoreApplication::translate("Diagnosis", "Give it more memory."), u"guest.memory_mb"_s};
    if (code == 127)
        return Diagnosis{QCoreApplication::translate("Diagnosis", "The command was not found in the image (exit code 127, %1).").arg(times), QCoreApplication::translate("Diagnosis", "Check the command and the entrypoint."), u"cmd"_s};
    if (code == 126)
        return Diagnosis{QCoreApplication::translate("Diagnosis", "The command is not executable (exit code 126, %1).").arg(times), QCoreApplication::translate("Diagnosis", "Check the command and the entrypoint."), u"cmd"_s};
    if (code != 0)
        return Diagnosis{QCoreApplication::translate("Diagnosis", "The Machine's process exited with code %1 (%2).").arg(code).arg(times),
                         QCoreApplication::translate("Diagnosis", "Look at the command, the environment and the files it needs; `fly logs` shows its output."), u"cmd"_s};
    return Diagnosis{QCoreApplication::translate("Diagnosis", "The Machine's process finished right after starting (exit code 0, %1).").arg(times),
                     QCoreApplication::translate("Diagnosis", "A Machine runs as long as its main process: give it a command that keeps running, or a schedule."), u"cmd"_s};
}

QJsonArray healthChecks(const QJsonObject &machine)
{
    QJsonArray checks;
    const QJsonArray reported = machine.value(u"checks"_s).toArray();
    for (const QJsonValue &value : reported) {
        if (!value.toObject().value(u"name"_s).toString().startsWith(u"bg_deployments_compat"_s))
            checks.append(value);
    }
    return checks;
}

int declaredHealthChecks(const QJsonObject &config)
{
    qsizetype count = config.value(u"checks"_s).toObject().size();
    const QJsonArray services = config.value(u"services"_s).toArray();
    for (const QJsonValue &service : services)
        count += service.toObject().value(u"checks"_s).toArray().size();
    return int(count);
}

Diagnosis fromChecks(const QJsonArray &checks, int seconds)
{
    QJsonObject failing;
    for (const QJsonValue &value : checks) {
        if (value.toObject().value(u"status"_s).toString() != "passing"_L1) {
            failing = value.toObject();
            break;
        }
    }
    const QString name = failing.value(u"name"_s).toString();
    const QString output = failing.value(u"output"_s).toString().simplified().left(400);
    const QString summary = QCoreApplication::translate("Diagnosis", "The health check %1 is still %2 after %3 s: %4")
                                .arg(name, failing.value(u"status"_s).toString())
                                .arg(seconds)
                                .arg(output.isEmpty() ? QCoreApplication::translate("Diagnosis", "no output") : output);
    QString hint;
    if (output.contains(u"connection refused"_s, Qt::CaseInsensitive) || output.contains(u"timeout"_s, Qt::CaseInsensitive))
        hint = QCoreApplication::translate("Diagnosis", "Nothing answered on the port the check probes. The app must listen on 0.0.0.0 or [::] "
                                                        "(not 127.0.0.1 or localhost) at the service's internal port, or the internal port must be "
                                                        "the one the app listens on.");
    else if (name.contains(u"-http-"_s) || output.contains(u"HTTP"_s) || output.contains(u" 40"_s) || output.contains(u" 50"_s))
        hint = QCoreApplication::translate("Diagnosis", "The app answered, but not with success: check the health check's path, or what the app "
                                                        "returns there.");
    else
        hint = QCoreApplication::translate("Diagnosis", "Look at the check's settings and the Machine's logs (`fly logs`).");
    return Diagnosis{summary, hint, u"services"_s};
}

Diagnosis fromCreateError(const ApiError &error)
{
    const QString text = error.error.toLower();
    QString field;
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 401)
        field = u"token"_s;
    else if (text.contains(u"wrong region"_s) || text.contains(u"volume"_s))
        field = u"mounts"_s;
    else if (text.contains(u"memory"_s))
        field = u"guest.memory_mb"_s;
    else if (text.contains(u"cpu"_s))
        field = u"guest.cpus"_s;
    else if (text.contains(u"image"_s))
        field = u"image"_s;
    else if (text.contains(u"region"_s) || error.statusCode == "insufficient_capacity"_L1)
        field = u"region"_s;
    else if (text.contains(u"port"_s) || text.contains(u"handler"_s) || text.contains(u"protocol"_s) || text.contains(u"autostop"_s))
        field = u"services"_s;
    else if (text.contains(u"name"_s))
        field = u"name"_s;
    else if (text.contains(u"schedule"_s))
        field = u"schedule"_s;
    else if (text.contains(u"restart"_s))
        field = u"restart.policy"_s;
    return Diagnosis{error.message(), error.suggestion(), field};
}

} // namespace Diagnose
} // namespace Flightdeck
