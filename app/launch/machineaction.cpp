#include "app/launch/machineaction.h"

#include "app/api/apiclient.h"
#include "app/api/endpoints.h"

#include <QJsonObject>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Flightdeck {

namespace {

// flyctl's mach.AcquireLease asks for 120 seconds.
constexpr int kLeaseSeconds = 120;

} // namespace

MachineAction::MachineAction(ApiClient *api, Kind kind, const QString &app, const QString &machineId, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_kind(kind)
    , m_app(app)
    , m_machineId(machineId)
{
}

void MachineAction::setUpdate(const QByteArray &body, bool wasRunning)
{
    m_updateBody = body;
    m_wasRunning = wasRunning;
}

QString MachineAction::title(Kind kind)
{
    switch (kind) {
    case Kind::Start:
        //: a verb: what the action does to the Machine (also the title of its messages)
        return tr("Start");
    case Kind::Stop:
        //: a verb, the Machine action
        return tr("Stop");
    case Kind::Restart:
        return tr("Restart");
    case Kind::Suspend:
        return tr("Suspend");
    case Kind::Destroy:
        return tr("Destroy");
    case Kind::Update:
        //: a verb: send a new config to the Machine
        return tr("Update");
    }
    return {};
}

QString MachineAction::refusedMessage() const
{
    switch (m_kind) {
    case Kind::Start:
        return tr("Could not start %1").arg(m_machineId);
    case Kind::Stop:
        return tr("Could not stop %1").arg(m_machineId);
    case Kind::Restart:
        return tr("Could not restart %1").arg(m_machineId);
    case Kind::Suspend:
        return tr("Could not suspend %1").arg(m_machineId);
    case Kind::Destroy:
        return tr("Could not destroy %1").arg(m_machineId);
    case Kind::Update:
        return tr("Could not update %1").arg(m_machineId);
    }
    return {};
}

void MachineAction::start()
{
    m_running = true;
    acquireLease();
}

QString MachineAction::path(const QString &below) const
{
    return machinePath(m_app, m_machineId) + below;
}

QList<std::pair<QByteArray, QByteArray>> MachineAction::nonceHeader() const
{
    return {{QByteArrayLiteral("fly-machine-lease-nonce"), m_nonce}};
}

void MachineAction::acquireLease()
{
    Q_EMIT progress(tr("Taking the lease on %1…").arg(m_machineId));
    RequestOptions options;
    // Not resent: a lost answer would leave a lease whose nonce nobody knows, until it expires.
    const QJsonObject body{{u"description"_s, u"Flightdeck: %1"_s.arg(title(m_kind).toLower())}};
    m_api->call("POST", path(u"/lease?ttl=%1"_s.arg(kLeaseSeconds)), body, options, this, [this](const ApiResult &result) {
        if (!result.ok())
            return fail(tr("Could not take the lease on %1").arg(m_machineId), *result.error);
        const QJsonObject data = result.json[u"data"_s].toObject();
        m_nonce = data.value(u"nonce"_s).toString().toUtf8();
        if (m_nonce.isEmpty()) {
            const ApiError error = ApiError::unreadable(result.status, result.endpoint, tr("the lease's answer has no nonce"));
            return fail(tr("Could not take the lease on %1").arg(m_machineId), error);
        }
        act();
    });
}

void MachineAction::act()
{
    RequestOptions options;
    options.headers = nonceHeader();
    const auto then = [this](const ApiResult &result) {
        if (!result.ok())
            return fail(refusedMessage(), *result.error);
        if (m_kind == Kind::Update)
            m_instanceId = result.json[u"instance_id"_s].toString();
        m_waiting.start();
        const QString state = targetState();
        if (state.isEmpty())
            return releaseLease(doneMessage());
        waitFor(state, m_instanceId);
    };
    switch (m_kind) {
    case Kind::Start:
        Q_EMIT progress(tr("Starting %1…").arg(m_machineId));
        return m_api->call("POST", path(u"/start"_s), QJsonValue(), options, this, then);
    case Kind::Stop:
        Q_EMIT progress(tr("Stopping %1…").arg(m_machineId));
        return m_api->call("POST", path(u"/stop"_s), QJsonObject(), options, this, then);
    case Kind::Restart:
        Q_EMIT progress(tr("Restarting %1…").arg(m_machineId));
        return m_api->call("POST", path(u"/restart"_s), QJsonValue(), options, this, then);
    case Kind::Suspend:
        Q_EMIT progress(tr("Suspending %1…").arg(m_machineId));
        return m_api->call("POST", path(u"/suspend"_s), QJsonValue(), options, this, then);
    case Kind::Destroy:
        Q_EMIT progress(tr("Destroying %1…").arg(m_machineId));
        // fly-go's Destroy sends kill=; the published API documents force=.
        return m_api->call("DELETE", path(m_force ? u"?force=true&kill=true"_s : u"?force=false&kill=false"_s), QJsonValue(), options, this, then);
    case Kind::Update:
        Q_EMIT progress(tr("Sending the new config to %1…").arg(m_machineId));
        return m_api->postBody(path(), m_updateBody, options, this, then);
    }
}

QString MachineAction::targetState() const
{
    switch (m_kind) {
    case Kind::Start:
    case Kind::Restart:
        return u"started"_s;
    case Kind::Stop:
        return u"stopped"_s;
    case Kind::Suspend:
        return u"suspended"_s;
    case Kind::Destroy:
        return u"destroyed"_s;
    case Kind::Update:
        // A Machine that was not running stays stopped after its update.
        return m_wasRunning ? u"started"_s : QString();
    }
    return {};
}

void MachineAction::waitFor(const QString &state, const QString &instanceId)
{
    const qint64 remaining = qint64(m_waitSeconds) * 1000 - m_waiting.elapsed();
    if (remaining <= 0) {
        ApiError error;
        error.kind = ApiError::Kind::Timeout;
        error.detail = tr("it was not %1 after %n second(s)", nullptr, m_waitSeconds).arg(state);
        return fail(tr("%1 did not finish").arg(title(m_kind)), error);
    }
    Q_EMIT progress(tr("Waiting until %1 is %2…").arg(m_machineId, state));
    const int timeout = int(std::clamp<qint64>(remaining / 1000, 1, 60));
    QString query = u"/wait?state=%1&timeout=%2"_s.arg(state).arg(timeout);
    if (!instanceId.isEmpty())
        query += u"&instance_id="_s + QString::fromUtf8(QUrl::toPercentEncoding(instanceId));
    RequestOptions options;
    options.idempotent = true;
    options.maxAttempts = 1; // an unfinished wait is asked again below, within the deadline
    options.timeoutMs = (timeout + 15) * 1000;
    m_api->call("GET", path(query), QJsonValue(), options, this, [this, state, instanceId](const ApiResult &result) {
        if (result.ok())
            return releaseLease(doneMessage());
        const ApiError &error = *result.error;
        const QString current = error.httpStatus == 408 ? error.error.section(u"currently "_s, 1).trimmed() : QString();
        // A Machine that failed, or went away, does not get there by waiting longer.
        const bool final = current == "failed"_L1 || (current == "destroyed"_L1 && state != "destroyed"_L1);
        if (!final && (error.httpStatus == 408 || error.isTransient())) {
            const int pause = error.httpStatus == 408 ? 0 : ApiClient::backoffMs(2, 0);
            QTimer::singleShot(pause, this, [this, state, instanceId] { waitFor(state, instanceId); });
            return;
        }
        fail(tr("%1 did not finish").arg(title(m_kind)), error);
    });
}

QString MachineAction::doneMessage() const
{
    switch (m_kind) {
    case Kind::Start:
        return tr("Started %1.").arg(m_machineId);
    case Kind::Stop:
        return tr("Stopped %1.").arg(m_machineId);
    case Kind::Restart:
        return tr("Restarted %1.").arg(m_machineId);
    case Kind::Suspend:
        return tr("Suspended %1.").arg(m_machineId);
    case Kind::Destroy:
        return tr("Destroyed %1.").arg(m_machineId);
    case Kind::Update:
        return m_wasRunning ? tr("Updated %1; it runs the new config (version %2).").arg(m_machineId, m_instanceId)
                            : tr("Updated %1; it stays stopped until it is started (version %2).").arg(m_machineId, m_instanceId);
    }
    return {};
}

void MachineAction::releaseLease(const QString &outcome)
{
    // A destroyed Machine's lease went with it.
    if (m_nonce.isEmpty() || m_kind == Kind::Destroy)
        return finish({true, false, outcome, std::nullopt, m_instanceId});
    RequestOptions options;
    options.idempotent = true;
    options.headers = nonceHeader();
    m_api->call("DELETE", path(u"/lease"_s), QJsonValue(), options, this, [this, outcome](const ApiResult &result) {
        m_nonce.clear();
        // The change is made; a lease not given back only expires by itself (flyctl says so and goes on).
        QString message = outcome;
        if (!result.ok() && result.error->httpStatus != 404)
            message += u' ' + tr("The lease could not be given back (%1); it ends by itself within %n second(s).", nullptr, kLeaseSeconds).arg(result.error->message());
        finish({true, false, message, std::nullopt, m_instanceId});
    });
}

void MachineAction::fail(const QString &what, const ApiError &error)
{
    Result result;
    result.error = error;
    result.conflict = error.httpStatus == 409 && error.error.contains(u"lease"_s, Qt::CaseInsensitive);
    result.message = result.conflict ? tr("%1: someone else is changing this Machine (%2). Try again once their lease ends.").arg(what, error.error)
                                     : tr("%1: %2").arg(what, error.message());
    if (m_nonce.isEmpty())
        return finish(result);
    // Give the lease back after a failure too, so the next try is not refused by our own lease.
    RequestOptions options;
    options.idempotent = true;
    options.headers = nonceHeader();
    m_api->call("DELETE", path(u"/lease"_s), QJsonValue(), options, this, [this, result](const ApiResult &) {
        m_nonce.clear();
        finish(result);
    });
}

void MachineAction::finish(Result result)
{
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace Flightdeck
