#pragma once

#include "healthchecks.h"
#include "reply.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <optional>

namespace Sim {

struct Organization
{
    QString id;
    QString slug;
    QString name;
    QString type = QStringLiteral("PERSONAL"); // PERSONAL or SHARED
    qint64 internalNumericId = 0;
};

struct App
{
    QString id;
    QString name;
    QString orgSlug;
    QString status = QStringLiteral("pending");
    QString network = QStringLiteral("default");
    qint64 internalNumericId = 0;
    QDateTime createdAt;
};

struct Lease
{
    QString nonce;
    QString owner;
    QString description;
    qint64 expiresAt = 0; // Unix seconds
};

struct Machine
{
    QString id;
    QString appName;
    QString name;
    QString region;
    QString state;
    QString instanceId;
    QString privateIp;
    QJsonObject config;
    QJsonObject imageRef;
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonArray events; // newest first
    QJsonArray checks; // as flyd reports them; empty until the first start
    int restartCount = 0;
    std::optional<Lease> lease;
    quint64 generation = 0; // bumped on every transition; stale timers compare it
};

struct Volume
{
    QString id;
    QString appName;
    QString name;
    QString region;
    QString state = QStringLiteral("created");
    int sizeGb = 3;
    bool encrypted = true;
    QString attachedMachineId;
    QString attachedAllocId; // held by an allocation (a Machine being placed)
    QDateTime createdAt;
    int snapshotRetention = 5;
    bool autoBackupEnabled = true;
};

struct Secret
{
    QString name;
    QString value;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A scripted process exit: Machines whose image matches `imagePattern` (a
// wildcard, "*" for all) exit with `exitCode` `afterMs` after they start.
struct ExitScenario
{
    QString imagePattern;
    int exitCode = 0;
    int afterMs = 0;
};

// The simulated platform: organizations, apps, Machines, volumes, secrets,
// and the Machine lifecycle with its timers. Every operation returns the
// HTTP reply the real API gives for it.
class Platform final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Platform)

public:
    explicit Platform(QObject *parent = nullptr);

    // Demo data for `tools/dev run`: an organization, an app, a volume, a secret.
    void addDemoData();
    void addOrganization(const Organization &org);

    void setBootDelayMs(int ms) { m_bootDelayMs = ms; }
    int bootDelayMs() const { return m_bootDelayMs; }
    // How long a new Machine stays out of lists (GET by id finds it at once).
    void setListLagMs(int ms) { m_listLagMs = ms; }
    int listLagMs() const { return m_listLagMs; }
    void setNearestRegion(const QString &code) { m_nearestRegion = code; }
    QString nearestRegion() const { return m_nearestRegion; }
    void addExitScenario(const ExitScenario &scenario) { m_exitScenarios.append(scenario); }
    void clearExitScenarios() { m_exitScenarios.clear(); }
    const QList<ExitScenario> &exitScenarios() const { return m_exitScenarios; }
    // Health checks pass this long after a start unless a scenario says otherwise.
    void setCheckPassMs(int ms) { m_checkPassMs = ms; }
    int checkPassMs() const { return m_checkPassMs; }
    void addCheckScenario(const CheckScenario &scenario) { m_checkScenarios.append(scenario); }
    void clearCheckScenarios() { m_checkScenarios.clear(); }

    // Apps
    const QList<Organization> &organizations() const { return m_organizations; }
    std::optional<Organization> organization(const QString &slug) const;
    const App *app(const QString &name) const;
    Reply createApp(const QJsonObject &body);
    Reply getApp(const QString &name) const;
    Reply listApps(const QString &orgSlug) const;
    Reply deleteApp(const QString &name);
    QJsonObject appJson(const App &app) const;
    static bool isValidAppName(const QString &name);

    // Machines. `imageRef` is the resolved image (see ImageResolver).
    Reply createMachine(const QString &appName, const QJsonObject &body, const QJsonObject &imageRef);
    Reply updateMachine(const QString &appName, const QString &id, const QJsonObject &body, const QJsonObject &imageRef, const QByteArray &nonce);
    Reply getMachine(const QString &appName, const QString &id) const;
    Reply listMachines(const QString &appName, const QMap<QString, QString> &query) const;
    Reply startMachine(const QString &appName, const QString &id, const QByteArray &nonce);
    Reply stopMachine(const QString &appName, const QString &id, const QByteArray &body, const QByteArray &nonce);
    Reply suspendMachine(const QString &appName, const QString &id, const QByteArray &nonce);
    Reply restartMachine(const QString &appName, const QString &id, const QByteArray &nonce);
    Reply destroyMachine(const QString &appName, const QString &id, bool force, const QByteArray &nonce);
    Reply machineEvents(const QString &appName, const QString &id, int limit) const;
    Reply acquireLease(const QString &appName, const QString &id, int ttlSeconds, const QString &description, const QByteArray &nonce);
    Reply getLease(const QString &appName, const QString &id) const;
    Reply releaseLease(const QString &appName, const QString &id, const QByteArray &nonce);
    const Machine *machine(const QString &appName, const QString &id) const;
    QJsonObject machineJson(const Machine &machine) const;
    // Validates a create/update config the way the API does; the error reply or nullopt.
    std::optional<Reply> checkConfig(const QJsonObject &config) const;

    // Volumes
    Reply createVolume(const QString &appName, const QJsonObject &body);
    Reply listVolumes(const QString &appName) const;
    Reply getVolume(const QString &appName, const QString &id) const;
    Reply deleteVolume(const QString &appName, const QString &id);
    // Fixtures and the destroy sequence: a new state (empty with no allocation:
    // the volume is gone) and, when given, the allocation holding it.
    bool setVolumeState(const QString &id, const QString &state, const std::optional<QString> &allocId = std::nullopt);

    // Secrets
    Reply listSecrets(const QString &appName) const;
    Reply setSecrets(const QString &appName, const QJsonObject &body);
    Reply deleteSecret(const QString &appName, const QString &name);

    // Persistence
    QJsonObject toJson() const;
    bool fromJson(const QJsonObject &json, QString *error);

Q_SIGNALS:
    // A Machine's state or version changed (waiters re-check their condition).
    void machineChanged(const QString &appName, const QString &id);
    // Anything persistent changed.
    void changed();

private:
    Machine *findMachine(const QString &appName, const QString &id);
    std::optional<Reply> checkLease(const Machine &machine, const QByteArray &nonce) const;
    void addEvent(Machine &machine, const QString &type, const QString &status, const QString &source, const QJsonObject &request = {});
    void setState(Machine &machine, const QString &state);
    void scheduleTransition(Machine &machine, int delayMs, void (Platform::*step)(const QString &, const QString &));
    void beginStart(Machine &machine);
    void finishStart(const QString &appName, const QString &id);
    void processExited(const QString &appName, const QString &id);
    void checksPassed(const QString &appName, const QString &id);
    void finishStop(const QString &appName, const QString &id);
    void finishSuspend(const QString &appName, const QString &id);
    void finishDestroy(const QString &appName, const QString &id);
    void runSchedule(const QString &appName, const QString &id);
    void forget(const QString &appName, const QString &id);
    void detachVolumes(const Machine &machine);
    std::optional<ExitScenario> exitScenarioFor(const Machine &machine) const;
    CheckScenario checkScenarioFor(const Machine &machine) const;
    int secretsVersion(const QString &appName) const;

    QList<Organization> m_organizations;
    QList<App> m_apps;
    QHash<QString, QList<Machine>> m_machines; // by app name
    QList<Volume> m_volumes;
    QHash<QString, QList<Secret>> m_secrets; // by app name
    QHash<QString, int> m_secretVersions;
    QList<ExitScenario> m_exitScenarios;
    QList<CheckScenario> m_checkScenarios;
    int m_checkPassMs = 1500;
    int m_bootDelayMs = 500;
    int m_listLagMs = 2000;
    int m_volumeDestroyMs = 4000; // from pending_destroy to gone
    QString m_nearestRegion = QStringLiteral("ams");
    qint64 m_nextNumericId = 1000;
};

} // namespace Sim
