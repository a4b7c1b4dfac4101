#include "sim/platform.h"

#include "sim/configcheck.h"
#include "sim/ids.h"
#include "sim/regions.h"

#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sim {

Reply appNotFound()
{
    return Reply::error(404, u"not_found: app not found"_s);
}

Platform::Platform(QObject *parent)
    : QObject(parent)
    , m_apps([this](const QString &app) { return m_machines.count(app); }, [this](const QString &app) { return m_volumes.count(app); })
    , m_lifecycle(&m_machines, &m_volumes, &m_logs)
{
    connect(&m_apps, &AppStore::changed, this, &Platform::changed);
    connect(&m_machines, &MachineStore::changed, this, &Platform::changed);
    connect(&m_volumes, &VolumeStore::changed, this, &Platform::changed);
    connect(&m_secrets, &SecretStore::changed, this, &Platform::changed);
    connect(&m_lifecycle, &MachineLifecycle::changed, this, &Platform::changed);
    connect(&m_lifecycle, &MachineLifecycle::machineChanged, this, &Platform::machineChanged);
}

void Platform::addDemoData()
{
    m_apps.addOrganization({u"o8x9y2d7k3lq0rpm"_s, u"personal"_s, u"Demo Organization"_s, u"PERSONAL"_s, 481516});
    m_apps.addOrganization({u"q1w2e3r4t5y6u7i8"_s, u"acme-corp"_s, u"Acme Corp"_s, u"SHARED"_s, 623342});
    App demo;
    demo.id = u"z4k69dxd8r31p5mx"_s;
    demo.name = u"demo-app"_s;
    demo.orgSlug = u"personal"_s;
    demo.status = u"deployed"_s;
    demo.internalNumericId = 77001;
    demo.createdAt = QDateTime(QDate(2026, 1, 5), QTime(9, 30), QTimeZone::UTC);
    m_apps.add(demo);
    m_apps.addNameTakenElsewhere(u"someone-elses-app"_s);

    Volume volume;
    volume.id = u"vol_demo0000data0001"_s;
    volume.appName = demo.name;
    volume.name = u"data"_s;
    volume.region = u"ams"_s;
    volume.sizeGb = 1;
    volume.createdAt = demo.createdAt;
    m_volumes.add(volume);

    m_secrets.add(demo.name, {u"DATABASE_URL"_s, u"postgres://demo:demo@db.internal:5432/demo"_s, demo.createdAt, demo.createdAt}, 1);
}

bool Platform::hasCapacity(const QString &region, const QString &cpuKind) const
{
    if (const std::optional<Region> known = Sim::region(region); !known || known->deprecated)
        return false;
    return std::none_of(m_full.cbegin(), m_full.cend(), [&](const auto &full) { return full.first == region && (full.second.isEmpty() || full.second == cpuKind); });
}

Reply Platform::placements(const QJsonObject &body) const
{
    const QString org = body.value(u"org_slug"_s).toString();
    if (org.isEmpty())
        return Reply::error(400, u"invalid_argument: org_slug is required"_s);
    if (!m_apps.organization(org))
        return Reply::error(404, u"not_found: organization %1 not found"_s.arg(org));
    // fly-go's defaults: a performance-1x Machine, "[nearest],any", the org's limit per region.
    const QJsonObject compute = body.value(u"compute"_s).toObject();
    const QString cpuKind = compute.isEmpty() ? u"performance"_s : compute.value(u"cpu_kind"_s).toString(u"shared"_s);
    const QString expression = body.value(u"region"_s).toString();
    const QStringList candidates = Sim::candidates(expression.isEmpty() ? m_nearestRegion + u",any"_s : expression, m_nearestRegion);
    const int count = body.value(u"count"_s).toInt();
    constexpr int OrgLimitPerRegion = 20;
    QJsonArray placed;
    for (const QString &code : candidates) {
        if (!hasCapacity(code, cpuKind))
            continue;
        placed.append(QJsonObject{{u"region"_s, code}, {u"count"_s, count > 0 ? count : OrgLimitPerRegion}, {u"concurrency"_s, 0}});
        if (count > 0)
            break; // all of them fit in the first region with room
    }
    return Reply::json(QJsonObject{{u"regions"_s, placed}});
}

// min_secrets_version (flyctl sends it after `fly secrets set`): the Machine must get at least that version.
std::optional<Reply> Platform::checkSecretsVersion(const QString &appName, const QJsonValue &minimum) const
{
    if (minimum.isUndefined() || minimum.isNull())
        return std::nullopt;
    if (!minimum.isDouble() || minimum.toDouble() < 0)
        return Reply::error(400, u"invalid_argument: min_secrets_version must be a non-negative integer"_s);
    const int available = m_secrets.version(appName);
    if (minimum.toInteger() > available)
        return Reply::error(412, u"failed_precondition: secrets version %1 is not available yet (the app's secrets are at version %2)"_s
                                     .arg(minimum.toInteger())
                                     .arg(available));
    return std::nullopt;
}

// The config as the platform keeps and echoes it: init and dns always
// present, and a Machine created without a size gets the default one
// (shared-cpu-1x, 256 MB) written into its guest.
static QJsonObject storedConfig(QJsonObject config)
{
    config.insert(u"init"_s, config.value(u"init"_s).toObject());
    if (!config.contains(u"dns"_s))
        config.insert(u"dns"_s, QJsonObject());
    if (!config.contains(u"guest"_s))
        config.insert(u"guest"_s, QJsonObject{{u"cpu_kind"_s, u"shared"_s}, {u"cpus"_s, 1}, {u"memory_mb"_s, 256}});
    return config;
}

Reply Platform::createMachine(const QString &appName, const QJsonObject &body, const QJsonObject &imageRef)
{
    if (!body.value(u"config"_s).isObject())
        return Reply::error(400, u"invalid_argument: config is required"_s);
    const QJsonObject config = body.value(u"config"_s).toObject();
    if (const std::optional<Reply> bad = checkMachineConfig(config))
        return *bad;
    if (const std::optional<Reply> bad = checkSecretsVersion(appName, body.value(u"min_secrets_version"_s)))
        return *bad;
    const QString requested = body.value(u"region"_s).toString();
    const QStringList candidates = requested.isEmpty() ? QStringList{m_nearestRegion} : Sim::candidates(requested, m_nearestRegion);
    if (candidates.isEmpty())
        return Reply::error(400, u"invalid_argument: unknown region \"%1\""_s.arg(requested));
    const QString cpuKind = config.value(u"guest"_s).toObject().value(u"cpu_kind"_s).toString(u"shared"_s);
    const auto room = std::find_if(candidates.cbegin(), candidates.cend(), [&](const QString &code) { return hasCapacity(code, cpuKind); });
    if (room == candidates.cend())
        return Reply::error(412, u"insufficient resources to create new machine: no %1 capacity in %2"_s.arg(cpuKind, candidates.join(u", "_s)),
                            u"insufficient_capacity"_s);
    const QString &region = *room;
    QString name = body.value(u"name"_s).toString();
    if (!name.isEmpty() && m_machines.nameTaken(appName, name))
        return Reply::error(409, u"already_exists: a machine named \"%1\" already exists in this app"_s.arg(name));
    // The volume must be this app's, free, and in the Machine's region.
    const QJsonArray mounts = config.value(u"mounts"_s).toArray();
    const QString volumeId = mounts.isEmpty() ? QString() : mounts.at(0).toObject().value(u"volume"_s).toString();
    if (!mounts.isEmpty()) {
        if (const std::optional<Reply> bad = m_volumes.checkMountable(appName, volumeId, region))
            return *bad;
    }

    Machine m;
    m.id = Ids::machineId();
    m.appName = appName;
    m.name = name.isEmpty() ? Ids::machineName() : name;
    m.region = region;
    m.state = u"created"_s;
    m.instanceId = Ids::ulid();
    m.privateIp = Ids::privateIp();
    m.config = storedConfig(config);
    m.imageRef = imageRef;
    m.createdAt = m.updatedAt = QDateTime::currentDateTimeUtc();
    MachineLifecycle::addEvent(m, u"launch"_s, u"created"_s, u"user"_s);
    QString nonce;
    if (const int leaseTtl = body.value(u"lease_ttl"_s).toInt(); leaseTtl > 0) {
        nonce = Ids::nonce();
        m.lease = Lease{nonce, u"user@flightdeck.sim"_s, {}, QDateTime::currentSecsSinceEpoch() + leaseTtl};
    }
    if (!volumeId.isEmpty())
        m_volumes.attach(volumeId, m.id);

    Machine &stored = m_machines.add(m);
    QJsonObject response = MachineStore::json(stored); // as created, before it starts
    if (!nonce.isEmpty())
        response.insert(u"nonce"_s, nonce);
    m_lifecycle.launch(stored, body.value(u"skip_launch"_s).toBool());
    Q_EMIT changed();
    return Reply::json(response);
}

Reply Platform::updateMachine(const QString &appName, const QString &id, const QJsonObject &body, const QJsonObject &imageRef, const QByteArray &nonce)
{
    Machine *m = m_machines.find(appName, id);
    if (!m || m->state == "destroyed"_L1)
        return machineNotFound();
    if (const auto held = m_machines.checkLease(*m, nonce))
        return *held;
    if (body.contains(u"current_version"_s) && body.value(u"current_version"_s).toString() != m->instanceId)
        return Reply::error(409, u"aborted: machine version %1 is not the current version %2"_s.arg(body.value(u"current_version"_s).toString(), m->instanceId));
    const QJsonObject config = body.value(u"config"_s).toObject();
    if (const std::optional<Reply> bad = checkMachineConfig(config))
        return *bad;
    if (body.contains(u"name"_s) && body.value(u"name"_s).toString() != m->name)
        return Reply::error(400, u"invalid_argument: a machine's name cannot be changed"_s);
    if (body.contains(u"region"_s) && body.value(u"region"_s).toString() != m->region)
        return Reply::error(400, u"invalid_argument: a machine's region cannot be changed"_s);

    m->config = storedConfig(config);
    m->imageRef = imageRef;
    m->instanceId = Ids::ulid();
    m_lifecycle.replace(*m, body.value(u"skip_launch"_s).toBool());
    Q_EMIT changed();
    return Reply::json(MachineStore::json(*m));
}

Reply Platform::deleteApp(const QString &name)
{
    if (!m_apps.remove(name))
        return appNotFound();
    const QList<Machine> machines = m_machines.removeApp(name);
    for (const Machine &m : machines)
        Q_EMIT machineChanged(name, m.id);
    m_volumes.removeApp(name);
    m_secrets.removeApp(name);
    m_logs.removeApp(name);
    Q_EMIT changed();
    return Reply{202, QJsonValue::Undefined, {}};
}

} // namespace Sim
