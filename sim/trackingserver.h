#pragma once

#include <QHash>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace Sim {

// A QTcpServer that remembers its connections by the client's port, so a
// scripted fault can reset the very connection a request came on.
class TrackingServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackingServer)

public:
    explicit TrackingServer(QObject *parent = nullptr)
        : QTcpServer(parent)
    {
    }

    // Aborts the connection from this client port with a TCP reset.
    void reset(quint16 peerPort);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QHash<quint16, QPointer<QTcpSocket>> m_sockets;
};

} // namespace Sim
