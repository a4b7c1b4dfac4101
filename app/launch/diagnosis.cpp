#include "app/launch/diagnosis.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

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

namespace {

// What the host, the kernel and Fly's proxy print at the end of a Machine that failed.
constexpr QLatin1StringView kOomKill("Out of memory: Killed process");
constexpr QLatin1StringView kNotListening("is not listening on the expected address");
constexpr QLatin1StringView kPullFailed("Failed to pull");
constexpr QLatin1StringView kProcessExited("Main child exited");

// Several exits within this time, each followed by a restart, are a restart loop.
constexpr qint64 kRestartLoopWindowMs = qint64(10) * 60 * 1000;

// The exits a Machine's events (newest first) record, as flyd reports them.
struct Exits
{
    int count = 0;
    QJsonObject newest; // its exit_event
    qint64 newestAt = 0;
    qint64 oldestAt = 0;
};

Exits exitsIn(const QJsonArray &events)
{
    Exits exits;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        if (event.value(u"type"_s).toString() != "exit"_L1)
            continue;
        const qint64 at = event.value(u"timestamp"_s).toInteger();
        if (exits.count++ == 0) {
            const QJsonObject request = event.value(u"request"_s).toObject();
            exits.newest = request.value(u"MonitorEvent"_s).toObject().value(u"exit_event"_s).toObject();
            if (exits.newest.isEmpty())
                exits.newest = request.value(u"exit_event"_s).toObject();
            exits.newestAt = at;
        }
        exits.oldestAt = at;
    }
    return exits;
}

bool pullFailed(const QJsonObject &event)
{
    const QString request = QString::fromUtf8(QJsonDocument(event.value(u"request"_s).toObject()).toJson(QJsonDocument::Compact));
    return (event.value(u"type"_s).toString() == "launch"_L1 && event.value(u"status"_s).toString() == "failed"_L1)
        || request.contains(u"pull"_s, Qt::CaseInsensitive);
}

} // namespace

std::optional<Diagnosis> fromEvents(const QJsonArray &events)
{
    for (const QJsonValue &value : events) {
        if (const QJsonObject event = value.toObject(); pullFailed(event)) {
            const QString request = QString::fromUtf8(QJsonDocument(event.value(u"request"_s).toObject()).toJson(QJsonDocument::Compact));
            return Diagnosis{QCoreApplication::translate("Diagnosis", "The platform could not start the image: %1").arg(request), QCoreApplication::translate("Diagnosis", "Check the image reference and that the registry allows the pull."), u"image"_s};
        }
    }
    const Exits exits = exitsIn(events);
    if (exits.count == 0)
        return std::nullopt;

    const int code = exits.newest.value(u"exit_code"_s).toInt();
    const QString times = exits.count == 1 ? QCoreApplication::translate("Diagnosis", "once") : QCoreApplication::translate("Diagnosis", "%1 times").arg(exits.count);
    if (exits.newest.value(u"oom_killed"_s).toBool())
        return Diagnosis{QCoreApplication::translate("Diagnosis", "The Machine ran out of memory and was killed (%1).").arg(times), QCoreApplication::translate("Diagnosis", "Give it more memory."), u"guest.memory_mb"_s};
    if (code == 127)
        return Diagnosis{QCoreApplication::translate("Diagnosis", "The command was not found in the image (exit code 127, %1).").arg(times), QCoreApplication::translate("Diagnosis", "Check the command and the entrypoint."), u"cmd"_s};
    if (code == 126)
        return Diagnosis{QCoreApplication::translate("Diagnosis", "The command is not executable (exit code 126, %1).").arg(times), QCoreApplication::translate("Diagnosis", "Check the command and the entrypoint."), u"cmd"_s};
    const qint64 spanMs = exits.newestAt - exits.oldestAt;
    if (exits.count >= 2 && spanMs <= kRestartLoopWindowMs)
        return Diagnosis{QCoreApplication::translate("Diagnosis", "The Machine is in a restart loop: its process exited %1 times in %2 s, the last time with code %3.")
                             .arg(exits.count)
                             .arg(QLocale().toString(std::max<qint64>(spanMs, 100) / 1000.0, 'f', 1))
                             .arg(code),
                         QCoreApplication::translate("Diagnosis", "Look at the command and at what the process printed before each exit (the Machine's log); the restart policy \"no\" stops the loop while you look."),
                         u"cmd"_s};
    if (code != 0)
        return Diagnosis{QCoreApplication::translate("Diagnosis", "The Machine's process exited with code %1 (%2).").arg(code).arg(times),
                         QCoreApplication::translate("Diagnosis", "Look at the command, the environment and the files it needs; the Machine's log shows what it printed."), u"cmd"_s};
    return Diagnosis{QCoreApplication::translate("Diagnosis", "The Machine's process finished right after starting (exit code 0, %1).").arg(times),
                     QCoreApplication::translate("Diagnosis", "A Machine runs as long as its main process: give it a command that keeps running, or a schedule."), u"cmd"_s};
}

bool mayStillRecover(const QJsonArray &events)
{
    if (std::any_of(events.begin(), events.end(), [](const QJsonValue &event) { return pullFailed(event.toObject()); }))
        return false;
    const Exits exits = exitsIn(events);
    return exits.count > 0 && exits.count < kRestartLoopExits && exits.newest.value(u"restarting"_s).toBool();
}

int exitCount(const QJsonArray &events)
{
    return exitsIn(events).count;
}

std::optional<Diagnosis> fromLog(const QList<LogEntry> &lines, const QJsonObject &config)
{
    static const QRegularExpression expected(u"following addresses:\\s*-\\s*(\\S+):(\\d+)"_s);
    static const QRegularExpression found(u"ADDRESSES\\s+\\S+\\s+(\\S+):(\\d+)"_s);
    static const QRegularExpression listening(u"[Ll]istening (?:on|at) (?:https?://)?(127\\.0\\.0\\.1|localhost|\\[::1\\]):(\\d+)"_s);
    static const QRegularExpression unset(u"\\b([A-Z][A-Z0-9_]{2,})\\b (?:is not set|is missing|must be set|not set)"_s);
    static const QRegularExpression missingVariable(u"missing (?:required )?environment variable:? ?\\W?([A-Z][A-Z0-9_]{2,})"_s,
                                                    QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression missingFile(u"(/[\\w./-]+)\\W*: No such file or directory|No such file or directory\\W+(/[\\w./-]+)"_s);
    const QJsonObject env = config.value(u"env"_s).toObject();
    const int memory = config.value(u"guest"_s).toObject().value(u"memory_mb"_s).toInt(256);

    for (const LogEntry &line : lines) {
        const QString &text = line.message;
        if (text.contains(kOomKill) || text.contains(u"OOM killed"_s))
            return Diagnosis{QCoreApplication::translate("Diagnosis", "The Machine ran out of memory: the kernel killed its process (%1 MB).").arg(memory),
                             QCoreApplication::translate("Diagnosis", "Give it more memory, or make the app use less."), u"guest.memory_mb"_s};
        if (text.contains(kPullFailed, Qt::CaseInsensitive) || text.contains(u"manifest unknown"_s, Qt::CaseInsensitive)
            || (line.provider == "runner"_L1 && text.contains(u"unauthorized"_s, Qt::CaseInsensitive)))
            return Diagnosis{QCoreApplication::translate("Diagnosis", "The image could not be pulled: %1").arg(text.simplified().left(300)),
                             QCoreApplication::translate("Diagnosis", "Check the image reference, and that the registry lets Fly pull it (a private registry needs credentials)."), u"image"_s};
        if (text.contains(kNotListening)) {
            const QRegularExpressionMatch want = expected.match(text);
            const QRegularExpressionMatch have = found.match(text);
            const QString wanted = want.hasMatch() ? want.captured(1) + u':' + want.captured(2) : QString();
            const QString actual = have.hasMatch() ? have.captured(1) + u':' + have.captured(2) : QString();
            if (have.hasMatch() && want.hasMatch() && have.captured(2) != want.captured(2) && !have.captured(1).startsWith(u"127."_s))
                return Diagnosis{QCoreApplication::translate("Diagnosis", "The app listens on port %1, but the service sends its traffic to port %2.").arg(have.captured(2), want.captured(2)),
                                 QCoreApplication::translate("Diagnosis", "Set the service's internal port to %1, or make the app listen on %2.").arg(have.captured(2), want.captured(2)), u"services"_s};
            return Diagnosis{QCoreApplication::translate("Diagnosis", "The app listens on %1, where Fly Proxy cannot reach it.").arg(actual.isEmpty() ? QCoreApplication::translate("Diagnosis", "a local address") : actual),
                             QCoreApplication::translate("Diagnosis", "Make the app listen on %1 (all addresses, not 127.0.0.1 or localhost).").arg(wanted.isEmpty() ? u"0.0.0.0"_s : wanted),
                             u"services"_s};
        }
        if (const QRegularExpressionMatch local = listening.match(text); local.hasMatch())
            return Diagnosis{QCoreApplication::translate("Diagnosis", "The app listens on %1:%2, where Fly Proxy cannot reach it.").arg(local.captured(1), local.captured(2)),
                             QCoreApplication::translate("Diagnosis", "Make the app listen on 0.0.0.0:%1 (all addresses, not 127.0.0.1 or localhost).").arg(local.captured(2)), u"services"_s};
        QRegularExpressionMatch variable = unset.match(text);
        if (!variable.hasMatch())
            variable = missingVariable.match(text);
        if (variable.hasMatch() && !env.contains(variable.captured(1)))
            return Diagnosis{QCoreApplication::translate("Diagnosis", "The app says %1 is not set.").arg(variable.captured(1)),
                             QCoreApplication::translate("Diagnosis", "Add %1 on Environment and files, or set it as a secret of the app (fly secrets set %1=…).").arg(variable.captured(1)),
                             u"env"_s};
        if (const QRegularExpressionMatch file = missingFile.match(text); file.hasMatch() && line.provider == "app"_L1)
            return Diagnosis{QCoreApplication::translate("Diagnosis", "The app could not find the file %1.").arg(file.captured(1).isEmpty() ? file.captured(2) : file.captured(1)),
                             QCoreApplication::translate("Diagnosis", "Write the file into the Machine on Environment and files, or mount the volume that holds it."), u"files"_s};
    }
    return std::nullopt;
}

bool logExplainsTheEnd(const QList<LogEntry> &lines)
{
    return std::any_of(lines.cbegin(), lines.cend(), [](const LogEntry &line) {
        return line.message.contains(kProcessExited) || line.message.contains(kOomKill) || line.message.contains(kNotListening)
            || line.message.contains(kPullFailed, Qt::CaseInsensitive);
    });
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
        hint = QCoreApplication::translate("Diagnosis", "Look at the check's settings and at the Machine's log.");
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
    QString hint = error.suggestion();
    if (hint.isEmpty() && text.contains(u"could not resolve image"_s))
        hint = QCoreApplication::translate("Diagnosis", "Check the image's name and tag, and that its registry holds it (a private registry needs credentials).");
    return Diagnosis{error.message(), hint, field};
}

} // namespace Diagnose
} // namespace Flightdeck
