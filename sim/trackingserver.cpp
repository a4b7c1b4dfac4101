#include "trackingserver.h"

#include <sys/socket.h>

namespace Sim {

void TrackingServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const quint16 port = socket->peerPort();
    m_sockets.insert(port, socket);
    connect(socket, &QTcpSocket::disconnected, this, [this, port] { m_sockets.remove(port); });
    addPendingConnection(socket);
    Q_EMIT newConnection();
}

void TrackingServer::reset(quint16 peerPort)
{
    const QPointer<QTcpSocket> socket = m_sockets.take(peerPort);
    if (!socket)
        return;
    // Linger 0: closing sends RST instead of FIN.
    const linger immediate{1, 0};
    ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &immediate, sizeof immediate);
    socket->abort();
}

} // namespace Sim
