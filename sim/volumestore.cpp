#include "sim/volumestore.h"

#include "sim/ids.h"
#include "sim/regions.h"
#include "sim/wire.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Sim {

namespace {

Reply volumeNotFound()
{
    return Reply::error(404, u"not_found: volume not found"_s);
}

} // namespace

VolumeStore::VolumeStore(QObject *parent)
    : QObject(parent)
{
}

QJsonObject VolumeStore::json(const Volume &v)
{
    const qint64 bytes = qint64(v.sizeGb) * 1024 * 1024 * 1024;
    const auto idOrNull = [](const QString &id) { return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id); };
    return QJsonObject{
        {u"id"_s, v.id},
        {u"name"_s, v.name},
        {u"state"_s, v.state},
        {u"size_gb"_s, v.sizeGb},
        {u"region"_s, v.region},
        {u"zone"_s, u"a1b2"_s},
        {u"encrypted"_s, v.encrypted},
        {u"attached_machine_id"_s, idOrNull(v.attachedMachineId)},
        {u"attached_alloc_id"_s, idOrNull(v.attachedAllocId)},
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

const Volume *VolumeStore::find(const QString &appName, const QString &id) const
{
    for (const Volume &v : m_volumes) {
        if (v.appName == appName && v.id == id)
            return &v;
    }
    return nullptr;
}

Volume *VolumeStore::find(const QString &appName, const QString &id)
{
    return const_cast<Volume *>(std::as_const(*this).find(appName, id));
}

Reply VolumeStore::create(const QString &appName, const QJsonObject &body)
{
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
    return Reply::json(json(v));
}

Reply VolumeStore::list(const QString &appName) const
{
    QJsonArray list;
    for (const Volume &v : m_volumes) {
        if (v.appName == appName)
            list.append(json(v));
    }
    return Reply::json(list);
}

Reply VolumeStore::get(const QString &appName, const QString &id) const
{
    const Volume *v = find(appName, id);
    return v ? Reply::json(json(*v)) : volumeNotFound();
}

Reply VolumeStore::destroy(const QString &appName, const QString &id)
{
    Volume *v = find(appName, id);
    if (!v)
        return volumeNotFound();
    if (!v->attachedMachineId.isEmpty())
        return Reply::error(412, u"failed_precondition: volume %1 is attached to machine %2; destroy the machine first"_s.arg(v->id, v->attachedMachineId));
    // Like the real platform, a deleted volume stays listed for a while:
    // pending_destroy, then destroying, then gone.
    v->state = u"pending_destroy"_s;
    const QString volumeId = v->id;
    QTimer::singleShot(m_destroyMs / 2, this, [this, volumeId] { setState(volumeId, u"destroying"_s); });
    QTimer::singleShot(m_destroyMs, this, [this, volumeId] { setState(volumeId, {}); });
    Q_EMIT changed();
    return Reply::json(json(*v));
}

int VolumeStore::count(const QString &appName) const
{
    return int(std::count_if(m_volumes.cbegin(), m_volumes.cend(), [&](const Volume &v) { return v.appName == appName; }));
}

void VolumeStore::removeApp(const QString &appName)
{
    m_volumes.removeIf([&](const Volume &v) { return v.appName == appName; });
}

std::optional<Reply> VolumeStore::checkMountable(const QString &appName, const QString &id, const QString &region) const
{
    const Volume *volume = find(appName, id);
    if (!volume)
        return Reply::error(404, u"not_found: volume %1 not found"_s.arg(id));
    if (volume->region != region)
        return Reply::error(400, u"Mounts source volume \"%1\" is in the wrong region (\"%2\" != \"%3\")"_s.arg(volume->id, volume->region, region));
    if (!volume->attachedMachineId.isEmpty())
        return Reply::error(412, u"failed_precondition: volume %1 is already attached to machine %2"_s.arg(volume->id, volume->attachedMachineId));
    if (!volume->attachedAllocId.isEmpty())
        return Reply::error(412, u"failed_precondition: volume %1 is held by allocation %2"_s.arg(volume->id, volume->attachedAllocId));
    if (volume->state != "created"_L1)
        return Reply::error(412, u"failed_precondition: volume %1 is %2, not created"_s.arg(volume->id, volume->state));
    return std::nullopt;
}

void VolumeStore::attach(const QString &id, const QString &machineId)
{
    for (Volume &volume : m_volumes) {
        if (volume.id == id)
            volume.attachedMachineId = machineId;
    }
}

void VolumeStore::detachFrom(const QString &machineId)
{
    for (Volume &volume : m_volumes) {
        if (volume.attachedMachineId == machineId)
            volume.attachedMachineId.clear();
    }
}

bool VolumeStore::setState(const QString &id, const QString &state, const std::optional<QString> &allocId)
{
    for (qsizetype i = 0; i < m_volumes.size(); ++i) {
        if (m_volumes[i].id != id)
            continue;
        if (state.isEmpty() && !allocId) {
            m_volumes.removeAt(i);
        } else {
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

} // namespace Sim
