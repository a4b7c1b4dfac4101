#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace Sim {

// The simulator's connections by the client's port, so a scripted fault can
// reset the very connection a request came on (with HTTP/2, every stream on it).
class ConnectionTracker
{
public:
    void track(QTcpSocket *socket);
    // Aborts the connection from this client port with a TCP reset.
    void reset(quint16 peerPort);

private:
    QHash<quint16, QPointer<QTcpSocket>> m_sockets;
};

// A plain QTcpServer that tells the tracker about every connection. (Over
// TLS, QSslServer's startedEncryptionHandshake does the same.)
class TrackingServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackingServer)

public:
    explicit TrackingServer(ConnectionTracker *tracker, QObject *parent = nullptr)
        : QTcpServer(parent)
        , m_tracker(tracker)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ConnectionTracker *m_tracker;
};

} // namespace Sim
