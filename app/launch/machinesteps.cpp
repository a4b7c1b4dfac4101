// Launcher's Machine steps: the create (its request encoded once), a lost
// answer settled by the launch id, the wait for the start, and the watch of
// its health checks and events. The steps before it are in launcher.cpp.

#include "app/launch/launcher.h"

#include "app/api/apiclient.h"
#include "app/api/endpoints.h"
#include "app/api/logstream.h"
#include "app/launch/diagnosis.h"
#include "app/spec/createrequestcodec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTimer>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace Flightdeck {

CreateRequestCodec::EncodeOptions Launcher::encodeOptions(const Endpoints &endpoints, const LaunchOptions &options)
{
    CreateRequestCodec::EncodeOptions encode;
    encode.registryHost = endpoints.registryHost;
    encode.launchId = options.launchId;
    encode.minSecretsVersion = options.minSecretsVersion;
    return encode;
}

void Launcher::startCreate()
{
    begin(LaunchStep::CreateMachine);
    // Encoded once: every attempt sends these bytes, and the outcome reports them.
    m_requestBody = CreateRequestCodec::toRequestBody(m_spec, encodeOptions(m_api->endpoints(), m_options));
    m_outcome.request = m_requestBody;
    createMachine(1);
}

void Launcher::createMachine(int attempt)
{
    if (attempt > 1)
        progress(tr("sending again (attempt %1)").arg(attempt));

    RequestOptions options;
    options.timeoutMs = m_options.requestTimeoutMs;
    m_api->postBody(appMachinesPath(m_spec.app), m_requestBody, options, this, [this, attempt](const ApiResult &result) {
        if (m_finished)
            return;
        const QJsonObject created = result.json.toObject();
        if (result.ok() && !created.value(u"id"_s).toString().isEmpty())
            return machineCreated(created);
        // Carried out, but the answer names no Machine: settled like a lost answer, by the launch id.
        const ApiError error = result.ok() ? ApiError::unreadable(result.status, result.endpoint, tr("it names no Machine")) : *result.error;
        if (error.httpStatus == 404 && !m_appCreated)
            return confirmAppMissing(result);
        if (error.kind == ApiError::Kind::Http && error.httpStatus == 429 && attempt < 5) {
            // Refused before anything happened: safe to send again, after the pause the server asked for.
            const int delay = ApiClient::backoffMs(attempt, result.retryAfterSeconds);
            progress(tr("rate limited; trying again in %1 s").arg(QLocale().toString(delay / 1000.0, 'f', 1)));
            QTimer::singleShot(delay, this, [this, attempt] { createMachine(attempt + 1); });
            return;
        }
        if (error.isAmbiguous() && attempt < 3) {
            progress(tr("the answer was lost (%1); looking for this launch's Machine").arg(error.message()));
            ApiResult failure = result;
            failure.error = error;
            return findByLaunchId(attempt, 0, failure);
        }
        fail(Diagnose::fromCreateError(error));
    });
}

// The list lags a create by seconds and may ignore filters it does not
// document, so the app's Machines are listed a few times over several
// seconds and matched here on this launch's id. Only a Machine carrying it is
// ever taken; when none turns up, nothing was created and the create is sent
// again; when the list cannot be read, the launch stops rather than guess.
void Launcher::findByLaunchId(int attempt, int lookup, const ApiResult &failure)
{
    QTimer::singleShot(m_options.lookupDelaysMs.value(lookup), this, [this, attempt, lookup, failure] {
        if (m_finished)
            return;
        m_api->get(appMachinesPath(m_spec.app), this, [this, attempt, lookup, failure](const ApiResult &result) {
            if (m_finished)
                return;
            // A list that is not a list says nothing about whether the Machine exists: never a second create on it.
            const ApiError unread = result.ok() ? ApiError::unreadable(result.status, result.endpoint, tr("it is not a list of Machines")) : *result.error;
            if (!result.ok() || !result.json.isArray()) {
                Diagnosis diagnosis = Diagnose::fromCreateError(*failure.error);
                diagnosis.summary = tr("%1 Whether a Machine was created could not be checked (%2); look at the app's Machines before launching again.")
                                        .arg(diagnosis.summary, unread.message());
                return fail(diagnosis);
            }
            const QJsonArray machines = result.json.toArray();
            for (const QJsonValue &value : machines) {
                const QJsonObject machine = value.toObject();
                if (machine.value(u"config"_s).toObject().value(u"metadata"_s).toObject().value(CreateRequestCodec::kLaunchIdKey).toString() == m_options.launchId)
                    return machineCreated(machine); // it was created: never send twice
            }
            if (lookup + 1 < m_options.lookupDelaysMs.size()) {
                progress(tr("not listed yet; looking again"));
                return findByLaunchId(attempt, lookup + 1, failure);
            }
            createMachine(attempt + 1);
        });
    });
}

void Launcher::machineCreated(const QJsonObject &machine)
{
    m_outcome.machine = machine;
    const QString id = machine.value(u"id"_s).toString();
    m_outcome.existing.append(tr("the Machine %1").arg(id));
    if (m_options.followLog)
        followLog();
    Q_EMIT machineKnown(machine);
    done(tr("%1 (%2) in %3").arg(id, machine.value(u"name"_s).toString(), machine.value(u"region"_s).toString()));

    const bool standby = m_spec.standbyFor && !m_spec.standbyFor->isEmpty();
    if (m_spec.skipLaunch || standby) {
        const QString why = standby ? tr("a standby stays stopped until it is needed") : tr("create only");
        skip(LaunchStep::WaitStarted, why);
        skip(LaunchStep::WatchChecks, why);
        return succeed();
    }
    begin(LaunchStep::WaitStarted);
    m_deadline.start(); // --wait-timeout bounds the start and the checks, not the build before them
    waitStarted();
}

void Launcher::waitStarted()
{
    const qint64 remaining = waitTimeoutMs() - m_deadline.elapsed();
    if (remaining <= 0)
        return diagnoseFromEvents(tr("The Machine did not start within %1 seconds.").arg(waitTimeoutMs() / 1000));
    const int timeout = static_cast<int>(std::clamp<qint64>(remaining / 1000, 1, 60));
    const QString id = m_outcome.machine.value(u"id"_s).toString();
    RequestOptions options;
    options.idempotent = true;
    options.timeoutMs = (timeout + 15) * 1000; // longer than the server's wait
    m_api->call("GET", u"/apps/%1/machines/%2/wait?state=started&timeout=%3"_s.arg(m_spec.app, id).arg(timeout), {}, options, this, [this](const ApiResult &result) {
        if (m_finished)
            return;
        if (result.ok()) {
            m_outcome.machine.insert(u"state"_s, u"started"_s);
            done(tr("started"));
            return watch();
        }
        const ApiError &error = *result.error;
        if (error.httpStatus == 408) {
            // Still not started: a stopped or failed Machine with nothing to restart it is final.
            const QString current = error.error.section(u"currently "_s, 1).trimmed();
            if (current == "failed"_L1 || current == "destroyed"_L1
                || (current == "stopped"_L1 && m_spec.restart && m_spec.restart->policy == "no"_L1))
                return diagnoseFromEvents(tr("The Machine is %1 instead of started.").arg(current));
            progress(tr("still %1").arg(current.isEmpty() ? tr("starting") : current));
            return waitStarted();
        }
        if (error.isTransient() && m_deadline.elapsed() < waitTimeoutMs()) {
            QTimer::singleShot(ApiClient::backoffMs(2, 0), this, [this] { waitStarted(); });
            return;
        }
        diagnoseFromEvents(error.message());
    });
}

void Launcher::watch()
{
    if (m_spec.detach) {
        skip(LaunchStep::WatchChecks, tr("detached"));
        return succeed();
    }
    begin(LaunchStep::WatchChecks);
    // The config says whether there are checks; flyd reports them only once the Machine runs.
    const int declared = Diagnose::declaredHealthChecks(m_outcome.machine.value(u"config"_s).toObject());
    if (declared == 0)
        return settle(tr("running; no health checks"));
    if (m_spec.skipHealthChecks)
        return settle(tr("running; %n health check(s) not watched (--skip-health-checks)", nullptr, declared));
    progress(tr("waiting for %n health check(s) to pass", nullptr, declared));
    readMachine([this] { watchChecks(); });
}

void Launcher::readMachine(const std::function<void()> &then)
{
    const QString id = m_outcome.machine.value(u"id"_s).toString();
    m_api->get(u"/apps/%1/machines/%2"_s.arg(m_spec.app, id), this, [this, then](const ApiResult &result) {
        if (m_finished)
            return;
        if (!result.ok())
            return fail({result.error->message(), result.error->suggestion(), {}});
        m_outcome.machine = result.json.toObject();
        const QJsonArray events = m_outcome.machine.value(u"events"_s).toArray();
        const QString state = m_outcome.machine.value(u"state"_s).toString();
        if (const std::optional<Diagnosis> diagnosis = Diagnose::fromEvents(events)) {
            // One exit that flyd restarts may be a hiccup, and the Machine runs on once it
            // stays up for the settle time; a few exits in a row are a restart loop.
            const bool recovering = Diagnose::mayStillRecover(events);
            const int exits = Diagnose::exitCount(events);
            const bool runsAgain = recovering && state == "started"_L1 && exits == m_exitsSeen && m_sinceNewExit.elapsed() >= m_options.settleMs;
            if (!runsAgain) {
                if (!recovering || m_deadline.elapsed() >= waitTimeoutMs())
                    return failWithLog(*diagnosis);
                if (std::exchange(m_exitsSeen, exits) != exits) {
                    m_sinceNewExit.start();
                    progress(tr("the process exited and flyd restarts it; watching whether it stays up"));
                }
                QTimer::singleShot(1000, this, [this, then] {
                    if (!m_finished)
                        readMachine(then);
                });
                return;
            }
            if (!std::exchange(m_recoveryReported, true))
                progress(tr("running again after %n restart(s)", nullptr, exits));
        }
        if (state != "started"_L1)
            return fail({tr("The Machine is %1 instead of started.").arg(state), {}, {}});
        then();
    });
}

// Without checks to wait for, a short watch catches a process that exits right after starting.
void Launcher::settle(const QString &detail)
{
    progress(tr("watching for %1 s").arg(QLocale().toString(m_options.settleMs / 1000.0, 'f', 1)));
    QTimer::singleShot(m_options.settleMs, this, [this, detail] {
        if (m_finished)
            return;
        readMachine([this, detail] {
            done(detail);
            succeed();
        });
    });
}

// As flyctl's watch.MachinesChecks: read the Machine every second until every
// check passes; the wait's deadline bounds it. Each change of a check's status
// or output is reported.
void Launcher::watchChecks()
{
    const QJsonArray checks = Diagnose::healthChecks(m_outcome.machine);
    int passing = 0;
    for (const QJsonValue &value : checks) {
        const QJsonObject check = value.toObject();
        const QString name = check.value(u"name"_s).toString();
        const QString status = check.value(u"status"_s).toString();
        const QString line = check.value(u"output"_s).toString().simplified().left(300);
        const QString report = status + u'|' + line;
        if (m_checkReports.value(name) != report) {
            m_checkReports.insert(name, report);
            progress(line.isEmpty() ? tr("check %1: %2").arg(name, status) : tr("check %1: %2 — %3").arg(name, status, line));
        }
        passing += status == "passing"_L1;
    }
    if (!checks.isEmpty() && passing == checks.size()) {
        done(tr("running; %n health check(s) passing", nullptr, int(checks.size())));
        return succeed();
    }
    if (m_deadline.elapsed() >= waitTimeoutMs())
        return failWithLog(Diagnose::fromChecks(checks, int(waitTimeoutMs() / 1000)));
    QTimer::singleShot(1000, this, [this] {
        if (!m_finished)
            readMachine([this] { watchChecks(); });
    });
}

qint64 Launcher::waitTimeoutMs() const
{
    return m_spec.waitTimeoutSeconds > 0 ? qint64(m_spec.waitTimeoutSeconds) * 1000 : m_options.deadlineMs;
}

void Launcher::diagnoseFromEvents(const QString &fallback)
{
    const QString id = m_outcome.machine.value(u"id"_s).toString();
    m_api->get(u"/apps/%1/machines/%2"_s.arg(m_spec.app, id), this, [this, fallback](const ApiResult &result) {
        if (m_finished)
            return;
        if (result.ok())
            m_outcome.machine = result.json.toObject();
        const std::optional<Diagnosis> diagnosis = Diagnose::fromEvents(m_outcome.machine.value(u"events"_s).toArray());
        failWithLog(diagnosis.value_or(Diagnosis{fallback, tr("Look at the Machine's events and its log."), {}}));
    });
}

void Launcher::followLog()
{
    if (m_log)
        return;
    m_log = new LogStream(m_api, m_spec.app, m_outcome.machine.value(u"id"_s).toString(), this);
    connect(m_log, &LogStream::received, this, [this](const QList<LogEntry> &entries) {
        m_logLines += entries;
        if (m_logLines.size() > kLogLinesKept)
            m_logLines.remove(0, m_logLines.size() - kLogLinesKept);
    });
    m_log->start();
}

void Launcher::stopLog()
{
    if (m_log)
        m_log->stop();
}

// The log lags the events by a moment: it is read until it explains the end,
// at most logGraceMs. A cause it names wins; when it points to another setting
// than the events or checks did, their words stay in the summary. The log
// followed for a view is the one read, so that it is polled once.
void Launcher::failWithLog(const Diagnosis &fromEventsOrChecks)
{
    const QString id = m_outcome.machine.value(u"id"_s).toString();
    if (id.isEmpty() || m_options.logGraceMs <= 0)
        return fail(fromEventsOrChecks);
    progress(tr("reading the Machine's log for the cause"));
    const bool ownStream = !m_log;
    followLog();
    auto *reading = new QObject(this); // the connections below end with it
    auto concluded = std::make_shared<bool>(false);
    const auto conclude = [this, reading, concluded, ownStream, fromEventsOrChecks] {
        if (std::exchange(*concluded, true))
            return;
        reading->deleteLater();
        if (ownStream)
            stopLog();
        if (m_finished)
            return;
        Diagnosis diagnosis = fromEventsOrChecks;
        const std::optional<Diagnosis> fromLog = Diagnose::fromLog(m_logLines, m_outcome.machine.value(u"config"_s).toObject());
        if (fromLog) {
            diagnosis = *fromLog;
            if (fromLog->field != fromEventsOrChecks.field) // what the events said still matters
                diagnosis.summary = tr("%1 (%2)").arg(fromLog->summary, fromEventsOrChecks.summary);
        }
        fail(diagnosis);
    };
    if (Diagnose::logExplainsTheEnd(m_logLines) || !m_log->isRunning())
        return conclude();
    // After the launcher's own handler has appended the page (connected first).
    connect(m_log, &LogStream::received, reading, [this, conclude] {
        if (Diagnose::logExplainsTheEnd(m_logLines))
            conclude();
    });
    connect(m_log, &LogStream::ended, reading, conclude);
    QTimer::singleShot(m_options.logGraceMs, reading, conclude);
}

} // namespace Flightdeck
