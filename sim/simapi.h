#pragma once

#include "simstate.h"

#include <QHttpServer>
#include <QObject>

class QTcpServer;

namespace Sim {

// The HTTP face of the simulator: the /v1 routes, auth, error bodies and the
// fly-request-id header every answer carries.
class SimApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimApi)

public:
    explicit SimApi(SimState state, QObject *parent = nullptr);

    // Listens on loopback only; port 0 picks a free one. Returns false with
    // the reason in errorString() when the port cannot be taken.
    bool listen(quint16 port);
    quint16 port() const;
    QString errorString() const;

private:
    void addRoutes();

    SimState m_state;
    QHttpServer m_server;
    QTcpServer *m_tcpServer = nullptr;
    QString m_errorString;
};

} // namespace Sim
