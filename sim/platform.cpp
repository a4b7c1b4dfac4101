#include "platform.h"

#include "ids.h"
#include "regions.h"
#include "wire.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Sim {

namespace {

constexpr int kDestroyedLingerMs = 10000; // a destroyed Machine answers GET this long, then 404
constexpr int kDefaultMaxRetries = 10;

Reply appNotFound()
{
    return Reply::error(404, u"not_found: app not found"_s);
}

Reply machineNotFound()
{
    return Reply::error(404, u"not_found: machine not found"_s);
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

Platform::Platform(QObject *parent)
    : QObject(parent)
{
}

void Platform::addOrganization(const Organization &org)
{
    m_organizations.append(org);
}

void Platform::addDemoData()
{
    addOrganization({u"o8x9y2d7k3lq0rpm"_s, u"personal"_s, u"Demo Organization"_s, u"PERSONAL"_s, 481516});
    addOrganization({u"q1w2e3r4t5y6u7i8"_s, u"acme-corp"_s, u"Acme Corp"_s, u"SHARED"_s, 623342});
    App demo;
    demo.id = u"z4k69dxd8r31p5mx"_s;
    demo.name = u"demo-app"_s;
    demo.orgSlug = u"personal"_s;
    demo.status = u"deployed"_s;
    demo.internalNumericId = 77001;
    demo.createdAt = QDateTime(QDate(2026, 1, 5), QTime(9, 30), QTimeZone::UTC);
    m_apps.append(demo);

    Volume volume;
    volume.id = u"vol_demo0000data0001"_s;
    volume.appName = demo.name;
    volume.name = u"data"_s;
    volume.region = u"ams"_s;
    volume.sizeGb = 1;
    volume.createdAt = demo.createdAt;
    m_volumes.append(volume);

    m_secrets[demo.name].append({u"DATABASE_URL"_s, u"postgres://demo:demo@db.internal:5432/demo"_s, demo.createdAt, demo.createdAt});
    m_secretVersions[demo.name] = 1;
}

// ----------------------------------------------------------------------- apps

std::optional<Organization> Platform::organization(const QString &slug) const
{
    for (const Organization &org : m_organizations) {
        if (org.slug == slug)
            return org;
    }
    return std::nullopt;
}

const App *Platform::app(const QString &name) const
{
    for (const App &candidate : m_apps) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

bool Platform::isValidAppName(const QString &name)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$|^[a-z0-9]$"_s);
    return pattern.match(name).hasMatch();
}

QJsonObject Platform::appJson(const App &app) const
{
    const Organization org = organization(app.orgSlug).value_or(Organization{});
    int machineCount = 0;
    for (const Machine &m : m_machines.value(app.name)) {
        if (m.state != "destroyed"_L1)
            ++machineCount;
    }
    int volumeCount = 0;
    for (const Volume &v : m_volumes)
        volumeCount += v.appName == app.name ? 1 : 0;
    return QJsonObject{
        {u"id"_s, app.id},
        {u"name"_s, app.name},
        {u"status"_s, app.status},
        {u"network"_s, app.network},
        {u"machine_count"_s, machineCount},
        {u"volume_count"_s, volumeCount},
        {u"internal_numeric_id"_s, app.internalNumericId},
        {u"organization"_s, QJsonObject{{u"name"_s, org.name}, {u"slug"_s, org.slug}, {u"internal_numeric_id"_s, org.internalNumericId}}},
    };
}

Reply Platform::createApp(const QJsonObject &body)
{
    const QString name = body.value(u"name"_s).toString(body.value(u"app_name"_s).toString());
    const QString orgSlug = body.value(u"org_slug"_s).toString();
    if (name.isEmpty())
        return Reply::error(400, u"invalid_argument: app name is required"_s);
    if (orgSlug.isEmpty())
        return Reply::error(400, u"invalid_argument: org_slug is required"_s);
    if (!organization(orgSlug))
        return Reply::error(404, u"not_found: organization %1 not found"_s.arg(orgSlug));
    if (!isValidAppName(name))
        return Reply::error(422, u"Validation failed: Name under 63 chars using numbers, lowercase letters and dashes"_s);
    if (app(name))
        return Reply::error(422, u"Validation failed: Name has already been taken"_s, u"name_taken"_s);

    App created;
    created.id = Ids::appId();
    created.name = name;
    created.orgSlug = orgSlug;
    created.network = body.value(u"network"_s).toString().isEmpty() ? u"default"_s : body.value(u"network"_s).toString();
    created.internalNumericId = ++m_nextNumericId;
    created.createdAt = QDateTime::currentDateTimeUtc();
    m_apps.append(created);
    Q_EMIT changed();
    QJsonObject response = appJson(created);
    response.insert(u"created_at"_s, created.createdAt.toMSecsSinceEpoch());
    return Reply::json(response, 201);
}

Reply Platform::getApp(const QString &name) const
{
    const App *found = app(name);
    return found ? Reply::json(appJson(*found)) : appNotFound();
}

Reply Platform::listApps(const QString &orgSlug) const
{
    if (orgSlug.isEmpty())
        return Reply::error(400, u"invalid_argument: org_slug is required"_s);
    if (!organization(orgSlug))
        return Reply::error(404, u"not_found: organization %1 not found"_s.arg(orgSlug));
    QJsonArray apps;
    for (const App &candidate : m_apps) {
        if (candidate.orgSlug == orgSlug)
            apps.append(appJson(candidate));
    }
    return Reply::json(QJsonObject{{u"total_apps"_s, apps.size()}, {u"apps"_s, apps}});
}

Reply Platform::deleteApp(const QString &name)
{
    const auto it = std::find_if(m_apps.begin(), m_apps.end(), [&](const App &a) { return a.name == name; });
    if (it == m_apps.end())
        return appNotFound();
    m_apps.erase(it);
    const QList<Machine> machines = m_machines.take(name);
    for (const Machine &m : machines)
        Q_EMIT machineChanged(name, m.id);
    m_volumes.removeIf([&](const Volume &v) { return v.appName == name; });
    m_secrets.remove(name);
    m_secretVersions.remove(name);
    Q_EMIT changed();
    return Reply{202, QJsonValue::Undefined, {}};
}

// ------------------------------------------------------------------- machines

Machine *Platform::findMachine(const QString &appName, const QString &id)
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

const Machine *Platform::machine(const QString &appName, const QString &id) const
{
    return const_cast<Platform *>(this)->findMachine(appName, id);
}

QJsonObject Platform::machineJson(const Machine &m) const
{
    QJsonObject json{
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
    return json;
}

std::optional<Reply> Platform::checkConfig(const QJsonObject &config) const
{
    const auto invalid = [](const QString &text) { return Reply::error(400, u"invalid_argument: "_s + text); };
    if (config.value(u"image"_s).toString().isEmpty() && !config.contains(u"containers"_s))
        return invalid(u"config.image is required"_s);

    const QJsonObject guest = config.value(u"guest"_s).toObject();
    if (!guest.isEmpty()) {
        const QString kind = guest.value(u"cpu_kind"_s).toString(u"shared"_s);
        const int cpus = guest.value(u"cpus"_s).toInt(1);
        const int memory = guest.value(u"memory_mb"_s).toInt(256);
        QList<int> counts;
        int step = 0, low = 0, high = 0;
        if (kind == "shared"_L1) {
            counts = {1, 2, 4, 6, 8};
            step = 256, low = 256 * cpus, high = 2048 * cpus;
        } else if (kind == "performance"_L1) {
            counts = {1, 2, 4, 6, 8, 10, 12, 14, 16, 32, 64, 128};
            step = 1024, low = 2048 * cpus, high = 8192 * cpus;
        } else {
            return invalid(u"invalid CPU kind: %1"_s.arg(kind));
        }
        if (guest.value(u"gpus"_s).toInt() > 0 || !guest.value(u"gpu_kind"_s).toString().isEmpty())
            return invalid(u"GPU machines are no longer supported"_s);
        if (!counts.contains(cpus))
            return invalid(u"invalid number of CPUs: for the CPU kind %1, %2 CPUs is not valid"_s.arg(kind).arg(cpus));
        if (memory % step != 0)
            return invalid(u"invalid memory size: %1MiB of memory is not valid; memory must be in a %2 MiB increment"_s.arg(memory).arg(step));
        if (memory < low)
            return invalid(u"memory size for config is too low: %1MiB is below the minimum of %2MiB for %3 %4 CPUs"_s.arg(memory).arg(low).arg(cpus).arg(kind));
        if (memory > high)
            return invalid(u"memory size for config is too high: %1MiB is above the maximum of %2MiB for %3 %4 CPUs"_s.arg(memory).arg(high).arg(cpus).arg(kind));
    }

    const QJsonArray services = config.value(u"services"_s).toArray();
    for (const QJsonValue &value : services) {
        const QJsonObject service = value.toObject();
        const QString protocol = service.value(u"protocol"_s).toString();
        if (protocol != "tcp"_L1 && protocol != "udp"_L1)
            return invalid(u"service protocol must be tcp or udp, got \"%1\""_s.arg(protocol));
        const int internal = service.value(u"internal_port"_s).toInt();
        if (internal < 1 || internal > 65535)
            return invalid(u"service internal_port %1 is out of range"_s.arg(internal));
        const QJsonValue autostop = service.value(u"autostop"_s);
        if (autostop.isString() && !QStringList{u"off"_s, u"stop"_s, u"suspend"_s}.contains(autostop.toString()))
            return invalid(u"invalid autostop string value \"%1\""_s.arg(autostop.toString()));
        const QJsonArray ports = service.value(u"ports"_s).toArray();
        for (const QJsonValue &portValue : ports) {
            const QJsonObject port = portValue.toObject();
            for (const QString &key : {u"port"_s, u"start_port"_s, u"end_port"_s}) {
                if (port.contains(key) && (port.value(key).toInt() < 1 || port.value(key).toInt() > 65535))
                    return invalid(u"%1 %2 is out of range"_s.arg(key).arg(port.value(key).toInt()));
            }
            const QJsonArray handlers = port.value(u"handlers"_s).toArray();
            for (const QJsonValue &handler : handlers) {
                if (!QStringList{u"http"_s, u"tls"_s, u"pg_tls"_s, u"edge_http"_s, u"proxy_proto"_s}.contains(handler.toString()))
                    return invalid(u"unknown handler \"%1\""_s.arg(handler.toString()));
            }
        }
    }

    const QJsonArray mounts = config.value(u"mounts"_s).toArray();
    if (mounts.size() > 1)
        return invalid(u"a Machine can mount at most one volume"_s);
    for (const QJsonValue &value : mounts) {
        if (!value.toObject().value(u"path"_s).toString().startsWith(u'/'))
            return invalid(u"mount path must be absolute"_s);
    }

    const QJsonObject restart = config.value(u"restart"_s).toObject();
    if (restart.contains(u"policy"_s) && !QStringList{u"no"_s, u"always"_s, u"on-failure"_s}.contains(restart.value(u"policy"_s).toString()))
        return invalid(u"invalid restart policy \"%1\""_s.arg(restart.value(u"policy"_s).toString()));

    const QString schedule = config.value(u"schedule"_s).toString();
    if (!schedule.isEmpty() && !QStringList{u"hourly"_s, u"daily"_s, u"weekly"_s, u"monthly"_s}.contains(schedule))
        return invalid(u"invalid schedule \"%1\""_s.arg(schedule));

    const QJsonArray files = config.value(u"files"_s).toArray();
    for (const QJsonValue &value : files) {
        if (!value.toObject().value(u"guest_path"_s).toString().startsWith(u'/'))
            return invalid(u"file guest_path must be absolute"_s);
    }
    return std::nullopt;
}

Reply Platform::createMachine(const QString &appName, const QJsonObject &body, const QJsonObject &imageRef)
{
    if (!app(appName))
        return appNotFound();
    if (!body.value(u"config"_s).isObject())
        return Reply::error(400, u"invalid_argument: config is required"_s);
    const QJsonObject config = body.value(u"config"_s).toObject();
    if (const std::optional<Reply> bad = checkConfig(config))
        return *bad;

    // min_secrets_version (flyctl sends it after `fly secrets set`): the Machine must get at least that version.
    if (const QJsonValue minimum = body.value(u"min_secrets_version"_s); !minimum.isUndefined() && !minimum.isNull()) {
        if (!minimum.isDouble() || minimum.toDouble() < 0)
            return Reply::error(400, u"invalid_argument: min_secrets_version must be a non-negative integer"_s);
        if (minimum.toInteger() > secretsVersion(appName))
            return Reply::error(412, u"failed_precondition: secrets version %1 is not available yet (the app's secrets are at version %2)"_s
                                         .arg(minimum.toInteger())
                                         .arg(secretsVersion(appName)));
    }
    const QString requested = body.value(u"region"_s).toString();
    const std::optional<QString> region = requested.isEmpty() ? std::optional<QString>(m_nearestRegion) : placeIn(requested, m_nearestRegion);
    if (!region)
        return Reply::error(400, u"invalid_argument: unknown region \"%1\""_s.arg(requested));

    QString name = body.value(u"name"_s).toString();
    for (const Machine &other : m_machines.value(appName)) {
        if (!name.isEmpty() && other.name == name && other.state != "destroyed"_L1)
            return Reply::error(409, u"already_exists: a machine named \"%1\" already exists in this app"_s.arg(name));
    }
    if (name.isEmpty())
        name = Ids::machineName();

    // The volume must be this app's, free, and in the Machine's region.
    Volume *volume = nullptr;
    const QJsonArray mounts = config.value(u"mounts"_s).toArray();
    if (!mounts.isEmpty()) {
        const QString volumeId = mounts.first().toObject().value(u"volume"_s).toString();
        for (Volume &candidate : m_volumes) {
            if (candidate.id == volumeId && candidate.appName == appName)
                volume = &candidate;
        }
        if (!volume)
            return Reply::error(404, u"not_found: volume %1 not found"_s.arg(volumeId));
        if (volume->region != *region)
            return Reply::error(400, u"Mounts source volume \"%1\" is in the wrong region (\"%2\" != \"%3\")"_s.arg(volume->id, volume->region, *region));
        if (!volume->attachedMachineId.isEmpty())
            return Reply::error(412, u"failed_precondition: volume %1 is already attached to machine %2"_s.arg(volume->id, volume->attachedMachineId));
        if (!volume->attachedAllocId.isEmpty())
            return Reply::error(412, u"failed_precondition: volume %1 is held by allocation %2"_s.arg(volume->id, volume->attachedAllocId));
        if (volume->state != "created"_L1)
            return Reply::error(412, u"failed_precondition: volume %1 is %2, not created"_s.arg(volume->id, volume->state));
    }

    Machine m;
    m.id = Ids::machineId();
    m.appName = appName;
    m.name = name;
    m.region = *region;
    m.state = u"created"_s;
    m.instanceId = Ids::ulid();
    m.privateIp = Ids::privateIp();
    m.config = config;
    m.config.insert(u"init"_s, config.value(u"init"_s).toObject()); // always echoed
    if (!m.config.contains(u"dns"_s))
        m.config.insert(u"dns"_s, QJsonObject());
    m.imageRef = imageRef;
    m.createdAt = m.updatedAt = QDateTime::currentDateTimeUtc();
    addEvent(m, u"launch"_s, u"created"_s, u"user"_s);

    const int leaseTtl = body.value(u"lease_ttl"_s).toInt();
    QString nonce;
    if (leaseTtl > 0) {
        nonce = Ids::nonce();
        m.lease = Lease{nonce, u"user@flightdeck.sim"_s, {}, QDateTime::currentSecsSinceEpoch() + leaseTtl};
    }
    if (volume)
        volume->attachedMachineId = m.id;

    const bool skipLaunch = body.value(u"skip_launch"_s).toBool();
    const bool standby = !config.value(u"standbys"_s).toArray().isEmpty();
    const bool scheduled = !config.value(u"schedule"_s).toString().isEmpty();
    m_machines[appName].append(m);
    Machine &stored = m_machines[appName].last();
    QJsonObject response = machineJson(stored);
    if (!nonce.isEmpty())
        response.insert(u"nonce"_s, nonce);

    if (scheduled && !skipLaunch) {
        // A scheduled Machine waits, stopped, for its first run.
        setState(stored, u"stopped"_s);
        scheduleTransition(stored, scheduleIntervalMs(config.value(u"schedule"_s).toString()), &Platform::runSchedule);
    } else if (!skipLaunch && !standby) {
        beginStart(stored);
    }
    Q_EMIT changed();
    return Reply::json(response);
}

Reply Platform::updateMachine(const QString &appName, const QString &id, const QJsonObject &body, const QJsonObject &imageRef, const QByteArray &nonce)
{
    Machine *m = findMachine(appName, id);
    if (!m || m->state == "destroyed"_L1)
        return machineNotFound();
    if (const auto held = checkLease(*m, nonce))
        return *held;
    if (body.contains(u"current_version"_s) && body.value(u"current_version"_s).toString() != m->instanceId)
        return Reply::error(409, u"aborted: machine version %1 is not the current version %2"_s.arg(body.value(u"current_version"_s).toString(), m->instanceId));
    const QJsonObject config = body.value(u"config"_s).toObject();
    if (const std::optional<Reply> bad = checkConfig(config))
        return *bad;
    if (body.contains(u"name"_s) && body.value(u"name"_s).toString() != m->name)
        return Reply::error(400, u"invalid_argument: a machine's name cannot be changed"_s);
    if (body.contains(u"region"_s) && body.value(u"region"_s).toString() != m->region)
        return Reply::error(400, u"invalid_argument: a machine's region cannot be changed"_s);

    const QString previous = m->state;
    const bool wasRunning = previous == "started"_L1 || previous == "starting"_L1;
    m->config = config;
    m->config.insert(u"init"_s, config.value(u"init"_s).toObject());
    if (!m->config.contains(u"dns"_s))
        m->config.insert(u"dns"_s, QJsonObject());
    m->imageRef = imageRef;
    m->instanceId = Ids::ulid();
    addEvent(*m, u"update"_s, u"replacing"_s, u"user"_s);
    setState(*m, u"replacing"_s);
    if (wasRunning && !body.value(u"skip_launch"_s).toBool()) {
        beginStart(*m);
    } else {
        // A Machine that was not running stays as it was.
        setState(*m, previous == "created"_L1 ? u"created"_s : u"stopped"_s);
    }
    Q_EMIT changed();
    return Reply::json(machineJson(*m));
}

Reply Platform::getMachine(const QString &appName, const QString &id) const
{
    if (!app(appName))
        return appNotFound();
    const Machine *m = machine(appName, id);
    return m ? Reply::json(machineJson(*m)) : machineNotFound();
}

Reply Platform::listMachines(const QString &appName, const QMap<QString, QString> &query) const
{
    if (!app(appName))
        return appNotFound();
    const bool includeDeleted = query.value(u"include_deleted"_s) == "true"_L1;
    const QString region = query.value(u"region"_s);
    const QStringList states = query.value(u"state"_s).split(u',', Qt::SkipEmptyParts);
    const bool summary = query.value(u"summary"_s) == "true"_L1;
    QJsonArray list;
    for (const Machine &m : m_machines.value(appName)) {
        if (m.state == "destroyed"_L1 && !includeDeleted)
            continue;
        if (!region.isEmpty() && m.region != region)
            continue;
        if (!states.isEmpty() && !states.contains(m.state))
            continue;
        // Like the real list (read by a replicated store), a new Machine shows up only after a while.
        if (m.createdAt.msecsTo(QDateTime::currentDateTimeUtc()) < m_listLagMs)
            continue;
        QJsonObject json = machineJson(m);
        if (summary) {
            for (const QString &key : {u"config"_s, u"checks"_s, u"events"_s, u"host_status"_s})
                json.remove(key);
        }
        list.append(json);
    }
    return Reply::json(list);
}

std::optional<Reply> Platform::checkLease(const Machine &m, const QByteArray &nonce) const
{
    if (!m.lease || m.lease->expiresAt <= QDateTime::currentSecsSinceEpoch())
        return std::nullopt;
    if (QString::fromUtf8(nonce) == m.lease->nonce)
        return std::nullopt;
    return Reply::error(409, u"aborted: machine ID %1 lease currently held by %2, expires at %3"_s.arg(
                                 m.id, m.lease->owner, QDateTime::fromSecsSinceEpoch(m.lease->expiresAt, QTimeZone::UTC).toString(Qt::ISODate)));
}

Reply Platform::startMachine(const QString &appName, const QString &id, const QByteArray &nonce)
{
    Machine *m = findMachine(appName, id);
    if (!m || m->state == "destroyed"_L1)
        return machineNotFound();
    if (const auto held = checkLease(*m, nonce))
        return *held;
    const QString previous = m->state;
    if (!QStringList{u"created"_s, u"stopped"_s, u"suspended"_s, u"failed"_s}.contains(previous))
        return Reply::error(412, u"unable to start machine from current state: '%1'"_s.arg(previous));
    beginStart(*m);
    Q_EMIT changed();
    return Reply::json(QJsonObject{{u"previous_state"_s, previous}, {u"migrated"_s, false}, {u"new_host"_s, QString()}});
}

Reply Platform::stopMachine(const QString &appName, const QString &id, const QByteArray &body, const QByteArray &nonce)
{
    Machine *m = findMachine(appName, id);
    if (!m || m->state == "destroyed"_L1)
        return machineNotFound();
    if (!body.trimmed().isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (document.isArray())
            return Reply::error(400, u"json: cannot unmarshal array into Go value of type main.stopRequest"_s);
        if (!document.isObject())
            return Reply::error(400, u"invalid_argument: the stop request must be a JSON object"_s);
    }
    if (const auto held = checkLease(*m, nonce))
        return *held;
    if (m->state == "suspended"_L1) {
        addEvent(*m, u"stop"_s, u"stopped"_s, u"user"_s); // the snapshot is dropped
        setState(*m, u"stopped"_s);
    } else if (m->state == "started"_L1 || m->state == "starting"_L1) {
        addEvent(*m, u"stop"_s, u"stopping"_s, u"user"_s);
        setState(*m, u"stopping"_s);
        scheduleTransition(*m, std::min(m_bootDelayMs, 200), &Platform::finishStop);
    } else {
        return Reply::error(412, u"unable to stop machine from current state: '%1'"_s.arg(m->state));
    }
    Q_EMIT changed();
    return Reply::json(QJsonObject{{u"ok"_s, true}});
}

Reply Platform::suspendMachine(const QString &appName, const QString &id, const QByteArray &nonce)
{
    Machine *m = findMachine(appName, id);
    if (!m || m->state == "destroyed"_L1)
        return machineNotFound();
    if (const auto held = checkLease(*m, nonce))
        return *held;
    if (m->state != "started"_L1)
        return Reply::error(412, u"unable to suspend machine from current state: '%1'"_s.arg(m->state));
    addEvent(*m, u"suspend"_s, u"suspending"_s, u"user"_s);
    setState(*m, u"suspending"_s);
    scheduleTransition(*m, std::min(m_bootDelayMs, 200), &Platform::finishSuspend);
    Q_EMIT changed();
    return Reply::json(QJsonObject{{u"ok"_s, true}});
}

Reply Platform::restartMachine(const QString &appName, const QString &id, const QByteArray &nonce)
{
    Machine *m = findMachine(appName, id);
    if (!m || m->state == "destroyed"_L1)
        return machineNotFound();
    if (const auto held = checkLease(*m, nonce))
        return *held;
    if (m->state != "started"_L1)
        return Reply::error(400, u"failed_precondition: machine must be started to restart, currently %1"_s.arg(m->state));
    addEvent(*m, u"restart"_s, u"restarting"_s, u"user"_s);
    setState(*m, u"restarting"_s);
    beginStart(*m);
    Q_EMIT changed();
    return Reply::json(QJsonObject{{u"ok"_s, true}});
}

Reply Platform::destroyMachine(const QString &appName, const QString &id, bool force, const QByteArray &nonce)
{
    Machine *m = findMachine(appName, id);
    if (!m || m->state == "destroyed"_L1)
        return machineNotFound();
    if (const auto held = checkLease(*m, nonce))
        return *held;
    const bool running = QStringList{u"started"_s, u"starting"_s, u"restarting"_s, u"replacing"_s, u"stopping"_s, u"suspending"_s}.contains(m->state);
    if (running && !force)
        return Reply::error(412, u"failed_precondition: unable to destroy machine, not currently stopped, suspended or created (use force=true to kill it)"_s);
    addEvent(*m, u"destroy"_s, u"destroying"_s, u"user"_s);
    setState(*m, u"destroying"_s);
    scheduleTransition(*m, std::min(m_bootDelayMs, 200), &Platform::finishDestroy);
    Q_EMIT changed();
    return Reply::json(QJsonObject{{u"ok"_s, true}});
}

Reply Platform::machineEvents(const QString &appName, const QString &id, int limit) const
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

Reply Platform::acquireLease(const QString &appName, const QString &id, int ttlSeconds, const QString &description, const QByteArray &nonce)
{
    Machine *m = findMachine(appName, id);
    if (!m || m->state == "destroyed"_L1)
        return machineNotFound();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const int ttl = ttlSeconds > 0 ? ttlSeconds : 30;
    if (m->lease && m->lease->expiresAt > now) {
        if (QString::fromUtf8(nonce) != m->lease->nonce)
            return *checkLease(*m, nonce);
        m->lease->expiresAt = now + ttl; // refresh
    } else {
        m->lease = Lease{Ids::nonce(), u"user@flightdeck.sim"_s, description, now + ttl};
    }
    Q_EMIT changed();
    const QJsonObject data{{u"nonce"_s, m->lease->nonce},
                           {u"expires_at"_s, m->lease->expiresAt},
                           {u"owner"_s, m->lease->owner},
                           {u"description"_s, m->lease->description},
                           {u"version"_s, m->instanceId}};
    return Reply::json(QJsonObject{{u"status"_s, u"success"_s}, {u"data"_s, data}}, 201);
}

Reply Platform::getLease(const QString &appName, const QString &id) const
{
    const Machine *m = machine(appName, id);
    if (!m)
        return machineNotFound();
    if (!m->lease || m->lease->expiresAt <= QDateTime::currentSecsSinceEpoch())
        return Reply::error(404, u"not_found: lease not found"_s);
    const QJsonObject data{{u"nonce"_s, m->lease->nonce},
                           {u"expires_at"_s, m->lease->expiresAt},
                           {u"owner"_s, m->lease->owner},
                           {u"description"_s, m->lease->description},
                           {u"version"_s, m->instanceId}};
    return Reply::json(QJsonObject{{u"status"_s, u"success"_s}, {u"data"_s, data}});
}

Reply Platform::releaseLease(const QString &appName, const QString &id, const QByteArray &nonce)
{
    Machine *m = findMachine(appName, id);
    if (!m)
        return machineNotFound();
    if (!m->lease || m->lease->expiresAt <= QDateTime::currentSecsSinceEpoch())
        return Reply::error(404, u"not_found: lease not found"_s);
    if (nonce.isEmpty())
        return Reply::error(400, u"invalid_argument: the fly-machine-lease-nonce header is required"_s);
    if (QString::fromUtf8(nonce) != m->lease->nonce)
        return *checkLease(*m, nonce);
    m->lease.reset();
    Q_EMIT changed();
    return Reply::json(QJsonObject{{u"status"_s, u"success"_s}, {u"data"_s, QJsonObject{{u"ok"_s, true}}}});
}

// ------------------------------------------------------------------ lifecycle

void Platform::addEvent(Machine &m, const QString &type, const QString &status, const QString &source, const QJsonObject &request)
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

void Platform::setState(Machine &m, const QString &state)
{
    m.state = state;
    m.updatedAt = QDateTime::currentDateTimeUtc();
    ++m.generation;
    Q_EMIT machineChanged(m.appName, m.id);
}

void Platform::scheduleTransition(Machine &m, int delayMs, void (Platform::*step)(const QString &, const QString &))
{
    const QString appName = m.appName;
    const QString id = m.id;
    const quint64 generation = m.generation;
    QTimer::singleShot(std::max(delayMs, 0), this, [this, appName, id, generation, step] {
        const Machine *current = machine(appName, id);
        if (current && current->generation == generation)
            (this->*step)(appName, id);
    });
}

void Platform::beginStart(Machine &m)
{
    addEvent(m, u"start"_s, u"starting"_s, u"user"_s);
    setState(m, u"starting"_s);
    scheduleTransition(m, m_bootDelayMs, &Platform::finishStart);
}

void Platform::finishStart(const QString &appName, const QString &id)
{
    Machine *m = findMachine(appName, id);
    addEvent(*m, u"start"_s, u"started"_s, u"flyd"_s);
    setState(*m, u"started"_s);
    // Checks start critical: nothing has answered yet.
    const CheckScenario checks = checkScenarioFor(*m);
    m->checks = HealthChecks::initial(m->config, m->privateIp, checks.output, QDateTime::currentDateTimeUtc());
    if (!m->checks.isEmpty() && checks.passAfterMs >= 0)
        scheduleTransition(*m, checks.passAfterMs, &Platform::checksPassed);
    if (const std::optional<ExitScenario> scenario = exitScenarioFor(*m))
        scheduleTransition(*m, scenario->afterMs, &Platform::processExited);
    Q_EMIT changed();
}

CheckScenario Platform::checkScenarioFor(const Machine &m) const
{
    const QString image = m.config.value(u"image"_s).toString();
    for (const CheckScenario &scenario : m_checkScenarios) {
        if (wildcardMatch(scenario.imagePattern, image) || wildcardMatch(scenario.imagePattern, m.name))
            return scenario;
    }
    return CheckScenario{u"*"_s, m_checkPassMs, {}};
}

void Platform::checksPassed(const QString &appName, const QString &id)
{
    Machine *m = findMachine(appName, id);
    m->checks = HealthChecks::passing(m->checks, QDateTime::currentDateTimeUtc());
    m->updatedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT changed();
}

std::optional<ExitScenario> Platform::exitScenarioFor(const Machine &m) const
{
    const QString image = m.config.value(u"image"_s).toString();
    for (const ExitScenario &scenario : m_exitScenarios) {
        if (wildcardMatch(scenario.imagePattern, image) || wildcardMatch(scenario.imagePattern, m.name))
            return scenario;
    }
    return std::nullopt;
}

void Platform::processExited(const QString &appName, const QString &id)
{
    Machine *m = findMachine(appName, id);
    const int exitCode = exitScenarioFor(*m).value_or(ExitScenario{}).exitCode;
    const QJsonObject restart = m->config.value(u"restart"_s).toObject();
    const QString policy = restart.value(u"policy"_s).toString(u"on-failure"_s);
    const int maxRetries = restart.contains(u"max_retries"_s) ? restart.value(u"max_retries"_s).toInt() : kDefaultMaxRetries;
    const bool again = policy == "always"_L1 || (policy == "on-failure"_L1 && exitCode != 0 && m->restartCount < maxRetries);

    const QJsonObject exitEvent{{u"exit_code"_s, exitCode},  {u"guest_exit_code"_s, exitCode}, {u"guest_signal"_s, -1},
                                {u"signal"_s, -1},           {u"oom_killed"_s, false},        {u"requested_stop"_s, false},
                                {u"restarting"_s, again},    {u"exited_at"_s, isoTime(QDateTime::currentDateTimeUtc())}};
    addEvent(*m, u"exit"_s, u"stopped"_s, u"flyd"_s, QJsonObject{{u"exit_event"_s, exitEvent}, {u"restart_count"_s, m->restartCount}});

    if (again) {
        ++m->restartCount;
        beginStart(*m);
    } else if (m->config.value(u"auto_destroy"_s).toBool()) {
        setState(*m, u"stopped"_s);
        addEvent(*m, u"destroy"_s, u"destroying"_s, u"flyd"_s);
        setState(*m, u"destroying"_s);
        scheduleTransition(*m, 0, &Platform::finishDestroy);
    } else {
        setState(*m, u"stopped"_s);
        const QString schedule = m->config.value(u"schedule"_s).toString();
        if (!schedule.isEmpty())
            scheduleTransition(*m, scheduleIntervalMs(schedule), &Platform::runSchedule);
    }
    Q_EMIT changed();
}

void Platform::runSchedule(const QString &appName, const QString &id)
{
    Machine *m = findMachine(appName, id);
    if (m->state == "stopped"_L1)
        beginStart(*m);
}

void Platform::finishStop(const QString &appName, const QString &id)
{
    Machine *m = findMachine(appName, id);
    addEvent(*m, u"stop"_s, u"stopped"_s, u"flyd"_s);
    setState(*m, u"stopped"_s);
    Q_EMIT changed();
}

void Platform::finishSuspend(const QString &appName, const QString &id)
{
    Machine *m = findMachine(appName, id);
    addEvent(*m, u"suspend"_s, u"suspended"_s, u"flyd"_s);
    setState(*m, u"suspended"_s);
    Q_EMIT changed();
}

void Platform::finishDestroy(const QString &appName, const QString &id)
{
    Machine *m = findMachine(appName, id);
    addEvent(*m, u"destroy"_s, u"destroyed"_s, u"flyd"_s);
    m->lease.reset();
    detachVolumes(*m);
    setState(*m, u"destroyed"_s);
    scheduleTransition(*m, kDestroyedLingerMs, &Platform::forget);
    Q_EMIT changed();
}

void Platform::forget(const QString &appName, const QString &id)
{
    m_machines[appName].removeIf([&](const Machine &m) { return m.id == id; });
    Q_EMIT changed();
}

void Platform::detachVolumes(const Machine &m)
{
    for (Volume &volume : m_volumes) {
        if (volume.attachedMachineId == m.id)
            volume.attachedMachineId.clear();
    }
}

// -------------------------------------------------------------------- volumes

namespace {

QJsonObject volumeJson(const Volume &v)
{
    const qint64 bytes = qint64(v.sizeGb) * 1024 * 1024 * 1024;
    return QJsonObject{
        {u"id"_s, v.id},
        {u"name"_s, v.name},
        {u"state"_s, v.state},
        {u"size_gb"_s, v.sizeGb},
        {u"region"_s, v.region},
        {u"zone"_s, u"a1b2"_s},
        {u"encrypted"_s, v.encrypted},
        {u"attached_machine_id"_s, v.attachedMachineId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.attachedMachineId)},
        {u"attached_alloc_id"_s, v.attachedAllocId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.attachedAllocId)},
        {u"created_at"_s, isoTime(v.createdAt)},
        {u"blocks"_s, bytes / 4096},
        {u"block_size"_s, 4096},
        {u"blocks_free"_s, bytes / 4096},
        {u"blocks_avail"_s, bytes / 4096},
        {u"bytes_total"_s, bytes},
        {u"bytes_used"_s, 0},
        {u"fstype"_s, u"ext4"_s},
        {u"snapshot_retention"_s, v.snapshotRetention},
        {u"auto_backup_enabled"_s, v.autoBackupEnabled},
        {u"host_status"_s, u"ok"_s},
    };
}

} // namespace

Reply Platform::createVolume(const QString &appName, const QJsonObject &body)
{
    if (!app(appName))
        return appNotFound();
    const QString name = body.value(u"name"_s).toString();
    if (name.isEmpty())
        return Reply::error(400, u"invalid_argument: volume name is required"_s);
    static const QRegularExpression namePattern(u"^[a-z0-9_]{1,30}$"_s);
    if (!namePattern.match(name).hasMatch())
        return Reply::error(400, u"invalid_argument: volume name must be at most 30 lowercase letters, digits and underscores"_s);
    // flyctl always sends a region (it resolves the nearest one first); be as strict.
    const QString regionCode = body.value(u"region"_s).toString();
    if (regionCode.isEmpty())
        return Reply::error(400, u"invalid_argument: region is required"_s);
    if (!region(regionCode))
        return Reply::error(400, u"invalid_argument: unknown region \"%1\" (volumes take a single region code)"_s.arg(regionCode));
    const int size = body.value(u"size_gb"_s).toInt(3);
    if (size < 1 || size > 500)
        return Reply::error(400, u"invalid_argument: size_gb must be between 1 and 500"_s);

    Volume v;
    v.id = Ids::volumeId();
    v.appName = appName;
    v.name = name;
    v.region = regionCode;
    v.sizeGb = size;
    v.encrypted = body.value(u"encrypted"_s).toBool(true);
    v.snapshotRetention = body.value(u"snapshot_retention"_s).toInt(5);
    v.autoBackupEnabled = body.value(u"auto_backup_enabled"_s).toBool(true);
    v.createdAt = QDateTime::currentDateTimeUtc();
    m_volumes.append(v);
    Q_EMIT changed();
    return Reply::json(volumeJson(v));
}

Reply Platform::listVolumes(const QString &appName) const
{
    if (!app(appName))
        return appNotFound();
    QJsonArray list;
    for (const Volume &v : m_volumes) {
        if (v.appName == appName)
            list.append(volumeJson(v));
    }
    return Reply::json(list);
}

Reply Platform::getVolume(const QString &appName, const QString &id) const
{
    if (!app(appName))
        return appNotFound();
    for (const Volume &v : m_volumes) {
        if (v.appName == appName && v.id == id)
            return Reply::json(volumeJson(v));
    }
    return Reply::error(404, u"not_found: volume not found"_s);
}

Reply Platform::deleteVolume(const QString &appName, const QString &id)
{
    if (!app(appName))
        return appNotFound();
    for (qsizetype i = 0; i < m_volumes.size(); ++i) {
        Volume &v = m_volumes[i];
        if (v.appName != appName || v.id != id)
            continue;
        if (!v.attachedMachineId.isEmpty())
            return Reply::error(412, u"failed_precondition: volume %1 is attached to machine %2; destroy the machine first"_s.arg(v.id, v.attachedMachineId));
        // Like the real platform, a deleted volume stays listed for a while:
        // pending_destroy, then destroying, then gone.
        v.state = u"pending_destroy"_s;
        const QString volumeId = v.id;
        QTimer::singleShot(m_volumeDestroyMs / 2, this, [this, volumeId] { setVolumeState(volumeId, u"destroying"_s); });
        QTimer::singleShot(m_volumeDestroyMs, this, [this, volumeId] { setVolumeState(volumeId, {}); });
        Q_EMIT changed();
        return Reply::json(volumeJson(v));
    }
    return Reply::error(404, u"not_found: volume not found"_s);
}

bool Platform::setVolumeState(const QString &id, const QString &state, const std::optional<QString> &allocId)
{
    for (qsizetype i = 0; i < m_volumes.size(); ++i) {
        if (m_volumes[i].id != id)
            continue;
        if (state.isEmpty() && !allocId)
            m_volumes.removeAt(i);
        else {
            if (!state.isEmpty())
                m_volumes[i].state = state;
            if (allocId)
                m_volumes[i].attachedAllocId = *allocId;
        }
        Q_EMIT changed();
        return true;
    }
    return false;
}

// -------------------------------------------------------------------- secrets

int Platform::secretsVersion(const QString &appName) const
{
    return m_secretVersions.value(appName, 0);
}

Reply Platform::listSecrets(const QString &appName) const
{
    if (!app(appName))
        return appNotFound();
    QJsonArray list;
    for (const Secret &s : m_secrets.value(appName)) {
        // Names and digests only: values never leave the platform.
        list.append(QJsonObject{{u"name"_s, s.name},
                                {u"digest"_s, Ids::digest(s.value.toUtf8()).left(16)},
                                {u"created_at"_s, isoTime(s.createdAt)},
                                {u"updated_at"_s, isoTime(s.updatedAt)}});
    }
    return Reply::json(QJsonObject{{u"secrets"_s, list}});
}

Reply Platform::setSecrets(const QString &appName, const QJsonObject &body)
{
    if (!app(appName))
        return appNotFound();
    const QJsonValue values = body.value(u"values"_s);
    if (!values.isObject())
        return Reply::error(400, u"invalid_argument: values must be an object of names to values (null deletes)"_s);
    static const QRegularExpression namePattern(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    const QJsonObject map = values.toObject();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!namePattern.match(it.key()).hasMatch())
            return Reply::error(400, u"invalid_argument: invalid secret name \"%1\""_s.arg(it.key()));
        if (!it.value().isString() && !it.value().isNull())
            return Reply::error(400, u"invalid_argument: the value of %1 must be a string or null"_s.arg(it.key()));
    }
    QList<Secret> &secrets = m_secrets[appName];
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const auto existing = std::find_if(secrets.begin(), secrets.end(), [&](const Secret &s) { return s.name == it.key(); });
        if (it.value().isNull()) {
            if (existing != secrets.end())
                secrets.erase(existing);
        } else if (existing != secrets.end()) {
            existing->value = it.value().toString();
            existing->updatedAt = now;
        } else {
            secrets.append({it.key(), it.value().toString(), now, now});
        }
    }
    const int version = ++m_secretVersions[appName];
    Q_EMIT changed();
    QJsonObject response = listSecrets(appName).body.toObject();
    response.insert(u"version"_s, version);
    return Reply::json(response);
}

Reply Platform::deleteSecret(const QString &appName, const QString &name)
{
    if (!app(appName))
        return appNotFound();
    QList<Secret> &secrets = m_secrets[appName];
    const auto existing = std::find_if(secrets.begin(), secrets.end(), [&](const Secret &s) { return s.name == name; });
    if (existing == secrets.end())
        return Reply::error(404, u"not_found: secret %1 not found"_s.arg(name));
    secrets.erase(existing);
    const int version = ++m_secretVersions[appName];
    Q_EMIT changed();
    return Reply::json(QJsonObject{{u"version"_s, version}});
}

// ---------------------------------------------------------------- persistence

QJsonObject Platform::toJson() const
{
    QJsonArray orgs;
    for (const Organization &o : m_organizations)
        orgs.append(QJsonObject{{u"id"_s, o.id}, {u"slug"_s, o.slug}, {u"name"_s, o.name}, {u"type"_s, o.type}, {u"internal_numeric_id"_s, o.internalNumericId}});
    QJsonArray apps;
    for (const App &a : m_apps) {
        apps.append(QJsonObject{{u"id"_s, a.id}, {u"name"_s, a.name}, {u"org_slug"_s, a.orgSlug}, {u"status"_s, a.status},
                                {u"network"_s, a.network}, {u"internal_numeric_id"_s, a.internalNumericId}, {u"created_at"_s, isoTime(a.createdAt)}});
    }
    QJsonArray machines;
    for (auto it = m_machines.cbegin(); it != m_machines.cend(); ++it) {
        for (const Machine &m : it.value()) {
            QJsonObject json = machineJson(m);
            json.insert(u"app"_s, m.appName);
            json.insert(u"restart_count"_s, m.restartCount);
            if (m.lease)
                json.insert(u"lease"_s, QJsonObject{{u"nonce"_s, m.lease->nonce}, {u"owner"_s, m.lease->owner},
                                                     {u"description"_s, m.lease->description}, {u"expires_at"_s, m.lease->expiresAt}});
            machines.append(json);
        }
    }
    QJsonArray volumes;
    for (const Volume &v : m_volumes) {
        QJsonObject json = volumeJson(v);
        json.insert(u"app"_s, v.appName);
        volumes.append(json);
    }
    QJsonObject secrets;
    for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it) {
        QJsonArray list;
        for (const Secret &s : it.value())
            list.append(QJsonObject{{u"name"_s, s.name}, {u"value"_s, s.value}, {u"created_at"_s, isoTime(s.createdAt)}, {u"updated_at"_s, isoTime(s.updatedAt)}});
        secrets.insert(it.key(), QJsonObject{{u"version"_s, m_secretVersions.value(it.key())}, {u"secrets"_s, list}});
    }
    return QJsonObject{{u"format"_s, u"flightdeck-sim-state"_s}, {u"version"_s, 1},        {u"organizations"_s, orgs}, {u"apps"_s, apps},
                       {u"machines"_s, machines},              {u"volumes"_s, volumes}, {u"secrets"_s, secrets},  {u"next_numeric_id"_s, m_nextNumericId}};
}

bool Platform::fromJson(const QJsonObject &json, QString *error)
{
    if (json.value(u"format"_s).toString() != "flightdeck-sim-state"_L1) {
        *error = u"not a flightdeck-sim state file"_s;
        return false;
    }
    const auto time = [](const QJsonValue &value) { return QDateTime::fromString(value.toString(), Qt::ISODateWithMs); };
    m_organizations.clear();
    for (const QJsonValue &value : json.value(u"organizations"_s).toArray()) {
        const QJsonObject o = value.toObject();
        m_organizations.append({o.value(u"id"_s).toString(), o.value(u"slug"_s).toString(), o.value(u"name"_s).toString(),
                                o.value(u"type"_s).toString(), o.value(u"internal_numeric_id"_s).toInteger()});
    }
    m_apps.clear();
    for (const QJsonValue &value : json.value(u"apps"_s).toArray()) {
        const QJsonObject a = value.toObject();
        m_apps.append({a.value(u"id"_s).toString(), a.value(u"name"_s).toString(), a.value(u"org_slug"_s).toString(), a.value(u"status"_s).toString(),
                       a.value(u"network"_s).toString(), a.value(u"internal_numeric_id"_s).toInteger(), time(a.value(u"created_at"_s))});
    }
    m_machines.clear();
    for (const QJsonValue &value : json.value(u"machines"_s).toArray()) {
        const QJsonObject j = value.toObject();
        Machine m;
        m.id = j.value(u"id"_s).toString();
        m.appName = j.value(u"app"_s).toString();
        m.name = j.value(u"name"_s).toString();
        m.region = j.value(u"region"_s).toString();
        m.state = j.value(u"state"_s).toString();
        m.instanceId = j.value(u"instance_id"_s).toString();
        m.privateIp = j.value(u"private_ip"_s).toString();
        m.config = j.value(u"config"_s).toObject();
        m.imageRef = j.value(u"image_ref"_s).toObject();
        m.createdAt = time(j.value(u"created_at"_s));
        m.updatedAt = time(j.value(u"updated_at"_s));
        m.events = j.value(u"events"_s).toArray();
        m.restartCount = j.value(u"restart_count"_s).toInt();
        if (j.contains(u"lease"_s)) {
            const QJsonObject l = j.value(u"lease"_s).toObject();
            m.lease = Lease{l.value(u"nonce"_s).toString(), l.value(u"owner"_s).toString(), l.value(u"description"_s).toString(), l.value(u"expires_at"_s).toInteger()};
        }
        // Transitions in flight when the simulator stopped have finished since.
        if (m.state == "starting"_L1 || m.state == "restarting"_L1 || m.state == "replacing"_L1)
            m.state = u"started"_s;
        else if (m.state == "stopping"_L1)
            m.state = u"stopped"_s;
        else if (m.state == "suspending"_L1)
            m.state = u"suspended"_s;
        else if (m.state == "destroying"_L1 || m.state == "destroyed"_L1)
            continue;
        m_machines[m.appName].append(m);
    }
    m_volumes.clear();
    for (const QJsonValue &value : json.value(u"volumes"_s).toArray()) {
        const QJsonObject j = value.toObject();
        Volume v;
        v.id = j.value(u"id"_s).toString();
        v.appName = j.value(u"app"_s).toString();
        v.name = j.value(u"name"_s).toString();
        v.region = j.value(u"region"_s).toString();
        v.state = j.value(u"state"_s).toString();
        v.sizeGb = j.value(u"size_gb"_s).toInt();
        v.encrypted = j.value(u"encrypted"_s).toBool();
        v.attachedMachineId = j.value(u"attached_machine_id"_s).toString();
        v.attachedAllocId = j.value(u"attached_alloc_id"_s).toString();
        v.createdAt = time(j.value(u"created_at"_s));
        v.snapshotRetention = j.value(u"snapshot_retention"_s).toInt();
        v.autoBackupEnabled = j.value(u"auto_backup_enabled"_s).toBool();
        m_volumes.append(v);
    }
    m_secrets.clear();
    m_secretVersions.clear();
    const QJsonObject secrets = json.value(u"secrets"_s).toObject();
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        m_secretVersions.insert(it.key(), entry.value(u"version"_s).toInt());
        for (const QJsonValue &value : entry.value(u"secrets"_s).toArray()) {
            const QJsonObject s = value.toObject();
            m_secrets[it.key()].append({s.value(u"name"_s).toString(), s.value(u"value"_s).toString(), time(s.value(u"created_at"_s)), time(s.value(u"updated_at"_s))});
        }
    }
    m_nextNumericId = json.value(u"next_numeric_id"_s).toInteger(m_nextNumericId);
    return true;
}

} // namespace Sim
