#include "sim/trackingserver.h"

#include <sys/socket.h>

namespace Sim {

void ConnectionTracker::track(QTcpSocket *socket)
{
    const quint16 port = socket->peerPort();
    m_sockets.insert(port, socket);
    QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, port] { m_sockets.remove(port); });
}

void ConnectionTracker::reset(quint16 peerPort)
{
    const QPointer<QTcpSocket> socket = m_sockets.take(peerPort);
    if (!socket)
        return;
    // Linger 0: closing sends RST instead of FIN.
    const linger immediate{1, 0};
    ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &immediate, sizeof immediate);
    socket->abort();
}

void TrackingServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    m_tracker->track(socket);
    addPendingConnection(socket);
    Q_EMIT newConnection();
}

} // namespace Sim
