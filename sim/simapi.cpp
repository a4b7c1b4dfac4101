#include "sim/simapi.h"

#include "sim/exchange.h"

#include "sim/graphql.h"
#include "sim/imageresolver.h"
#include "sim/platform.h"
#include "sim/trackingserver.h"
#include "sim/wire.h"

#include <QHttpHeaders>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Sim {

using namespace Http;

struct SimApi::Waiter
{
    QString appName;
    QString machineId;
    QStringList states;
    QString version;
    ExchangePtr exchange;
    QTimer *timer = nullptr;
};

namespace {

QByteArray newRequestId()
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QByteArray id;
    for (int i = 0; i < 26; ++i)
        id.append(alphabet[QRandomGenerator::global()->bounded(32)]);
    return id + "-sim";
}

} // namespace

SimApi::SimApi(Platform *platform, ImageResolver *images, Control *control, QObject *parent)
    : QObject(parent)
    , m_platform(platform)
    , m_images(images)
    , m_control(control)
    , m_graphql(std::make_unique<GraphQl>(*platform))
{
    // Every request arrives here: no route is registered, so the "missing"
    // handler is the one entry point and routing stays in one place.
    m_server.setMissingHandler(this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) { accept(request, responder); });
    connect(m_platform, &Platform::machineChanged, this, &SimApi::checkWaiters);
    addApiRoutes();
    addControlRoutes();
}

SimApi::~SimApi() = default;

bool SimApi::listen(quint16 port, const std::optional<QSslConfiguration> &tls)
{
    if (tls) {
        // HTTP/2 offered first, as api.machines.dev does; HTTP/1.1 for clients that want it.
        auto *server = new QSslServer(this);
        QSslConfiguration configuration = *tls;
        configuration.setAllowedNextProtocols({QSslConfiguration::ALPNProtocolHTTP2, QSslConfiguration::NextProtocolHttp1_1});
        server->setSslConfiguration(configuration);
        connect(server, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) { m_connections.track(socket); });
        m_tcpServer = server;
        m_tls = true;
    } else {
        m_tcpServer = new TrackingServer(&m_connections, this);
    }
    if (!m_tcpServer->listen(QHostAddress::LocalHost, port) || !m_server.bind(m_tcpServer)) {
        m_errorString = m_tcpServer->errorString();
        return false;
    }
    return true;
}

bool SimApi::isTls() const
{
    return m_tls;
}

quint16 SimApi::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

bool SimApi::isAuthorized(const QByteArray &authorization) const
{
    const QString header = QString::fromUtf8(authorization).trimmed();
    QStringList candidates;
    if (header.startsWith("Bearer "_L1, Qt::CaseInsensitive))
        candidates.append(header.mid(7).trimmed());
    else if (header.startsWith("FlyV1 "_L1, Qt::CaseInsensitive))
        candidates = header.mid(6).split(u',', Qt::SkipEmptyParts);
    for (const QString &candidate : std::as_const(candidates)) {
        if (!candidate.trimmed().isEmpty() && m_tokens.contains(candidate.trimmed()))
            return true;
    }
    return false;
}

void SimApi::accept(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    auto exchange = std::make_shared<Exchange>();
    exchange->clock.start();
    exchange->method = methodName(request.method());
    exchange->path = request.url().path();
    exchange->query = request.query();
    exchange->headers = request.headers();
    exchange->body = request.body();
    exchange->remotePort = request.remotePort();
    exchange->remoteIsLoopback = request.remoteAddress().isLoopback();
    exchange->responder = std::make_unique<QHttpServerResponder>(std::move(responder));

    if (exchange->path.startsWith("/_sim/"_L1)) {
        control(exchange);
        return;
    }
    if (m_control->latencyMs() > 0)
        QTimer::singleShot(m_control->latencyMs(), this, [this, exchange] { process(exchange); });
    else
        process(exchange);
}

void SimApi::process(const ExchangePtr &exchange)
{
    if (const std::optional<Fault> fault = m_control->faultFor(exchange->method, exchange->path)) {
        switch (fault->action) {
        case Fault::Action::Respond: {
            Reply reply;
            reply.status = fault->status;
            const QJsonDocument document = QJsonDocument::fromJson(fault->body);
            reply.body = document.isObject() ? QJsonValue(document.object()) : QJsonValue(QString::fromUtf8(fault->body));
            if (!fault->retryAfter.isEmpty())
                reply.headers.append({"Retry-After", fault->retryAfter});
            respond(exchange, reply);
            return;
        }
        case Fault::Action::Reset:
            logExchange(*exchange, 0);
            exchange->answered = true;
            m_connections.reset(exchange->remotePort);
            return;
        case Fault::Action::Hang:
            logExchange(*exchange, 0);
            m_hanging.append(exchange); // never answered
            return;
        case Fault::Action::ResetAfter:
            exchange->resetInsteadOfAnswer = true;
            break;
        case Fault::Action::Delay:
            QTimer::singleShot(fault->delayMs, this, [this, exchange] { carryOut(exchange); });
            return;
        }
    }
    carryOut(exchange);
}

void SimApi::carryOut(const ExchangePtr &exchange)
{
    if (exchange->body.size() > kBodyLimit) {
        respond(exchange, Reply::error(413, u"request body too large: the limit is 1 MiB"_s));
        return;
    }
    route(exchange);
}

std::optional<Reply> SimApi::rateLimit(const ExchangePtr &exchange, const QStringList &segments)
{
    // Scope: the Machine for Machine actions, else the app (or the org list).
    QString scope = segments.value(2);
    QString action = exchange->method + u' ';
    if (segments.value(3) == "machines"_L1 && segments.size() >= 5) {
        scope = segments.value(4);
        action += segments.value(5, u"machine"_s);
    } else {
        action += segments.mid(3).join(u'/').section(u'/', 0, 0);
    }
    RateLimiter::Rule rule = exchange->method == "GET"_L1 ? RateLimiter::kRead : RateLimiter::kMutation;
    if (exchange->method == "DELETE"_L1 && segments.size() == 3)
        rule = RateLimiter::kAppDeletion, scope = u"*"_s;
    const int retryAfter = m_rateLimiter.take(action + u'|' + scope, rule);
    if (retryAfter == 0)
        return std::nullopt;
    Reply reply = Reply::error(429, u"rate limit exceeded"_s);
    reply.headers.append({"Retry-After", QByteArray::number(retryAfter)});
    return reply;
}

void SimApi::wait(const ExchangePtr &exchange, const QString &appName, const QString &machineId)
{
    const Machine *machine = m_platform->machines().machine(appName, machineId);
    if (!machine)
        return respond(exchange, Reply::error(404, u"not_found: machine not found"_s));

    QStringList states;
    const QStringList values = exchange->query.allQueryItemValues(u"state"_s);
    for (const QString &value : values)
        states += value.split(u',', Qt::SkipEmptyParts);
    if (states.isEmpty())
        states = {u"started"_s};
    static const QStringList known{u"started"_s, u"stopped"_s, u"suspended"_s, u"destroyed"_s, u"failed"_s, u"settled"_s};
    for (const QString &state : std::as_const(states)) {
        if (!known.contains(state))
            return respond(exchange, Reply::error(400, u"invalid_argument: invalid state \"%1\" to wait for"_s.arg(state)));
    }
    int timeout = 60;
    if (exchange->query.hasQueryItem(u"timeout"_s)) {
        bool ok = false;
        timeout = exchange->query.queryItemValue(u"timeout"_s).toInt(&ok);
        if (!ok || timeout < 1 || timeout > 60)
            return respond(exchange, Reply::error(400, u"invalid_argument: timeout must be between 1 and 60 seconds"_s));
    }

    auto waiter = std::make_shared<Waiter>();
    waiter->appName = appName;
    waiter->machineId = machineId;
    waiter->states = states;
    waiter->version = exchange->query.hasQueryItem(u"version"_s) ? exchange->query.queryItemValue(u"version"_s)
                                                                 : exchange->query.queryItemValue(u"instance_id"_s);
    waiter->exchange = exchange;
    waiter->timer = new QTimer(this);
    waiter->timer->setSingleShot(true);
    connect(waiter->timer, &QTimer::timeout, this, [this, waiter] {
        m_waiters.removeAll(waiter);
        waiter->timer->deleteLater();
        const Machine *current = m_platform->machines().machine(waiter->appName, waiter->machineId);
        const QString state = current ? current->state : u"destroyed"_s;
        respond(waiter->exchange,
                Reply::error(408, u"deadline_exceeded: machine failed to reach desired state, %1, currently %2"_s.arg(waiter->states.join(u", "_s), state)));
    });
    waiter->timer->start(timeout * 1000);
    m_waiters.append(waiter);
    checkWaiters(appName, machineId);
}

void SimApi::checkWaiters(const QString &appName, const QString &machineId)
{
    const Machine *machine = m_platform->machines().machine(appName, machineId);
    static const QStringList settling{u"starting"_s, u"stopping"_s, u"restarting"_s, u"suspending"_s, u"destroying"_s, u"replacing"_s, u"updating"_s, u"creating"_s};
    const QList<std::shared_ptr<Waiter>> waiters = m_waiters;
    for (const auto &waiter : waiters) {
        if (waiter->appName != appName || waiter->machineId != machineId)
            continue;
        const QString state = machine ? machine->state : u"destroyed"_s;
        Reply reply;
        if (machine && !waiter->version.isEmpty() && machine->instanceId != waiter->version) {
            reply = Reply::error(400, u"failed_precondition: machine version %1 is gone, currently replaced"_s.arg(waiter->version));
        } else if (waiter->states.contains(state) || (waiter->states.contains(u"settled"_s) && !settling.contains(state))) {
            reply = Reply::json(QJsonObject{{u"ok"_s, true},
                                            {u"state"_s, state},
                                            {u"version"_s, machine ? machine->instanceId : QString()},
                                            {u"event_id"_s, machine && !machine->events.isEmpty() ? machine->events.first().toObject().value(u"id"_s).toString() : QString()}});
        } else {
            continue;
        }
        m_waiters.removeAll(waiter);
        waiter->timer->stop();
        waiter->timer->deleteLater();
        respond(waiter->exchange, reply);
    }
}

void SimApi::logExchange(const Exchange &exchange, int status)
{
    m_control->log({exchange.method, exchange.path, status, exchange.clock.elapsed(), exchange.query.toString(QUrl::FullyEncoded), exchange.body, {}});
}

void SimApi::respond(const ExchangePtr &exchange, const Reply &reply)
{
    if (exchange->answered)
        return;
    exchange->answered = true;
    if (exchange->resetInsteadOfAnswer) {
        logExchange(*exchange, 0);
        m_connections.reset(exchange->remotePort);
        return;
    }
    QByteArray data;
    if (reply.body.isObject())
        data = QJsonDocument(reply.body.toObject()).toJson(QJsonDocument::Compact);
    else if (reply.body.isArray())
        data = QJsonDocument(reply.body.toArray()).toJson(QJsonDocument::Compact);
    else if (reply.body.isString())
        data = reply.body.toString().toUtf8();
    QHttpServerResponse response(reply.body.isUndefined() ? QByteArray("text/plain") : QByteArray("application/json"), data,
                                 static_cast<QHttpServerResponse::StatusCode>(reply.status));
    QHttpHeaders headers = response.headers();
    headers.append("fly-request-id", newRequestId());
    headers.append(QHttpHeaders::WellKnownHeader::Server, "Fly/flightdeck-sim");
    for (const auto &[name, value] : reply.headers)
        headers.append(name, value);
    response.setHeaders(std::move(headers));
    if (!exchange->path.startsWith("/_sim/"_L1)) // the log counts API round trips only
        logExchange(*exchange, reply.status);
    exchange->responder->sendResponse(response);
}

} // namespace Sim
