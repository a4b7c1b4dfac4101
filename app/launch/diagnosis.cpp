#include "launch/diagnosis.h"

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
