#include "sim/lifecycle.h"

#include "sim/ids.h"
#include "sim/logstore.h"
#include "sim/machinestore.h"
#include "sim/processes.h"
#include "sim/volumestore.h"
#include "sim/wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Sim {

namespace {

constexpr int kDestroyedLingerMs = 10000; // a destroyed Machine answers GET this long, then 404
constexpr int kDefaultMaxRetries = 10;

// What init says it runs: the config's command, else the image's own.
QString commandLine(const QJsonObject &config)
{
    const QJsonObject init = config.value(u"init"_s).toObject();
    QStringList words;
    for (const QString &key : {u"exec"_s, u"entrypoint"_s, u"cmd"_s}) {
        const QJsonArray part = init.value(key).toArray();
        for (const QJsonValue &word : part)
            words.append(word.toString());
        if (key == "exec"_L1 && !words.isEmpty())
            break; // exec replaces both
    }
    return words.isEmpty() ? u"(the image's entrypoint and command)"_s : words.join(u' ');
}

// The port Fly Proxy sends the first service's traffic to; 8080 without services.
int internalPort(const QJsonObject &config)
{
    const QJsonArray services = config.value(u"services"_s).toArray();
    return services.isEmpty() ? 8080 : services.first()[u"internal_port"_s].toInt(8080);
}

// Whether the proxy cannot reach the process: it listens on a loopback address, or on another port.
bool outOfProxyReach(const QJsonObject &config, const ProcessScript &process)
{
    if (process.listensOn.isEmpty())
        return false;
    return process.listensOn.startsWith(u"127."_s) || process.listensOn.section(u':', -1).toInt() != internalPort(config);
}

bool wildcardMatch(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern)).match(text).hasMatch();
}

// Time to a scheduled Machine's next run. QTimer waits at most ~24 days, so a
// monthly run is counted from a 24-day timer; a real month is not simulated.
int scheduleIntervalMs(const QString &schedule)
{
    constexpr int hour = 3600 * 1000;
    if (schedule == "hourly"_L1)
        return hour;
    if (schedule == "daily"_L1)
        return 24 * hour;
    if (schedule == "weekly"_L1)
        return 7 * 24 * hour;
    return 24 * 24 * hour;
}

} // namespace

MachineLifecycle::MachineLifecycle(MachineStore *machines, VolumeStore *volumes, LogStore *logs, QObject *parent)
    : QObject(parent)
    , m_machines(machines)
    , m_volumes(volumes)
    , m_logs(logs)
{
}

void MachineLifecycle::log(const Machine &m, const QString &provider, const QString &message, int inMs, const QString &level)
{
    LogStore::Line line;
    line.at = QDateTime::currentDateTimeUtc().addMSecs(inMs);
    line.instance = m.id;
    line.region = m.region;
    line.level = level;
    line.provider = provider;
    line.message = message;
    m_logs->append(m.appName, line);
}

void MachineLifecycle::addEvent(Machine &m, const QString &type, const QString &status, const QString &source, const QJsonObject &request)
{
    QJsonObject event{{u"id"_s, Ids::ulid()},
                      {u"type"_s, type},
                      {u"status"_s, status},
                      {u"source"_s, source},
                      {u"timestamp"_s, QDateTime::currentMSecsSinceEpoch()}};
    if (!request.isEmpty())
        event.insert(u"request"_s, request);
    m.events.prepend(event);
    while (m.events.size() > 50)
        m.events.removeLast();
}

void MachineLifecycle::launch(Machine &m, bool skipLaunch)
{
    const QString schedule = m.config.value(u"schedule"_s).toString();
    const bool standby = !m.config.value(u"standbys"_s).toArray().isEmpty();
    if (!schedule.isEmpty() && !skipLaunch) {
        // A scheduled Machine waits, stopped, for its first run.
        setState(m, u"stopped"_s);
        scheduleTransition(m, scheduleIntervalMs(schedule), &MachineLifecycle::runSchedule);
    } else if (!skipLaunch && !standby) {
        beginStart(m);
    }
}

void MachineLifecycle::replace(Machine &m, bool skipLaunch)
{
    const QString previous = m.state;
    const bool wasRunning = previous == "started"_L1 || previous == "starting"_L1;
    addEvent(m, u"update"_s, u"replacing"_s, u"user"_s);
    setState(m, u"replacing"_s);
    if (wasRunning && !skipLaunch)
        beginStart(m);
    else // a Machine that was not running stays as it was
        setState(m, previous == "created"_L1 ? u"created"_s : u"stopped"_s);
}

std::variant<Machine *, Reply> MachineLifecycle::changeable(const QString &appName, const QString &id, const QByteArray &nonce)
{
    Machine *m = m_machines->find(appName, id);
    if (!m || m->state == "destroyed"_L1)
        return machineNotFound();
    if (const std::optional<Reply> held = m_machines->checkLease(*m, nonce))
        return *held;
    return m;
}

Reply MachineLifecycle::start(const QString &appName, const QString &id, const QByteArray &nonce)
{
    const auto found = changeable(appName, id, nonce);
    if (const Reply *error = std::get_if<Reply>(&found))
        return *error;
    Machine &m = *std::get<Machine *>(found);
    const QString previous = m.state;
    if (!QStringList{u"created"_s, u"stopped"_s, u"suspended"_s, u"failed"_s}.contains(previous))
        return Reply::error(412, u"unable to start machine from current state: '%1'"_s.arg(previous));
    beginStart(m);
    Q_EMIT changed();
    return Reply::json(QJsonObject{{u"previous_state"_s, previous}, {u"migrated"_s, false}, {u"new_host"_s, QString()}});
}

Reply MachineLifecycle::stop(const QString &appName, const QString &id, const QByteArray &body, const QByteArray &nonce)
{
    const Machine *existing = m_machines->machine(appName, id);
    if (!existing || existing->state == "destroyed"_L1)
        return machineNotFound();
    if (!body.trimmed().isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (document.isArray())
            return Reply::error(400, u"json: cannot unmarshal array into Go value of type main.stopRequest"_s);
        if (!document.isObject())
            return Reply::error(400, u"invalid_argument: the stop request must be a JSON object"_s);
    }
    const auto found = changeable(appName, id, nonce);
    if (const Reply *error = std::get_if<Reply>(&found))
        return *error;
    Machine &m = *std::get<Machine *>(found);
    if (m.state == "suspended"_L1) {
        addEvent(m, u"stop"_s, u"stopped"_s, u"user"_s); // the snapshot is dropped
        setState(m, u"stopped"_s);
    } else if (m.state == "started"_L1 || m.state == "starting"_L1) {
        addEvent(m, u"stop"_s, u"stopping"_s, u"user"_s);
        setState(m, u"stopping"_s);
        scheduleTransition(m, std::min(m_bootDelayMs, 200), &MachineLifecycle::finishStop);
    } else {
        return Reply::error(412, u"unable to stop machine from current state: '%1'"_s.arg(m.state));
    }
    Q_EMIT changed();
    return Reply::json(QJsonObject{{u"ok"_s, true}});
}

Reply MachineLifecycle::suspend(const QString &appName, const QString &id, const QByteArray &nonce)
{
    const auto found = changeable(appName, id, nonce);
    if (const Reply *error = std::get_if<Reply>(&found))
        return *error;
    Machine &m = *std::get<Machine *>(found);
    if (m.state != "started"_L1)
        return Reply::error(412, u"unable to suspend machine from current state: '%1'"_s.arg(m.state));
    addEvent(m, u"suspend"_s, u"suspending"_s, u"user"_s);
    setState(m, u"suspending"_s);
    scheduleTransition(m, std::min(m_bootDelayMs, 200), &MachineLifecycle::finishSuspend);
    Q_EMIT changed();
    return Reply::json(QJsonObject{{u"ok"_s, true}});
}

Reply MachineLifecycle::restart(const QString &appName, const QString &id, const QByteArray &nonce)
{
    const auto found = changeable(appName, id, nonce);
    if (const Reply *error = std::get_if<Reply>(&found))
        return *error;
    Machine &m = *std::get<Machine *>(found);
    if (m.state != "started"_L1)
        return Reply::error(400, u"failed_precondition: machine must be started to restart, currently %1"_s.arg(m.state));
    addEvent(m, u"restart"_s, u"restarting"_s, u"user"_s);
    setState(m, u"restarting"_s);
    beginStart(m);
    Q_EMIT changed();
    return Reply::json(QJsonObject{{u"ok"_s, true}});
}

Reply MachineLifecycle::destroy(const QString &appName, const QString &id, bool force, const QByteArray &nonce)
{
    const auto found = changeable(appName, id, nonce);
    if (const Reply *error = std::get_if<Reply>(&found))
        return *error;
    Machine &m = *std::get<Machine *>(found);
    const bool running = QStringList{u"started"_s, u"starting"_s, u"restarting"_s, u"replacing"_s, u"stopping"_s, u"suspending"_s}.contains(m.state);
    if (running && !force)
        return Reply::error(412, u"failed_precondition: unable to destroy machine, not currently stopped, suspended or created (use force=true to kill it)"_s);
    addEvent(m, u"destroy"_s, u"destroying"_s, u"user"_s);
    setState(m, u"destroying"_s);
    scheduleTransition(m, std::min(m_bootDelayMs, 200), &MachineLifecycle::finishDestroy);
    Q_EMIT changed();
    return Reply::json(QJsonObject{{u"ok"_s, true}});
}

void MachineLifecycle::setState(Machine &m, const QString &state)
{
    m.state = state;
    m.updatedAt = QDateTime::currentDateTimeUtc();
    ++m.generation;
    Q_EMIT machineChanged(m.appName, m.id);
}

void MachineLifecycle::scheduleTransition(Machine &m, int delayMs, Step step)
{
    const QString appName = m.appName;
    const QString id = m.id;
    const quint64 generation = m.generation;
    QTimer::singleShot(std::max(delayMs, 0), this, [this, appName, id, generation, step] {
        const Machine *current = m_machines->machine(appName, id);
        if (current && current->generation == generation)
            (this->*step)(appName, id);
    });
}

void MachineLifecycle::beginStart(Machine &m)
{
    const bool startedBefore = std::any_of(m.events.cbegin(), m.events.cend(), [](const QJsonValue &event) {
        return event[u"type"_s].toString() == "start"_L1 && event[u"status"_s].toString() == "started"_L1;
    });
    const QString image = m.config.value(u"image"_s).toString();
    if (!processScriptFor(m.imageRef.value(u"repository"_s).toString()).pullError.isEmpty()) {
        log(m, u"runner"_s, u"Pulling container image %1"_s.arg(image));
        addEvent(m, u"start"_s, u"starting"_s, u"user"_s);
        setState(m, u"starting"_s);
        scheduleTransition(m, m_bootDelayMs / 2, &MachineLifecycle::pullFailed);
        return;
    }
    if (!startedBefore) {
        log(m, u"runner"_s, u"Pulling container image %1"_s.arg(image));
        log(m, u"runner"_s, u"Successfully prepared image %1 (%2s)"_s.arg(image).arg(m_bootDelayMs / 2000.0, 0, 'f', 3), m_bootDelayMs / 2);
    }
    log(m, u"runner"_s, u"Configuring firecracker"_s, m_bootDelayMs / 2);
    addEvent(m, u"start"_s, u"starting"_s, u"user"_s);
    setState(m, u"starting"_s);
    scheduleTransition(m, m_bootDelayMs, &MachineLifecycle::finishStart);
}

// The registry refused the image at the start: the runner says so, flyd
// records a failed launch, and the Machine falls back to stopped.
void MachineLifecycle::pullFailed(const QString &appName, const QString &id)
{
    Machine *m = m_machines->find(appName, id);
    const QString image = m->config.value(u"image"_s).toString();
    const QString error = processScriptFor(m->imageRef.value(u"repository"_s).toString()).pullError;
    log(*m, u"runner"_s, u"Failed to pull image %1: %2"_s.arg(image, error), 0, u"error"_s);
    addEvent(*m, u"launch"_s, u"failed"_s, u"flyd"_s, QJsonObject{{u"error"_s, u"failed to pull image %1: %2"_s.arg(image, error)}});
    setState(*m, u"stopped"_s);
    Q_EMIT changed();
}

void MachineLifecycle::finishStart(const QString &appName, const QString &id)
{
    Machine *m = m_machines->find(appName, id);
    addEvent(*m, u"start"_s, u"started"_s, u"flyd"_s);
    setState(*m, u"started"_s);
    const QString user = m->config.value(u"init"_s).toObject().value(u"user"_s).toString(u"root"_s);
    log(*m, u"app"_s, u" INFO Starting init (commit: simulated)..."_s);
    log(*m, u"app"_s, u" INFO Preparing to run: `%1` as %2"_s.arg(commandLine(m->config), user));
    log(*m, u"runner"_s, u"Machine started in %1s"_s.arg(m_bootDelayMs / 1000.0, 0, 'f', 3));
    const ProcessScript process = processScriptFor(m->imageRef.value(u"repository"_s).toString());
    int at = 5;
    for (const QString &line : process.output)
        log(*m, u"app"_s, line, at += 5);
    if (outOfProxyReach(m->config, process)) {
        // What Fly tells when the proxy cannot reach the app: where it should listen, where it does.
        log(*m, u"runner"_s,
            u"WARNING The app is not listening on the expected address and will not be reachable by fly-proxy. You can fix this by "
            "configuring your app to listen on the following addresses: - 0.0.0.0:%1 Found these processes inside the machine with open "
            "listening sockets: PROCESS ADDRESSES /app %2"_s.arg(internalPort(m->config)).arg(process.listensOn),
            1000, u"warn"_s);
    }
    // Checks start critical: nothing has answered yet.
    const CheckScenario checks = checkScenarioFor(*m);
    m->checks = HealthChecks::initial(m->config, m->privateIp, checks.output, QDateTime::currentDateTimeUtc());
    if (!m->checks.isEmpty() && checks.passAfterMs >= 0)
        scheduleTransition(*m, checks.passAfterMs, &MachineLifecycle::checksPassed);
    if (const std::optional<ExitScenario> scenario = exitScenarioFor(*m))
        scheduleTransition(*m, scenario->afterMs, &MachineLifecycle::processExited);
    Q_EMIT changed();
}

CheckScenario MachineLifecycle::checkScenarioFor(const Machine &m) const
{
    const QString image = m.config.value(u"image"_s).toString();
    for (const CheckScenario &scenario : m_checkScenarios) {
        if (wildcardMatch(scenario.imagePattern, image) || wildcardMatch(scenario.imagePattern, m.name))
            return scenario;
    }
    // A process out of the proxy's reach fails its checks as the real ones do.
    if (outOfProxyReach(m.config, processScriptFor(m.imageRef.value(u"repository"_s).toString())))
        return CheckScenario{u"*"_s, -1, {}};
    return CheckScenario{u"*"_s, m_checkPassMs, {}};
}

void MachineLifecycle::checksPassed(const QString &appName, const QString &id)
{
    Machine *m = m_machines->find(appName, id);
    m->checks = HealthChecks::passing(m->checks, QDateTime::currentDateTimeUtc());
    m->updatedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT changed();
}

std::optional<ExitScenario> MachineLifecycle::exitScenarioFor(const Machine &m) const
{
    const QString image = m.config.value(u"image"_s).toString();
    for (const ExitScenario &scenario : m_exitScenarios) {
        if (wildcardMatch(scenario.imagePattern, image) || wildcardMatch(scenario.imagePattern, m.name))
            return scenario;
    }
    const ProcessScript process = processScriptFor(m.imageRef.value(u"repository"_s).toString());
    if (process.exitCode && !(process.exitsOnce && m.restartCount > 0))
        return ExitScenario{image, *process.exitCode, process.exitAfterMs};
    return std::nullopt;
}

void MachineLifecycle::processExited(const QString &appName, const QString &id)
{
    Machine *m = m_machines->find(appName, id);
    const int exitCode = exitScenarioFor(*m).value_or(ExitScenario{}).exitCode;
    const QJsonObject restart = m->config.value(u"restart"_s).toObject();
    const QString policy = restart.value(u"policy"_s).toString(u"on-failure"_s);
    const int maxRetries = restart.contains(u"max_retries"_s) ? restart.value(u"max_retries"_s).toInt() : kDefaultMaxRetries;
    const bool again = policy == "always"_L1 || (policy == "on-failure"_L1 && exitCode != 0 && m->restartCount < maxRetries);

    // The kernel's and init's words for the exit, as a Machine's log shows them.
    const bool oomKilled = processScriptFor(m->imageRef.value(u"repository"_s).toString()).oomKilled && exitCode == 137;
    if (oomKilled) {
        log(*m, u"app"_s, u"[    2.104573] Out of memory: Killed process 318 (app) total-vm:2202152kB, anon-rss:246812kB, file-rss:0kB"_s);
        log(*m, u"app"_s, u" INFO Process appears to have been OOM killed!"_s);
        log(*m, u"app"_s, u" INFO Main child exited with signal (with signal 'SIGKILL', core dumped? false)"_s);
    } else {
        log(*m, u"app"_s, u" INFO Main child exited normally with code: %1"_s.arg(exitCode));
    }
    log(*m, u"app"_s, u" INFO Starting clean up."_s);
    const QJsonObject exitEvent{{u"exit_code"_s, exitCode},  {u"guest_exit_code"_s, oomKilled ? 0 : exitCode}, {u"guest_signal"_s, oomKilled ? 9 : -1},
                                {u"signal"_s, -1},           {u"oom_killed"_s, oomKilled},     {u"requested_stop"_s, false},
                                {u"restarting"_s, again},    {u"exited_at"_s, isoTime(QDateTime::currentDateTimeUtc())}};
    addEvent(*m, u"exit"_s, u"stopped"_s, u"flyd"_s, QJsonObject{{u"exit_event"_s, exitEvent}, {u"restart_count"_s, m->restartCount}});

    if (again) {
        ++m->restartCount;
        beginStart(*m);
    } else if (m->config.value(u"auto_destroy"_s).toBool()) {
        setState(*m, u"stopped"_s);
        addEvent(*m, u"destroy"_s, u"destroying"_s, u"flyd"_s);
        setState(*m, u"destroying"_s);
        scheduleTransition(*m, 0, &MachineLifecycle::finishDestroy);
    } else {
        setState(*m, u"stopped"_s);
        const QString schedule = m->config.value(u"schedule"_s).toString();
        if (!schedule.isEmpty())
            scheduleTransition(*m, scheduleIntervalMs(schedule), &MachineLifecycle::runSchedule);
    }
    Q_EMIT changed();
}

void MachineLifecycle::runSchedule(const QString &appName, const QString &id)
{
    Machine *m = m_machines->find(appName, id);
    if (m->state == "stopped"_L1)
        beginStart(*m);
}

void MachineLifecycle::finishStop(const QString &appName, const QString &id)
{
    Machine *m = m_machines->find(appName, id);
    addEvent(*m, u"stop"_s, u"stopped"_s, u"flyd"_s);
    setState(*m, u"stopped"_s);
    Q_EMIT changed();
}

void MachineLifecycle::finishSuspend(const QString &appName, const QString &id)
{
    Machine *m = m_machines->find(appName, id);
    addEvent(*m, u"suspend"_s, u"suspended"_s, u"flyd"_s);
    setState(*m, u"suspended"_s);
    Q_EMIT changed();
}

void MachineLifecycle::finishDestroy(const QString &appName, const QString &id)
{
    Machine *m = m_machines->find(appName, id);
    addEvent(*m, u"destroy"_s, u"destroyed"_s, u"flyd"_s);
    m->lease.reset();
    m_volumes->detachFrom(m->id);
    setState(*m, u"destroyed"_s);
    scheduleTransition(*m, kDestroyedLingerMs, &MachineLifecycle::forget);
    Q_EMIT changed();
}

void MachineLifecycle::forget(const QString &appName, const QString &id)
{
    m_machines->forget(appName, id);
}

} // namespace Sim
