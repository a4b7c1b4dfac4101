#pragma once

#include "sim/appstore.h"
#include "sim/lifecycle.h"
#include "sim/logstore.h"
#include "sim/machinestore.h"
#include "sim/model.h"
#include "sim/reply.h"
#include "sim/secretstore.h"
#include "sim/volumestore.h"

#include <QObject>

namespace Sim {

// The simulated platform: its stores (apps, Machines, volumes, secrets), the
// Machine lifecycle, and the operations that span them (a create checks the
// app, its secrets version, the volume, then launches). Every operation
// returns the HTTP reply the real API gives for it. The state file
// (statefile.cpp) keeps the stores between runs.
class Platform final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Platform)

public:
    explicit Platform(QObject *parent = nullptr);

    // Demo data for `tools/dev run`: organizations, an app, a volume, a secret.
    void addDemoData();

    void setNearestRegion(const QString &code) { m_nearestRegion = code; }
    QString nearestRegion() const { return m_nearestRegion; }
    // No room left in `region` for Machines of `cpuKind` (empty: of any kind).
    void addFullRegion(const QString &region, const QString &cpuKind) { m_full.append({region, cpuKind}); }
    bool hasCapacity(const QString &region, const QString &cpuKind) const;
    // POST /v1/platform/placements: where `count` Machines of a size would go.
    Reply placements(const QJsonObject &body) const;

    AppStore &apps() { return m_apps; }
    const AppStore &apps() const { return m_apps; }
    MachineStore &machines() { return m_machines; }
    const MachineStore &machines() const { return m_machines; }
    VolumeStore &volumes() { return m_volumes; }
    const VolumeStore &volumes() const { return m_volumes; }
    SecretStore &secrets() { return m_secrets; }
    const SecretStore &secrets() const { return m_secrets; }
    LogStore &logs() { return m_logs; }
    const LogStore &logs() const { return m_logs; }
    MachineLifecycle &lifecycle() { return m_lifecycle; }
    const MachineLifecycle &lifecycle() const { return m_lifecycle; }

    // `imageRef` is the resolved image (see ImageResolver). The app exists.
    Reply createMachine(const QString &appName, const QJsonObject &body, const QJsonObject &imageRef);
    Reply updateMachine(const QString &appName, const QString &id, const QJsonObject &body, const QJsonObject &imageRef, const QByteArray &nonce);
    // The app and everything it holds.
    Reply deleteApp(const QString &name);

Q_SIGNALS:
    // A Machine's state or version changed (waiters re-check their condition).
    void machineChanged(const QString &appName, const QString &id);
    // Anything persistent changed.
    void changed();

private:
    std::optional<Reply> checkSecretsVersion(const QString &appName, const QJsonValue &minimum) const;

    AppStore m_apps;
    MachineStore m_machines;
    VolumeStore m_volumes;
    SecretStore m_secrets;
    LogStore m_logs; // before the lifecycle, which writes to it
    MachineLifecycle m_lifecycle;
    QString m_nearestRegion = QStringLiteral("ams");
    QList<std::pair<QString, QString>> m_full; // (region, cpu kind or empty)
};

// The API's answer for an app that does not exist.
Reply appNotFound();

} // namespace Sim
