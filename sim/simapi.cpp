#include "simapi.h"

#include "graphql.h"
#include "imageresolver.h"
#include "platform.h"
#include "regions.h"
#include "trackingserver.h"
#include "wire.h"

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

struct SimApi::Exchange
{
    QString method;
    QString path;
    QUrlQuery query;
    QHttpHeaders headers;
    QByteArray body;
    quint16 remotePort = 0;
    bool remoteIsLoopback = true;
    std::unique_ptr<QHttpServerResponder> responder;
    QElapsedTimer clock;
    bool answered = false;
    bool resetInsteadOfAnswer = false;

    QByteArray header(QAnyStringView name) const { return headers.combinedValue(name); }
    QJsonObject jsonBody(bool *ok) const
    {
        if (body.trimmed().isEmpty()) {
            *ok = true;
            return {};
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        *ok = error.error == QJsonParseError::NoError && document.isObject();
        return document.object();
    }
};

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

Reply badJson()
{
    return Reply::error(400, u"invalid_argument: the request body is not a JSON object"_s);
}

Reply methodNotAllowed(const QString &method, const QString &path)
{
    return Reply::error(405, u"method %1 is not allowed on %2"_s.arg(method, path));
}

QMap<QString, QString> queryMap(const QUrlQuery &query)
{
    QMap<QString, QString> map;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        map.insert(key, value);
    return map;
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
        }
    }
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

void SimApi::route(const ExchangePtr &exchange)
{
    const QString &method = exchange->method;
    const QString &path = exchange->path;
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts); // "v1", "apps", app, …

    if (path == "/v1/platform/regions"_L1) {
        if (method != "GET"_L1)
            return respond(exchange, methodNotAllowed(method, path));
        return respond(exchange, Reply::json(QJsonObject{{u"nearest"_s, m_platform->nearestRegion()}, {u"regions"_s, regionsJson()}}));
    }
    if (path == "/graphql"_L1) {
        if (!isAuthorized(exchange->header("authorization")))
            return respond(exchange, Reply::json(QJsonObject{{u"errors"_s, QJsonArray{QJsonObject{{u"message"_s, u"You must be authenticated to view this."_s}}}}}, 401));
        if (method != "POST"_L1)
            return respond(exchange, methodNotAllowed(method, path));
        bool ok = false;
        const QJsonObject body = exchange->jsonBody(&ok);
        return respond(exchange, ok ? m_graphql->execute(body) : badJson());
    }
    if (segments.value(0) != "v1"_L1 || segments.value(1) != "apps"_L1)
        return respond(exchange, Reply::error(404, u"not_found: no route for %1 %2"_s.arg(method, path)));
    if (!isAuthorized(exchange->header("authorization")))
        return respond(exchange, Reply::error(401, u"Authenticate: token validation error"_s));
    if (const std::optional<Reply> limited = rateLimit(exchange, segments))
        return respond(exchange, *limited);

    bool ok = false;
    if (segments.size() == 2) { // /v1/apps
        if (method == "GET"_L1)
            return respond(exchange, m_platform->listApps(exchange->query.queryItemValue(u"org_slug"_s)));
        if (method == "POST"_L1) {
            const QJsonObject body = exchange->jsonBody(&ok);
            return respond(exchange, ok ? m_platform->createApp(body) : badJson());
        }
        return respond(exchange, methodNotAllowed(method, path));
    }
    const QString appName = segments.at(2);
    if (segments.size() == 3) { // /v1/apps/{app}
        if (method == "GET"_L1)
            return respond(exchange, m_platform->getApp(appName));
        if (method == "DELETE"_L1)
            return respond(exchange, m_platform->deleteApp(appName));
        return respond(exchange, methodNotAllowed(method, path));
    }
    const QString collection = segments.at(3);
    if (collection == "machines"_L1)
        return routeMachine(exchange, appName, segments.mid(4));
    if (collection == "volumes"_L1) {
        if (segments.size() == 4) {
            if (method == "GET"_L1)
                return respond(exchange, m_platform->listVolumes(appName));
            if (method == "POST"_L1) {
                const QJsonObject body = exchange->jsonBody(&ok);
                return respond(exchange, ok ? m_platform->createVolume(appName, body) : badJson());
            }
        } else if (segments.size() == 5) {
            if (method == "GET"_L1)
                return respond(exchange, m_platform->getVolume(appName, segments.at(4)));
            if (method == "DELETE"_L1)
                return respond(exchange, m_platform->deleteVolume(appName, segments.at(4)));
        }
        return respond(exchange, methodNotAllowed(method, path));
    }
    if (collection == "secrets"_L1) {
        if (segments.size() == 4) {
            if (method == "GET"_L1)
                return respond(exchange, m_platform->listSecrets(appName));
            if (method == "POST"_L1) {
                const QJsonObject body = exchange->jsonBody(&ok);
                return respond(exchange, ok ? m_platform->setSecrets(appName, body) : badJson());
            }
        } else if (segments.size() == 5) {
            if (method == "POST"_L1) {
                const QJsonObject body = exchange->jsonBody(&ok);
                if (!ok || !body.value(u"value"_s).isString())
                    return respond(exchange, Reply::error(400, u"invalid_argument: the body must be {\"value\": \"…\"}"_s));
                Reply reply = m_platform->setSecrets(appName, QJsonObject{{u"values"_s, QJsonObject{{segments.at(4), body.value(u"value"_s)}}}});
                if (reply.status == 200) {
                    QJsonObject single;
                    const QJsonArray secrets = reply.body.toObject().value(u"secrets"_s).toArray();
                    for (const QJsonValue &secret : secrets) {
                        if (secret.toObject().value(u"name"_s).toString() == segments.at(4))
                            single = secret.toObject();
                    }
                    single.insert(u"version"_s, reply.body.toObject().value(u"version"_s));
                    reply = Reply::json(single, 201);
                }
                return respond(exchange, reply);
            }
            if (method == "DELETE"_L1)
                return respond(exchange, m_platform->deleteSecret(appName, segments.at(4)));
        }
        return respond(exchange, methodNotAllowed(method, path));
    }
    respond(exchange, Reply::error(404, u"not_found: no route for %1 %2"_s.arg(method, path)));
}

void SimApi::routeMachine(const ExchangePtr &exchange, const QString &appName, const QStringList &rest)
{
    const QString &method = exchange->method;
    const QByteArray nonce = exchange->header("fly-machine-lease-nonce");
    if (rest.isEmpty()) {
        if (method == "GET"_L1)
            return respond(exchange, m_platform->listMachines(appName, queryMap(exchange->query)));
        if (method == "POST"_L1)
            return createOrUpdateMachine(exchange, appName, {});
        return respond(exchange, methodNotAllowed(method, exchange->path));
    }
    const QString &id = rest.at(0);
    if (rest.size() == 1) {
        if (method == "GET"_L1)
            return respond(exchange, m_platform->getMachine(appName, id));
        if (method == "POST"_L1)
            return createOrUpdateMachine(exchange, appName, id);
        if (method == "DELETE"_L1) {
            const bool force = exchange->query.queryItemValue(u"force"_s) == "true"_L1 || exchange->query.queryItemValue(u"kill"_s) == "true"_L1;
            return respond(exchange, m_platform->destroyMachine(appName, id, force, nonce));
        }
        return respond(exchange, methodNotAllowed(method, exchange->path));
    }
    const QString &action = rest.at(1);
    if (!m_platform->app(appName))
        return respond(exchange, Reply::error(404, u"not_found: app not found"_s));
    if (action == "wait"_L1 && method == "GET"_L1)
        return wait(exchange, appName, id);
    if (action == "events"_L1 && method == "GET"_L1)
        return respond(exchange, m_platform->machineEvents(appName, id, exchange->query.queryItemValue(u"limit"_s).toInt()));
    if (action == "start"_L1 && method == "POST"_L1)
        return respond(exchange, m_platform->startMachine(appName, id, nonce));
    if (action == "stop"_L1 && method == "POST"_L1)
        return respond(exchange, m_platform->stopMachine(appName, id, exchange->body, nonce));
    if (action == "suspend"_L1 && method == "POST"_L1)
        return respond(exchange, m_platform->suspendMachine(appName, id, nonce));
    if (action == "restart"_L1 && method == "POST"_L1)
        return respond(exchange, m_platform->restartMachine(appName, id, nonce));
    if (action == "lease"_L1) {
        if (method == "GET"_L1)
            return respond(exchange, m_platform->getLease(appName, id));
        if (method == "DELETE"_L1)
            return respond(exchange, m_platform->releaseLease(appName, id, nonce));
        if (method == "POST"_L1) {
            bool ok = false;
            const QJsonObject body = exchange->jsonBody(&ok);
            if (!ok)
                return respond(exchange, badJson());
            // fly-go sends ?ttl=; the docs put it in the body. Both work.
            const int ttl = exchange->query.hasQueryItem(u"ttl"_s) ? exchange->query.queryItemValue(u"ttl"_s).toInt() : body.value(u"ttl"_s).toInt();
            return respond(exchange, m_platform->acquireLease(appName, id, ttl, body.value(u"description"_s).toString(), nonce));
        }
    }
    respond(exchange, Reply::error(404, u"not_found: no route for %1 %2"_s.arg(method, exchange->path)));
}

void SimApi::createOrUpdateMachine(const ExchangePtr &exchange, const QString &appName, const QString &machineId)
{
    bool ok = false;
    const QJsonObject body = exchange->jsonBody(&ok);
    if (!ok)
        return respond(exchange, badJson());
    if (!m_platform->app(appName))
        return respond(exchange, Reply::error(404, u"not_found: app not found"_s));
    if (!machineId.isEmpty() && !m_platform->machine(appName, machineId))
        return respond(exchange, Reply::error(404, u"not_found: machine not found"_s));
    if (!body.value(u"config"_s).isObject())
        return respond(exchange, Reply::error(400, u"invalid_argument: config is required"_s));
    const QJsonObject config = body.value(u"config"_s).toObject();
    if (const std::optional<Reply> bad = m_platform->checkConfig(config))
        return respond(exchange, *bad);

    const QByteArray nonce = exchange->header("fly-machine-lease-nonce");
    m_images->resolve(config.value(u"image"_s).toString(), this, [this, exchange, appName, machineId, body, nonce](const ImageResolver::Result &result) {
        if (result.error)
            return respond(exchange, *result.error);
        respond(exchange, machineId.isEmpty() ? m_platform->createMachine(appName, body, result.imageRef)
                                              : m_platform->updateMachine(appName, machineId, body, result.imageRef, nonce));
    });
}

void SimApi::wait(const ExchangePtr &exchange, const QString &appName, const QString &machineId)
{
    const Machine *machine = m_platform->machine(appName, machineId);
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
        const Machine *current = m_platform->machine(waiter->appName, waiter->machineId);
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
    const Machine *machine = m_platform->machine(appName, machineId);
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

void SimApi::control(const ExchangePtr &exchange)
{
    if (!exchange->remoteIsLoopback)
        return respond(exchange, Reply::error(403, u"the control API answers loopback clients only"_s));
    const QString what = exchange->path.mid(6);
    const QString &method = exchange->method;
    bool ok = false;
    const QJsonObject body = exchange->jsonBody(&ok);
    if (!ok)
        return respond(exchange, badJson());

    if (what == "requests"_L1) {
        if (method == "GET"_L1)
            return respond(exchange, Reply::json(m_control->logJson()));
        if (method == "DELETE"_L1) {
            m_control->clearLog();
            return respond(exchange, Reply::json(QJsonObject{{u"ok"_s, true}}));
        }
    } else if (what == "latency"_L1 && (method == "PUT"_L1 || method == "POST"_L1)) {
        m_control->setLatencyMs(std::max(0, body.value(u"ms"_s).toInt()));
        return respond(exchange, Reply::json(QJsonObject{{u"ms"_s, m_control->latencyMs()}}));
    } else if (what == "list-lag"_L1 && (method == "PUT"_L1 || method == "POST"_L1)) {
        m_platform->setListLagMs(std::max(0, body.value(u"ms"_s).toInt()));
        return respond(exchange, Reply::json(QJsonObject{{u"ms"_s, m_platform->listLagMs()}}));
    } else if (what == "boot-delay"_L1 && (method == "PUT"_L1 || method == "POST"_L1)) {
        m_platform->setBootDelayMs(std::max(0, body.value(u"ms"_s).toInt()));
        return respond(exchange, Reply::json(QJsonObject{{u"ms"_s, m_platform->bootDelayMs()}}));
    } else if (what == "checks"_L1) {
        if (method == "POST"_L1) {
            const CheckScenario scenario{body.value(u"image"_s).toString(u"*"_s), body.value(u"pass_after_ms"_s).toInt(), body.value(u"output"_s).toString()};
            m_platform->addCheckScenario(scenario);
            return respond(exchange, Reply::json(body, 201));
        }
        if (method == "DELETE"_L1) {
            m_platform->clearCheckScenarios();
            return respond(exchange, Reply::json(QJsonObject{{u"ok"_s, true}}));
        }
        if (method == "PUT"_L1) {
            m_platform->setCheckPassMs(std::max(0, body.value(u"pass_after_ms"_s).toInt()));
            return respond(exchange, Reply::json(QJsonObject{{u"pass_after_ms"_s, m_platform->checkPassMs()}}));
        }
    } else if (what.startsWith("volumes/"_L1) && method == "PUT"_L1) {
        // Fixtures: {"state": "pending_destroy"} or {"attached_alloc_id": "…"}.
        const std::optional<QString> alloc = body.contains(u"attached_alloc_id"_s) ? std::optional<QString>(body.value(u"attached_alloc_id"_s).toString())
                                                                                  : std::nullopt;
        const QString state = body.value(u"state"_s).toString();
        if (state.isEmpty() && !alloc)
            return respond(exchange, Reply::error(400, u"give a state or an attached_alloc_id"_s));
        if (!m_platform->setVolumeState(what.mid(8), state, alloc))
            return respond(exchange, Reply::error(404, u"not_found: volume not found"_s));
        return respond(exchange, Reply::json(QJsonObject{{u"ok"_s, true}}));
    } else if (what == "exits"_L1) {
        if (method == "POST"_L1) {
            const ExitScenario scenario{body.value(u"image"_s).toString(u"*"_s), body.value(u"exit_code"_s).toInt(), std::max(0, body.value(u"after_ms"_s).toInt())};
            m_platform->addExitScenario(scenario);
            return respond(exchange, Reply::json(body, 201));
        }
        if (method == "DELETE"_L1) {
            m_platform->clearExitScenarios();
            return respond(exchange, Reply::json(QJsonObject{{u"ok"_s, true}}));
        }
    } else if (what == "faults"_L1) {
        if (method == "GET"_L1)
            return respond(exchange, Reply::json(m_control->faultsJson()));
        if (method == "POST"_L1) {
            QString error;
            const std::optional<Fault> fault = Fault::fromJson(body, &error);
            if (!fault)
                return respond(exchange, Reply::error(400, error));
            m_control->addFault(*fault);
            return respond(exchange, Reply::json(fault->toJson(), 201));
        }
        if (method == "DELETE"_L1) {
            m_control->clearFaults();
            m_hanging.clear();
            return respond(exchange, Reply::json(QJsonObject{{u"ok"_s, true}}));
        }
    } else if (what == "seed"_L1 && (method == "PUT"_L1 || method == "POST"_L1)) {
        m_control->setSeed(static_cast<quint32>(body.value(u"seed"_s).toInteger()));
        return respond(exchange, Reply::json(QJsonObject{{u"ok"_s, true}}));
    } else if (what == "rate-limits"_L1 && (method == "PUT"_L1 || method == "POST"_L1)) {
        m_rateLimiter.setEnabled(body.value(u"enabled"_s).toBool(true));
        return respond(exchange, Reply::json(QJsonObject{{u"enabled"_s, m_rateLimiter.isEnabled()}}));
    } else if (what == "state"_L1 && method == "GET"_L1) {
        return respond(exchange, Reply::json(m_platform->toJson()));
    }
    respond(exchange, Reply::error(404, u"not_found: no control route for %1 %2"_s.arg(method, exchange->path)));
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
