#pragma once

#include "sim/model.h"
#include "sim/reply.h"

#include <QList>
#include <QObject>

#include <optional>

namespace Sim {

// An app's volumes: create, list, destroy (pending_destroy, then destroying,
// then gone, as the real platform shows it), and which Machine holds each.
// The caller has checked that the app exists.
class VolumeStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeStore)

public:
    explicit VolumeStore(QObject *parent = nullptr);

    Reply create(const QString &appName, const QJsonObject &body);
    Reply list(const QString &appName) const;
    Reply get(const QString &appName, const QString &id) const;
    Reply destroy(const QString &appName, const QString &id);
    int count(const QString &appName) const;
    void removeApp(const QString &appName);

    // Why a Machine in `region` cannot mount the volume, or nullopt: it must
    // be the app's, free, created and in that region.
    std::optional<Reply> checkMountable(const QString &appName, const QString &id, const QString &region) const;
    void attach(const QString &id, const QString &machineId);
    void detachFrom(const QString &machineId);
    // Fixtures and the destroy sequence: a new state (empty with no allocation:
    // the volume is gone) and, when given, the allocation holding it.
    bool setState(const QString &id, const QString &state, const std::optional<QString> &allocId = std::nullopt);

    static QJsonObject json(const Volume &volume);

    // For the demo data and the state file.
    void add(const Volume &volume) { m_volumes.append(volume); }
    const QList<Volume> &volumes() const { return m_volumes; }
    void restore(const QList<Volume> &volumes) { m_volumes = volumes; }

Q_SIGNALS:
    void changed();

private:
    const Volume *find(const QString &appName, const QString &id) const;
    Volume *find(const QString &appName, const QString &id);

    QList<Volume> m_volumes;
    int m_destroyMs = 4000; // from pending_destroy to gone
};

} // namespace Sim
