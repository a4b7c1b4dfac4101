#include "sim/statefile.h"

#include "sim/platform.h"
#include "sim/wire.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Sim {

namespace {

QDateTime timeFrom(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QJsonArray machinesJson(const MachineStore &store)
{
    QJsonArray machines;
    for (const QList<Machine> &list : store.machines()) {
        for (const Machine &m : list) {
            QJsonObject json = MachineStore::json(m);
            json.insert(u"app"_s, m.appName);
            json.insert(u"restart_count"_s, m.restartCount);
            if (m.lease)
                json.insert(u"lease"_s, QJsonObject{{u"nonce"_s, m.lease->nonce}, {u"owner"_s, m.lease->owner},
                                                     {u"description"_s, m.lease->description}, {u"expires_at"_s, m.lease->expiresAt}});
            machines.append(json);
        }
    }
    return machines;
}

// A Machine from the file; nullopt for one that was being destroyed.
std::optional<Machine> machineFrom(const QJsonObject &j)
{
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
    m.createdAt = timeFrom(j.value(u"created_at"_s));
    m.updatedAt = timeFrom(j.value(u"updated_at"_s));
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
        return std::nullopt;
    return m;
}

Volume volumeFrom(const QJsonObject &j)
{
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
    v.createdAt = timeFrom(j.value(u"created_at"_s));
    v.snapshotRetention = j.value(u"snapshot_retention"_s).toInt();
    v.autoBackupEnabled = j.value(u"auto_backup_enabled"_s).toBool();
    return v;
}

} // namespace

QJsonObject stateToJson(const Platform &platform)
{
    QJsonArray orgs;
    for (const Organization &o : platform.apps().organizations())
        orgs.append(QJsonObject{{u"id"_s, o.id}, {u"slug"_s, o.slug}, {u"name"_s, o.name}, {u"type"_s, o.type}, {u"internal_numeric_id"_s, o.internalNumericId}});
    QJsonArray apps;
    for (const App &a : platform.apps().apps()) {
        apps.append(QJsonObject{{u"id"_s, a.id}, {u"name"_s, a.name}, {u"org_slug"_s, a.orgSlug}, {u"status"_s, a.status},
                                {u"network"_s, a.network}, {u"internal_numeric_id"_s, a.internalNumericId}, {u"created_at"_s, isoTime(a.createdAt)}});
    }
    QJsonArray volumes;
    for (const Volume &v : platform.volumes().volumes()) {
        QJsonObject json = VolumeStore::json(v);
        json.insert(u"app"_s, v.appName);
        volumes.append(json);
    }
    QJsonObject secrets;
    const auto &byApp = platform.secrets().secrets();
    for (auto it = byApp.cbegin(); it != byApp.cend(); ++it) {
        QJsonArray list;
        for (const Secret &s : it.value())
            list.append(QJsonObject{{u"name"_s, s.name}, {u"value"_s, s.value}, {u"created_at"_s, isoTime(s.createdAt)}, {u"updated_at"_s, isoTime(s.updatedAt)}});
        secrets.insert(it.key(), QJsonObject{{u"version"_s, platform.secrets().version(it.key())}, {u"secrets"_s, list}});
    }
    return QJsonObject{{u"format"_s, u"flightdeck-sim-state"_s},
                       {u"version"_s, 1},
                       {u"organizations"_s, orgs},
                       {u"apps"_s, apps},
                       {u"machines"_s, machinesJson(platform.machines())},
                       {u"volumes"_s, volumes},
                       {u"secrets"_s, secrets},
                       {u"next_numeric_id"_s, platform.apps().nextNumericId()}};
}

bool stateFromJson(Platform &platform, const QJsonObject &json, QString *error)
{
    if (json.value(u"format"_s).toString() != "flightdeck-sim-state"_L1) {
        *error = u"not a flightdeck-sim state file"_s;
        return false;
    }
    QList<Organization> organizations;
    const QJsonArray organizationList = json.value(u"organizations"_s).toArray();
    for (const QJsonValue &value : organizationList) {
        const QJsonObject o = value.toObject();
        organizations.append({o.value(u"id"_s).toString(), o.value(u"slug"_s).toString(), o.value(u"name"_s).toString(),
                              o.value(u"type"_s).toString(), o.value(u"internal_numeric_id"_s).toInteger()});
    }
    QList<App> apps;
    const QJsonArray appList = json.value(u"apps"_s).toArray();
    for (const QJsonValue &value : appList) {
        const QJsonObject a = value.toObject();
        apps.append({a.value(u"id"_s).toString(), a.value(u"name"_s).toString(), a.value(u"org_slug"_s).toString(), a.value(u"status"_s).toString(),
                     a.value(u"network"_s).toString(), a.value(u"internal_numeric_id"_s).toInteger(), timeFrom(a.value(u"created_at"_s))});
    }
    platform.apps().restore(organizations, apps, json.value(u"next_numeric_id"_s).toInteger(platform.apps().nextNumericId()));
    QHash<QString, QList<Machine>> machines;
    const QJsonArray machineList = json.value(u"machines"_s).toArray();
    for (const QJsonValue &value : machineList) {
        if (const std::optional<Machine> m = machineFrom(value.toObject()))
            machines[m->appName].append(*m);
    }
    platform.machines().restore(machines);
    QList<Volume> volumes;
    const QJsonArray volumeList = json.value(u"volumes"_s).toArray();
    for (const QJsonValue &value : volumeList)
        volumes.append(volumeFrom(value.toObject()));
    platform.volumes().restore(volumes);
    QHash<QString, QList<Secret>> secrets;
    QHash<QString, int> versions;
    const QJsonObject byApp = json.value(u"secrets"_s).toObject();
    for (auto it = byApp.constBegin(); it != byApp.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        versions.insert(it.key(), entry.value(u"version"_s).toInt());
        const QJsonArray secretList = entry.value(u"secrets"_s).toArray();
        for (const QJsonValue &value : secretList) {
            const QJsonObject s = value.toObject();
            secrets[it.key()].append({s.value(u"name"_s).toString(), s.value(u"value"_s).toString(), timeFrom(s.value(u"created_at"_s)), timeFrom(s.value(u"updated_at"_s))});
        }
    }
    platform.secrets().restore(secrets, versions);
    return true;
}

StateFile::StateFile(const QString &path, Platform *platform, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_platform(platform)
{
    connect(platform, &Platform::changed, this, [this] {
        if (m_savePending)
            return;
        m_savePending = true;
        QTimer::singleShot(50, this, [this] {
            m_savePending = false;
            QString error;
            if (!save(&error))
                QTextStream(stderr) << "flightdeck-sim: cannot save " << m_path << ": " << error << '\n';
        });
    });
}

bool StateFile::load(QString *error)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return false;
    }
    return stateFromJson(*m_platform, document.object(), error);
}

bool StateFile::save(QString *error) const
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(stateToJson(*m_platform)).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Sim
