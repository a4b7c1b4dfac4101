#pragma once

#include <QHttpServer>
#include <QObject>
#include <QStringList>

class QNetworkAccessManager;
class QTcpServer;

namespace Sim {

class Control;
class Platform;

// Fly's registry as clients meet it, in front of a real OCI registry
// (Debian's docker-registry): basic auth with the API token as password
// (user "x"), and a repository is an app — pulls and pushes for an app that
// does not exist are refused with NAME_UNKNOWN, as registry.fly.io refuses
// them. Everything else is passed to the registry behind it, unchanged.
class RegistryFront final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryFront)

public:
    // Every request is logged in `control` (service "registry"), without its body.
    RegistryFront(const Platform *platform, Control *control, const QString &backend, QObject *parent = nullptr);

    void setTokens(const QStringList &tokens) { m_tokens = tokens; }
    // Loopback only; port 0 picks a free one.
    bool listen(quint16 port = 0);
    QString hostAndPort() const;
    QString backend() const { return m_backend; }

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &responder);
    bool isAuthorized(const QByteArray &authorization) const;

    const Platform *m_platform;
    Control *m_control;
    QString m_backend;
    QStringList m_tokens;
    QHttpServer m_server;
    QTcpServer *m_tcp = nullptr;
    QNetworkAccessManager *m_network;
};

} // namespace Sim
