// The simulator's route table: every Machines API path it answers, and the
// control API under /_sim/. A route names its method, its path (a "*"
// segment is a parameter handed to the handler) and who may use it.

#include "sim/configcheck.h"
#include "sim/exchange.h"
#include "sim/graphql.h"
#include "sim/imageresolver.h"
#include "sim/platform.h"
#include "sim/regions.h"
#include "sim/statefile.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sim {

using namespace Http;

namespace {

bool matches(const QStringList &pattern, const QStringList &segments, QStringList *parameters)
{
    if (pattern.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == "*"_L1)
            parameters->append(segments.at(i));
        else if (pattern.at(i) != segments.at(i))
            return false;
    }
    return true;
}

Reply ok()
{
    return Reply::json(QJsonObject{{u"ok"_s, true}});
}

} // namespace

void SimApi::addRoute(QList<Route> &table, const QString &method, const QString &path, Route::Access access, Handler handler)
{
    table.append(Route{method, path.split(u'/', Qt::SkipEmptyParts), access, std::move(handler)});
}

// Parses the body as a JSON object and answers with what `handle` makes of it.
void SimApi::withBody(const ExchangePtr &exchange, const std::function<Reply(const QJsonObject &)> &handle)
{
    bool ok = false;
    const QJsonObject body = exchange->jsonBody(&ok);
    respond(exchange, ok ? handle(body) : badJson());
}

void SimApi::addApiRoutes()
{
    using A = Route::Access;
    QList<Route> &t = m_routes;
    Platform *p = m_platform;
    const auto nonce = [](const ExchangePtr &e) { return e->header("fly-machine-lease-nonce"); };

    addRoute(t, u"GET"_s, u"/v1/platform/regions"_s, A::Open, [this, p](const ExchangePtr &e, const QStringList &) {
        respond(e, Reply::json(QJsonObject{{u"nearest"_s, p->nearestRegion()}, {u"regions"_s, regionsJson()}}));
    });
    addRoute(t, u"POST"_s, u"/v1/platform/placements"_s, A::Token, [this, p](const ExchangePtr &e, const QStringList &) {
        withBody(e, [p](const QJsonObject &body) { return p->placements(body); });
    });
    addRoute(t, u"POST"_s, u"/graphql"_s, A::Open, [this](const ExchangePtr &e, const QStringList &) {
        if (!isAuthorized(e->header("authorization")))
            return respond(e, Reply::json(QJsonObject{{u"errors"_s, QJsonArray{QJsonObject{{u"message"_s, u"You must be authenticated to view this."_s}}}}}, 401));
        withBody(e, [this](const QJsonObject &body) { return m_graphql->execute(body); });
    });

    addRoute(t, u"GET"_s, u"/v1/apps"_s, A::Token, [this, p](const ExchangePtr &e, const QStringList &) { respond(e, p->apps().list(e->query.queryItemValue(u"org_slug"_s))); });
    addRoute(t, u"POST"_s, u"/v1/apps"_s, A::Token, [this, p](const ExchangePtr &e, const QStringList &) { withBody(e, [p](const QJsonObject &b) { return p->apps().create(b); }); });
    addRoute(t, u"GET"_s, u"/v1/apps/*"_s, A::Token, [this, p](const ExchangePtr &e, const QStringList &a) { respond(e, p->apps().get(a[0])); });
    addRoute(t, u"DELETE"_s, u"/v1/apps/*"_s, A::Token, [this, p](const ExchangePtr &e, const QStringList &a) { respond(e, p->deleteApp(a[0])); });

    // The logs of an app's Machines, on the GraphQL host as fly-go asks for them (resource_logs.go).
    addRoute(t, u"GET"_s, u"/api/v1/apps/*/logs"_s, A::App, [this, p](const ExchangePtr &e, const QStringList &a) {
        respond(e, p->logs().page(a[0], e->query.queryItemValue(u"next_token"_s), e->query.queryItemValue(u"instance"_s),
                                  e->query.queryItemValue(u"region"_s)));
    });
    addRoute(t, u"GET"_s, u"/v1/apps/*/machines"_s, A::App, [this, p](const ExchangePtr &e, const QStringList &a) { respond(e, p->machines().list(a[0], queryMap(e->query))); });
    addRoute(t, u"POST"_s, u"/v1/apps/*/machines"_s, A::App, [this](const ExchangePtr &e, const QStringList &a) { createOrUpdateMachine(e, a[0], {}); });
    addRoute(t, u"GET"_s, u"/v1/apps/*/machines/*"_s, A::App, [this, p](const ExchangePtr &e, const QStringList &a) { respond(e, p->machines().get(a[0], a[1])); });
    addRoute(t, u"POST"_s, u"/v1/apps/*/machines/*"_s, A::App, [this](const ExchangePtr &e, const QStringList &a) { createOrUpdateMachine(e, a[0], a[1]); });
    addRoute(t, u"DELETE"_s, u"/v1/apps/*/machines/*"_s, A::App, [this, p, nonce](const ExchangePtr &e, const QStringList &a) {
        const bool force = e->query.queryItemValue(u"force"_s) == "true"_L1 || e->query.queryItemValue(u"kill"_s) == "true"_L1;
        respond(e, p->lifecycle().destroy(a[0], a[1], force, nonce(e)));
    });
    addRoute(t, u"GET"_s, u"/v1/apps/*/machines/*/wait"_s, A::App, [this](const ExchangePtr &e, const QStringList &a) { wait(e, a[0], a[1]); });
    addRoute(t, u"GET"_s, u"/v1/apps/*/machines/*/events"_s, A::App, [this, p](const ExchangePtr &e, const QStringList &a) {
        respond(e, p->machines().events(a[0], a[1], e->query.queryItemValue(u"limit"_s).toInt()));
    });
    addRoute(t, u"POST"_s, u"/v1/apps/*/machines/*/start"_s, A::App, [this, p, nonce](const ExchangePtr &e, const QStringList &a) { respond(e, p->lifecycle().start(a[0], a[1], nonce(e))); });
    addRoute(t, u"POST"_s, u"/v1/apps/*/machines/*/stop"_s, A::App, [this, p, nonce](const ExchangePtr &e, const QStringList &a) { respond(e, p->lifecycle().stop(a[0], a[1], e->body, nonce(e))); });
    addRoute(t, u"POST"_s, u"/v1/apps/*/machines/*/suspend"_s, A::App, [this, p, nonce](const ExchangePtr &e, const QStringList &a) { respond(e, p->lifecycle().suspend(a[0], a[1], nonce(e))); });
    addRoute(t, u"POST"_s, u"/v1/apps/*/machines/*/restart"_s, A::App, [this, p, nonce](const ExchangePtr &e, const QStringList &a) { respond(e, p->lifecycle().restart(a[0], a[1], nonce(e))); });
    addRoute(t, u"GET"_s, u"/v1/apps/*/machines/*/lease"_s, A::App, [this, p](const ExchangePtr &e, const QStringList &a) { respond(e, p->machines().getLease(a[0], a[1])); });
    addRoute(t, u"DELETE"_s, u"/v1/apps/*/machines/*/lease"_s, A::App, [this, p, nonce](const ExchangePtr &e, const QStringList &a) { respond(e, p->machines().releaseLease(a[0], a[1], nonce(e))); });
    addRoute(t, u"POST"_s, u"/v1/apps/*/machines/*/lease"_s, A::App, [this, p, nonce](const ExchangePtr &e, const QStringList &a) {
        withBody(e, [&](const QJsonObject &body) {
            // fly-go sends ?ttl=; the docs put it in the body. Both work.
            const int ttl = e->query.hasQueryItem(u"ttl"_s) ? e->query.queryItemValue(u"ttl"_s).toInt() : body.value(u"ttl"_s).toInt();
            return p->machines().acquireLease(a[0], a[1], ttl, body.value(u"description"_s).toString(), nonce(e));
        });
    });

    addRoute(t, u"GET"_s, u"/v1/apps/*/volumes"_s, A::App, [this, p](const ExchangePtr &e, const QStringList &a) { respond(e, p->volumes().list(a[0])); });
    addRoute(t, u"POST"_s, u"/v1/apps/*/volumes"_s, A::App, [this, p](const ExchangePtr &e, const QStringList &a) { withBody(e, [&](const QJsonObject &b) { return p->volumes().create(a[0], b); }); });
    addRoute(t, u"GET"_s, u"/v1/apps/*/volumes/*"_s, A::App, [this, p](const ExchangePtr &e, const QStringList &a) { respond(e, p->volumes().get(a[0], a[1])); });
    addRoute(t, u"DELETE"_s, u"/v1/apps/*/volumes/*"_s, A::App, [this, p](const ExchangePtr &e, const QStringList &a) { respond(e, p->volumes().destroy(a[0], a[1])); });

    addRoute(t, u"GET"_s, u"/v1/apps/*/secrets"_s, A::App, [this, p](const ExchangePtr &e, const QStringList &a) { respond(e, p->secrets().list(a[0])); });
    addRoute(t, u"POST"_s, u"/v1/apps/*/secrets"_s, A::App, [this, p](const ExchangePtr &e, const QStringList &a) { withBody(e, [&](const QJsonObject &b) { return p->secrets().set(a[0], b); }); });
    addRoute(t, u"POST"_s, u"/v1/apps/*/secrets/*"_s, A::App, [this, p](const ExchangePtr &e, const QStringList &a) {
        bool parsed = false;
        const QJsonObject body = e->jsonBody(&parsed);
        respond(e, parsed ? p->secrets().setOne(a[0], a[1], body) : Reply::error(400, u"invalid_argument: the body must be {\"value\": \"…\"}"_s));
    });
    addRoute(t, u"DELETE"_s, u"/v1/apps/*/secrets/*"_s, A::App, [this, p](const ExchangePtr &e, const QStringList &a) { respond(e, p->secrets().remove(a[0], a[1])); });
}

// Fixtures and knobs for tests, loopback only: GET/DELETE requests, faults,
// latency, list lag, boot delay, health checks and exits, volume states,
// the random seed, rate limits, the whole state.
void SimApi::addControlRoutes()
{
    using A = Route::Access;
    QList<Route> &t = m_controlRoutes;
    Platform *p = m_platform;
    Control *c = m_control;
    const auto body = [](const ExchangePtr &e) {
        bool parsed = false;
        return e->jsonBody(&parsed); // parsed before any control route runs
    };
    const auto putOrPost = [&](const QString &path, const Handler &handler) {
        addRoute(t, u"PUT"_s, path, A::Open, handler);
        addRoute(t, u"POST"_s, path, A::Open, handler);
    };

    addRoute(t, u"GET"_s, u"/_sim/requests"_s, A::Open, [this, c](const ExchangePtr &e, const QStringList &) { respond(e, Reply::json(c->logJson())); });
    addRoute(t, u"DELETE"_s, u"/_sim/requests"_s, A::Open, [this, c](const ExchangePtr &e, const QStringList &) {
        c->clearLog();
        respond(e, ok());
    });
    putOrPost(u"/_sim/latency"_s, [this, c, body](const ExchangePtr &e, const QStringList &) {
        c->setLatencyMs(std::max(0, body(e).value(u"ms"_s).toInt()));
        respond(e, Reply::json(QJsonObject{{u"ms"_s, c->latencyMs()}}));
    });
    putOrPost(u"/_sim/list-lag"_s, [this, p, body](const ExchangePtr &e, const QStringList &) {
        p->machines().setListLagMs(std::max(0, body(e).value(u"ms"_s).toInt()));
        respond(e, Reply::json(QJsonObject{{u"ms"_s, p->machines().listLagMs()}}));
    });
    putOrPost(u"/_sim/boot-delay"_s, [this, p, body](const ExchangePtr &e, const QStringList &) {
        p->lifecycle().setBootDelayMs(std::max(0, body(e).value(u"ms"_s).toInt()));
        respond(e, Reply::json(QJsonObject{{u"ms"_s, p->lifecycle().bootDelayMs()}}));
    });
    addRoute(t, u"POST"_s, u"/_sim/checks"_s, A::Open, [this, p, body](const ExchangePtr &e, const QStringList &) {
        const QJsonObject b = body(e);
        p->lifecycle().addCheckScenario({b.value(u"image"_s).toString(u"*"_s), b.value(u"pass_after_ms"_s).toInt(), b.value(u"output"_s).toString()});
        respond(e, Reply::json(b, 201));
    });
    addRoute(t, u"DELETE"_s, u"/_sim/checks"_s, A::Open, [this, p](const ExchangePtr &e, const QStringList &) {
        p->lifecycle().clearCheckScenarios();
        respond(e, ok());
    });
    addRoute(t, u"PUT"_s, u"/_sim/checks"_s, A::Open, [this, p, body](const ExchangePtr &e, const QStringList &) {
        p->lifecycle().setCheckPassMs(std::max(0, body(e).value(u"pass_after_ms"_s).toInt()));
        respond(e, Reply::json(QJsonObject{{u"pass_after_ms"_s, p->lifecycle().checkPassMs()}}));
    });
    addRoute(t, u"PUT"_s, u"/_sim/volumes/*"_s, A::Open, [this, p, body](const ExchangePtr &e, const QStringList &a) {
        // {"state": "pending_destroy"} or {"attached_alloc_id": "…"}.
        const QJsonObject b = body(e);
        const std::optional<QString> alloc = b.contains(u"attached_alloc_id"_s) ? std::optional<QString>(b.value(u"attached_alloc_id"_s).toString()) : std::nullopt;
        const QString state = b.value(u"state"_s).toString();
        if (state.isEmpty() && !alloc)
            return respond(e, Reply::error(400, u"give a state or an attached_alloc_id"_s));
        respond(e, p->volumes().setState(a[0], state, alloc) ? ok() : Reply::error(404, u"not_found: volume not found"_s));
    });
    addRoute(t, u"POST"_s, u"/_sim/exits"_s, A::Open, [this, p, body](const ExchangePtr &e, const QStringList &) {
        const QJsonObject b = body(e);
        p->lifecycle().addExitScenario({b.value(u"image"_s).toString(u"*"_s), b.value(u"exit_code"_s).toInt(), std::max(0, b.value(u"after_ms"_s).toInt())});
        respond(e, Reply::json(b, 201));
    });
    addRoute(t, u"DELETE"_s, u"/_sim/exits"_s, A::Open, [this, p](const ExchangePtr &e, const QStringList &) {
        p->lifecycle().clearExitScenarios();
        respond(e, ok());
    });
    addRoute(t, u"GET"_s, u"/_sim/faults"_s, A::Open, [this, c](const ExchangePtr &e, const QStringList &) { respond(e, Reply::json(c->faultsJson())); });
    addRoute(t, u"POST"_s, u"/_sim/faults"_s, A::Open, [this, c, body](const ExchangePtr &e, const QStringList &) {
        QString error;
        const std::optional<Fault> fault = Fault::fromJson(body(e), &error);
        if (!fault)
            return respond(e, Reply::error(400, error));
        c->addFault(*fault);
        respond(e, Reply::json(fault->toJson(), 201));
    });
    addRoute(t, u"DELETE"_s, u"/_sim/faults"_s, A::Open, [this, c](const ExchangePtr &e, const QStringList &) {
        c->clearFaults();
        m_hanging.clear();
        respond(e, ok());
    });
    putOrPost(u"/_sim/seed"_s, [this, c, body](const ExchangePtr &e, const QStringList &) {
        c->setSeed(static_cast<quint32>(body(e).value(u"seed"_s).toInteger()));
        respond(e, ok());
    });
    putOrPost(u"/_sim/rate-limits"_s, [this, body](const ExchangePtr &e, const QStringList &) {
        m_rateLimiter.setEnabled(body(e).value(u"enabled"_s).toBool(true));
        respond(e, Reply::json(QJsonObject{{u"enabled"_s, m_rateLimiter.isEnabled()}}));
    });
    addRoute(t, u"GET"_s, u"/_sim/state"_s, A::Open, [this, p](const ExchangePtr &e, const QStringList &) { respond(e, Reply::json(stateToJson(*p))); });
}

std::optional<Reply> SimApi::admit(const ExchangePtr &exchange, const Route &route, const QStringList &segments, const QStringList &parameters)
{
    if (route.access == Route::Access::Open)
        return std::nullopt;
    if (!isAuthorized(exchange->header("authorization")))
        return Reply::error(401, u"Authenticate: token validation error"_s);
    if (std::optional<Reply> limited = rateLimit(exchange, segments))
        return limited;
    if (route.access == Route::Access::App && !m_platform->apps().app(parameters.value(0)))
        return appNotFound();
    return std::nullopt;
}

void SimApi::dispatch(const QList<Route> &table, const ExchangePtr &exchange)
{
    const QStringList segments = exchange->path.split(u'/', Qt::SkipEmptyParts);
    const Route *samePath = nullptr;
    for (const Route &route : table) {
        QStringList parameters;
        if (!matches(route.pattern, segments, &parameters))
            continue;
        samePath = samePath ? samePath : &route;
        if (route.method != exchange->method)
            continue;
        if (const std::optional<Reply> refused = admit(exchange, route, segments, parameters))
            return respond(exchange, *refused);
        return route.handle(exchange, parameters);
    }
    // Nothing answers here: an API client without a token learns no more than that.
    const bool underApps = segments.value(0) == "v1"_L1 && segments.value(1) == "apps"_L1;
    if ((underApps || (samePath && samePath->access != Route::Access::Open)) && !isAuthorized(exchange->header("authorization")))
        return respond(exchange, Reply::error(401, u"Authenticate: token validation error"_s));
    if (samePath)
        return respond(exchange, methodNotAllowed(exchange->method, exchange->path));
    respond(exchange, Reply::error(404, u"not_found: no route for %1 %2"_s.arg(exchange->method, exchange->path)));
}

void SimApi::route(const ExchangePtr &exchange)
{
    dispatch(m_routes, exchange);
}

void SimApi::control(const ExchangePtr &exchange)
{
    if (!exchange->remoteIsLoopback)
        return respond(exchange, Reply::error(403, u"the control API answers loopback clients only"_s));
    bool parsed = false;
    exchange->jsonBody(&parsed);
    if (!parsed)
        return respond(exchange, badJson());
    dispatch(m_controlRoutes, exchange);
}

void SimApi::createOrUpdateMachine(const ExchangePtr &exchange, const QString &appName, const QString &machineId)
{
    bool parsed = false;
    const QJsonObject body = exchange->jsonBody(&parsed);
    if (!parsed)
        return respond(exchange, badJson());
    if (!machineId.isEmpty() && !m_platform->machines().machine(appName, machineId))
        return respond(exchange, machineNotFound());
    if (!body.value(u"config"_s).isObject())
        return respond(exchange, Reply::error(400, u"invalid_argument: config is required"_s));
    const QJsonObject config = body.value(u"config"_s).toObject();
    if (const std::optional<Reply> bad = checkMachineConfig(config))
        return respond(exchange, *bad);

    const QByteArray nonce = exchange->header("fly-machine-lease-nonce");
    m_images->resolve(config.value(u"image"_s).toString(), this, [this, exchange, appName, machineId, body, nonce](const ImageResolver::Result &result) {
        if (result.error)
            return respond(exchange, *result.error);
        respond(exchange, machineId.isEmpty() ? m_platform->createMachine(appName, body, result.imageRef)
                                              : m_platform->updateMachine(appName, machineId, body, result.imageRef, nonce));
    });
}

} // namespace Sim
