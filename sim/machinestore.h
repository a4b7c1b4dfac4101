#pragma once

#include "sim/model.h"
#include "sim/reply.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>

#include <optional>

namespace Sim {

// Each app's Machines as records: lookups, the list (which, like the real
// one, shows a new Machine only after a lag), events and leases. Changing a
// Machine's state is the lifecycle's (MachineLifecycle). The caller has
// checked that the app exists.
class MachineStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MachineStore)

public:
    explicit MachineStore(QObject *parent = nullptr);

    // How long a new Machine stays out of lists (GET by id finds it at once).
    void setListLagMs(int ms) { m_listLagMs = ms; }
    int listLagMs() const { return m_listLagMs; }

    const Machine *machine(const QString &appName, const QString &id) const;
    Machine *find(const QString &appName, const QString &id);
    // A live (not destroyed) Machine of the app with this name.
    bool nameTaken(const QString &appName, const QString &name) const;
    int count(const QString &appName) const; // live Machines
    Machine &add(const Machine &machine);
    void forget(const QString &appName, const QString &id);
    QList<Machine> removeApp(const QString &appName);

    Reply get(const QString &appName, const QString &id) const;
    Reply list(const QString &appName, const QMap<QString, QString> &query) const;
    Reply events(const QString &appName, const QString &id, int limit) const;
    static QJsonObject json(const Machine &machine);

    // Leases: a held lease refuses every change that does not bring its nonce.
    std::optional<Reply> checkLease(const Machine &machine, const QByteArray &nonce) const;
    Reply acquireLease(const QString &appName, const QString &id, int ttlSeconds, const QString &description, const QByteArray &nonce);
    Reply getLease(const QString &appName, const QString &id) const;
    Reply releaseLease(const QString &appName, const QString &id, const QByteArray &nonce);

    // For the state file.
    const QHash<QString, QList<Machine>> &machines() const { return m_machines; }
    void restore(const QHash<QString, QList<Machine>> &machines) { m_machines = machines; }

Q_SIGNALS:
    void changed();

private:
    QHash<QString, QList<Machine>> m_machines; // by app name
    int m_listLagMs = 2000;
};

// Machine and lease errors, as the API words them.
Reply machineNotFound();

} // namespace Sim
