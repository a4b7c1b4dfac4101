#pragma once

#include "sim/control.h"
#include "sim/ratelimiter.h"
#include "sim/reply.h"
#include "sim/trackingserver.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QHttpServerResponder;
class QTimer;

namespace Sim {

class GraphQl;
class ImageResolver;
class Platform;


// The HTTP face of the simulator. One entry point reads each request, then:
// control requests under /_sim/ are answered at once; API requests get the
// configured latency, scripted faults, the 1 MiB body limit, auth, rate
// limits, and finally their route. Every answer carries fly-request-id and is
// logged for /_sim/requests.
class SimApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimApi)

public:
    SimApi(Platform *platform, ImageResolver *images, Control *control, QObject *parent = nullptr);
    ~SimApi() override;

    void addToken(const QString &token) { m_tokens.append(token); }
    RateLimiter &rateLimiter() { return m_rateLimiter; }

    // Loopback only; port 0 picks a free one. With `tls`, HTTPS (HTTP/2 or 1.1 by ALPN).
    bool listen(quint16 port, const std::optional<QSslConfiguration> &tls = std::nullopt);
    bool isTls() const;
    quint16 port() const;
    QString errorString() const { return m_errorString; }

    static constexpr qsizetype kBodyLimit = qsizetype(1024) * 1024;

private:
    struct Exchange;
    using ExchangePtr = std::shared_ptr<Exchange>;
    struct Waiter;
    using Handler = std::function<void(const ExchangePtr &, const QStringList &parameters)>;
    // One route (routes.cpp): a method, a path whose "*" segments are the
    // handler's parameters, and who may use it: anyone (Open), a client with
    // a token within the rate limits (Token), and for an app's resources
    // only while the app exists (App).
    struct Route
    {
        enum class Access { Open, Token, App };
        QString method;
        QStringList pattern;
        Access access;
        Handler handle;
    };

    void accept(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void process(const ExchangePtr &exchange);
    void carryOut(const ExchangePtr &exchange); // after the faults: the body limit, then the route
    void route(const ExchangePtr &exchange);
    static void addRoute(QList<Route> &table, const QString &method, const QString &path, Route::Access access, Handler handler);
    void addApiRoutes();
    void addControlRoutes();
    void dispatch(const QList<Route> &table, const ExchangePtr &exchange);
    std::optional<Reply> admit(const ExchangePtr &exchange, const Route &route, const QStringList &segments, const QStringList &parameters);
    void withBody(const ExchangePtr &exchange, const std::function<Reply(const QJsonObject &)> &handle);
    void createOrUpdateMachine(const ExchangePtr &exchange, const QString &appName, const QString &machineId);
    void wait(const ExchangePtr &exchange, const QString &appName, const QString &machineId);
    void checkWaiters(const QString &appName, const QString &machineId);
    void control(const ExchangePtr &exchange);
    void respond(const ExchangePtr &exchange, const Reply &reply);
    void logExchange(const Exchange &exchange, int status);
    bool isAuthorized(const QByteArray &authorization) const;
    std::optional<Reply> rateLimit(const ExchangePtr &exchange, const QStringList &segments);

    Platform *m_platform;
    ImageResolver *m_images;
    Control *m_control;
    std::unique_ptr<GraphQl> m_graphql;
    QHttpServer m_server;
    QTcpServer *m_tcpServer = nullptr;
    ConnectionTracker m_connections;
    bool m_tls = false;
    RateLimiter m_rateLimiter;
    QStringList m_tokens;
    QString m_errorString;
    QList<std::shared_ptr<Waiter>> m_waiters;
    QList<ExchangePtr> m_hanging;
    QList<Route> m_routes;
    QList<Route> m_controlRoutes;
};

} // namespace Sim
