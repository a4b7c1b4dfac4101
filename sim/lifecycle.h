#pragma once

#include "sim/healthchecks.h"
#include "sim/model.h"
#include "sim/reply.h"

#include <QList>
#include <QObject>

#include <optional>
#include <variant>

namespace Sim {

class LogStore;
class MachineStore;
class VolumeStore;

// A scripted process exit: Machines whose image matches `imagePattern` (a
// wildcard, "*" for all) exit with `exitCode` `afterMs` after they start.
struct ExitScenario
{
    QString imagePattern;
    int exitCode = 0;
    int afterMs = 0;
};

// A Machine's life after its create: starting, started (with its health
// checks), exits and the restart policy, stop, suspend, restart, schedules
// and destroy, each step after a delay as on the real platform, each written
// to the app's log as the host and the Machine's init print it. A timer that
// fires for a Machine that has moved on since does nothing.
class MachineLifecycle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MachineLifecycle)

public:
    MachineLifecycle(MachineStore *machines, VolumeStore *volumes, LogStore *logs, QObject *parent = nullptr);

    void setBootDelayMs(int ms) { m_bootDelayMs = ms; }
    int bootDelayMs() const { return m_bootDelayMs; }
    void addExitScenario(const ExitScenario &scenario) { m_exitScenarios.append(scenario); }
    void clearExitScenarios() { m_exitScenarios.clear(); }
    // Health checks pass this long after a start unless a scenario says otherwise.
    void setCheckPassMs(int ms) { m_checkPassMs = ms; }
    int checkPassMs() const { return m_checkPassMs; }
    void addCheckScenario(const CheckScenario &scenario) { m_checkScenarios.append(scenario); }
    void clearCheckScenarios() { m_checkScenarios.clear(); }

    // A new Machine: started, left created (skip_launch, standbys), or stopped
    // until its schedule's first run.
    void launch(Machine &machine, bool skipLaunch);
    // An updated Machine: replaced, and started again if it was running.
    void replace(Machine &machine, bool skipLaunch);

    Reply start(const QString &appName, const QString &id, const QByteArray &nonce);
    Reply stop(const QString &appName, const QString &id, const QByteArray &body, const QByteArray &nonce);
    Reply suspend(const QString &appName, const QString &id, const QByteArray &nonce);
    Reply restart(const QString &appName, const QString &id, const QByteArray &nonce);
    Reply destroy(const QString &appName, const QString &id, bool force, const QByteArray &nonce);

    static void addEvent(Machine &machine, const QString &type, const QString &status, const QString &source, const QJsonObject &request = {});

Q_SIGNALS:
    // A Machine's state or version changed (waiters re-check their condition).
    void machineChanged(const QString &appName, const QString &id);
    void changed();

private:
    using Step = void (MachineLifecycle::*)(const QString &, const QString &);

    // The Machine if it can be changed: it exists, is not destroyed, and no
    // one else holds its lease; else the error.
    std::variant<Machine *, Reply> changeable(const QString &appName, const QString &id, const QByteArray &nonce);
    void setState(Machine &machine, const QString &state);
    void scheduleTransition(Machine &machine, int delayMs, Step step);
    void beginStart(Machine &machine);
    void finishStart(const QString &appName, const QString &id);
    void pullFailed(const QString &appName, const QString &id);
    void processExited(const QString &appName, const QString &id);
    void checksPassed(const QString &appName, const QString &id);
    void finishStop(const QString &appName, const QString &id);
    void finishSuspend(const QString &appName, const QString &id);
    void finishDestroy(const QString &appName, const QString &id);
    void runSchedule(const QString &appName, const QString &id);
    void forget(const QString &appName, const QString &id);
    // A --exit scenario, else what the image's process does (processes.h).
    std::optional<ExitScenario> exitScenarioFor(const Machine &machine) const;
    // A line of the Machine's log, `inMs` from now.
    void log(const Machine &machine, const QString &provider, const QString &message, int inMs = 0, const QString &level = QStringLiteral("info"));
    CheckScenario checkScenarioFor(const Machine &machine) const;

    MachineStore *m_machines;
    VolumeStore *m_volumes;
    LogStore *m_logs;
    QList<ExitScenario> m_exitScenarios;
    QList<CheckScenario> m_checkScenarios;
    int m_checkPassMs = 1500;
    int m_bootDelayMs = 500;
};

} // namespace Sim
