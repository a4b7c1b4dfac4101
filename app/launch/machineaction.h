#pragma once

#include "app/api/apierror.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <QObject>
#include <QString>

#include <optional>

namespace Flightdeck {

class ApiClient;

// One change to a Machine that exists, made the way flyctl's `fly machine
// start|stop|restart|suspend|destroy|update` make it
// (internal/command/machine/*.go, internal/machine/lease.go): take the
// Machine's lease (120 s), make the change with the lease's nonce, wait until
// the Machine is where the change leads, give the lease back. A lease someone
// else holds ends the action at once, saying who holds it; flyctl waits for it
// instead, which in a window reads as a hang.
class MachineAction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MachineAction)

public:
    enum class Kind { Start, Stop, Restart, Suspend, Destroy, Update };

    struct Result
    {
        bool ok = false;
        bool conflict = false; // someone else holds the Machine's lease
        QString message;       // what happened, in words
        std::optional<ApiError> error;
        QString instanceId; // after an update: the new version
    };

    MachineAction(ApiClient *api, Kind kind, const QString &app, const QString &machineId, QObject *parent = nullptr);

    // Destroy: kill a Machine that is still running (`--force`).
    void setForce(bool force) { m_force = force; }
    // Update: the request to send, encoded once (the preview's bytes), and
    // whether the Machine ran before, so the update waits for it to run again.
    void setUpdate(const QByteArray &body, bool wasRunning);
    // How long the change may take to land: at most this many seconds of waiting.
    void setWaitSeconds(int seconds) { m_waitSeconds = seconds; }

    void start();
    Kind kind() const { return m_kind; }
    QString machineId() const { return m_machineId; }
    bool isRunning() const { return m_running; }

    // "Start", "Stop", …: the action's name on a button or in a menu.
    static QString title(Kind kind);

Q_SIGNALS:
    // The step under way, in words ("Taking the lease…").
    void progress(const QString &text);
    void finished(const Flightdeck::MachineAction::Result &result);

private:
    void acquireLease();
    void act();
    void waitFor(const QString &state, const QString &instanceId);
    void releaseLease(const QString &outcome);
    void fail(const QString &what, const ApiError &error);
    void finish(Result result);
    QString path(const QString &below = {}) const;
    QList<std::pair<QByteArray, QByteArray>> nonceHeader() const;
    // The state the change ends in, to wait for; empty when there is none to wait for.
    QString targetState() const;
    QString doneMessage() const;
    QString refusedMessage() const; // "Could not stop <id>", before the API's reason

    ApiClient *m_api;
    Kind m_kind;
    QString m_app;
    QString m_machineId;
    bool m_force = false;
    QByteArray m_updateBody;
    bool m_wasRunning = false;
    int m_waitSeconds = 120;
    QByteArray m_nonce;
    QString m_instanceId;
    QElapsedTimer m_waiting;
    bool m_running = false;
};

} // namespace Flightdeck
