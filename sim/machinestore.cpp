#include "sim/machinestore.h"

#include "sim/ids.h"
#include "sim/wire.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Sim {

namespace {

QJsonObject leaseJson(const Machine &m)
{
    return QJsonObject{{u"nonce"_s, m.lease->nonce},
                       {u"expires_at"_s, m.lease->expiresAt},
                       {u"owner"_s, m.lease->owner},
                       {u"description"_s, m.lease->description},
                       {u"version"_s, m.instanceId}};
}

bool leaseHeld(const Machine &m)
{
    return m.lease && m.lease->expiresAt > QDateTime::currentSecsSinceEpoch();
}

} // namespace

Reply machineNotFound()
{
    return Reply::error(404, u"not_found: machine not found"_s);
}

MachineStore::MachineStore(QObject *parent)
    : QObject(parent)
{
}

Machine *MachineStore::find(const QString &appName, const QString &id)
{
    auto it = m_machines.find(appName);
    if (it == m_machines.end())
        return nullptr;
    for (Machine &m : *it) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

const Machine *MachineStore::machine(const QString &appName, const QString &id) const
{
    return const_cast<MachineStore *>(this)->find(appName, id);
}

bool MachineStore::nameTaken(const QString &appName, const QString &name) const
{
    const QList<Machine> machines = m_machines.value(appName);
    return std::any_of(machines.cbegin(), machines.cend(), [&](const Machine &m) { return m.name == name && m.state != "destroyed"_L1; });
}

int MachineStore::count(const QString &appName) const
{
    const QList<Machine> machines = m_machines.value(appName);
    return int(std::count_if(machines.cbegin(), machines.cend(), [](const Machine &m) { return m.state != "destroyed"_L1; }));
}

Machine &MachineStore::add(const Machine &machine)
{
    QList<Machine> &machines = m_machines[machine.appName];
    machines.append(machine);
    return machines.last();
}

void MachineStore::forget(const QString &appName, const QString &id)
{
    m_machines[appName].removeIf([&](const Machine &m) { return m.id == id; });
    Q_EMIT changed();
}

QList<Machine> MachineStore::removeApp(const QString &appName)
{
    return m_machines.take(appName);
}

QJsonObject MachineStore::json(const Machine &m)
{
    return QJsonObject{
        {u"id"_s, m.id},
        {u"name"_s, m.name},
        {u"state"_s, m.state},
        {u"region"_s, m.region},
        {u"instance_id"_s, m.instanceId},
        {u"version"_s, m.instanceId},
        {u"private_ip"_s, m.privateIp},
        {u"config"_s, m.config},
        {u"image_ref"_s, m.imageRef},
        {u"created_at"_s, isoTime(m.createdAt)},
        {u"updated_at"_s, isoTime(m.updatedAt)},
        {u"events"_s, m.events},
        {u"checks"_s, m.checks},
        {u"host_status"_s, u"ok"_s},
    };
}

Reply MachineStore::get(const QString &appName, const QString &id) const
{
    const Machine *m = machine(appName, id);
    return m ? Reply::json(json(*m)) : machineNotFound();
}

Reply MachineStore::list(const QString &appName, const QMap<QString, QString> &query) const
{
    const bool includeDeleted = query.value(u"include_deleted"_s) == "true"_L1;
    const QString region = query.value(u"region"_s);
    const QStringList states = query.value(u"state"_s).split(u',', Qt::SkipEmptyParts);
    const bool summary = query.value(u"summary"_s) == "true"_L1;
    QJsonArray list;
    const QList<Machine> machines = m_machines.value(appName);
    for (const Machine &m : machines) {
        if (m.state == "destroyed"_L1 && !includeDeleted)
            continue;
        if (!region.isEmpty() && m.region != region)
            continue;
        if (!states.isEmpty() && !states.contains(m.state))
            continue;
        // Like the real list (read by a replicated store), a new Machine shows up only after a while.
        if (m.createdAt.msecsTo(QDateTime::currentDateTimeUtc()) < m_listLagMs)
            continue;
        QJsonObject entry = json(m);
        if (summary) {
            for (const QString &key : {u"config"_s, u"checks"_s, u"events"_s, u"host_status"_s})
                entry.remove(key);
        }
        list.append(entry);
    }
    return Reply::json(list);
}

Reply MachineStore::events(const QString &appName, const QString &id, int limit) const
{
    const Machine *m = machine(appName, id);
    if (!m)
        return machineNotFound();
    const int count = std::clamp(limit <= 0 ? 20 : limit, 1, 50);
    QJsonArray events;
    for (qsizetype i = 0; i < m->events.size() && i < count; ++i)
        events.append(m->events.at(i));
    return Reply::json(events);
}

std::optional<Reply> MachineStore::checkLease(const Machine &m, const QByteArray &nonce) const
{
    if (!leaseHeld(m) || QString::fromUtf8(nonce) == m.lease->nonce)
        return std::nullopt;
    return Reply::error(409, u"aborted: machine ID %1 lease currently held by %2, expires at %3"_s.arg(
                                 m.id, m.lease->owner, QDateTime::fromSecsSinceEpoch(m.lease->expiresAt, QTimeZone::UTC).toString(Qt::ISODate)));
}

Reply MachineStore::acquireLease(const QString &appName, const QString &id, int ttlSeconds, const QString &description, const QByteArray &nonce)
{
    Machine *m = find(appName, id);
    if (!m || m->state == "destroyed"_L1)
        return machineNotFound();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const int ttl = ttlSeconds > 0 ? ttlSeconds : 30;
    if (leaseHeld(*m)) {
        if (QString::fromUtf8(nonce) != m->lease->nonce)
            return *checkLease(*m, nonce);
        m->lease->expiresAt = now + ttl; // refresh
    } else {
        m->lease = Lease{Ids::nonce(), u"user@flightdeck.sim"_s, description, now + ttl};
    }
    Q_EMIT changed();
    return Reply::json(QJsonObject{{u"status"_s, u"success"_s}, {u"data"_s, leaseJson(*m)}}, 201);
}

Reply MachineStore::getLease(const QString &appName, const QString &id) const
{
    const Machine *m = machine(appName, id);
    if (!m)
        return machineNotFound();
    if (!leaseHeld(*m))
        return Reply::error(404, u"not_found: lease not found"_s);
    return Reply::json(QJsonObject{{u"status"_s, u"success"_s}, {u"data"_s, leaseJson(*m)}});
}

Reply MachineStore::releaseLease(const QString &appName, const QString &id, const QByteArray &nonce)
{
    Machine *m = find(appName, id);
    if (!m)
        return machineNotFound();
    if (!leaseHeld(*m))
        return Reply::error(404, u"not_found: lease not found"_s);
    if (nonce.isEmpty())
        return Reply::error(400, u"invalid_argument: the fly-machine-lease-nonce header is required"_s);
    if (QString::fromUtf8(nonce) != m->lease->nonce)
        return *checkLease(*m, nonce);
    m->lease.reset();
    Q_EMIT changed();
    return Reply::json(QJsonObject{{u"status"_s, u"success"_s}, {u"data"_s, QJsonObject{{u"ok"_s, true}}}});
}

} // namespace Sim
