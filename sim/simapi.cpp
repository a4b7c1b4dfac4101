#include "simapi.h"

#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace Sim {

namespace {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse errorResponse(Status status, const QString &error)
{
    return QHttpServerResponse(QJsonObject{{u"error"_s, error}}, status);
}

QByteArray newRequestId()
{
    // Real ids look like "01JABCD...-iad": a ULID-like body and the edge region.
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QByteArray id;
    for (int i = 0; i < 26; ++i)
        id.append(alphabet[QRandomGenerator::global()->bounded(32)]);
    return id + "-sim";
}

QJsonObject appJson(const App &app, const Organization &org)
{
    return QJsonObject{
        {u"id"_s, app.id},
        {u"name"_s, app.name},
        {u"status"_s, app.status},
        {u"network"_s, app.network},
        {u"machine_count"_s, 0},
        {u"volume_count"_s, 0},
        {u"internal_numeric_id"_s, 0},
        {u"organization"_s, QJsonObject{{u"name"_s, org.name}, {u"slug"_s, org.slug}, {u"internal_numeric_id"_s, org.internalNumericId}}},
    };
}

} // namespace

SimApi::SimApi(SimState state, QObject *parent)
    : QObject(parent)
    , m_state(std::move(state))
{
    addRoutes();
    m_server.addAfterRequestHandler(this, [](const QHttpServerRequest &, QHttpServerResponse &response) {
        QHttpHeaders headers = response.headers();
        headers.append("fly-request-id", newRequestId());
        headers.append(QHttpHeaders::WellKnownHeader::Server, "Fly/flightdeck-sim");
        response.setHeaders(std::move(headers));
    });
}

bool SimApi::listen(quint16 port)
{
    m_tcpServer = new QTcpServer(this);
    if (!m_tcpServer->listen(QHostAddress::LocalHost, port) || !m_server.bind(m_tcpServer)) {
        m_errorString = m_tcpServer->errorString();
        return false;
    }
    return true;
}

quint16 SimApi::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

QString SimApi::errorString() const
{
    return m_errorString;
}

void SimApi::addRoutes()
{
    m_server.route(u"/v1/apps/<arg>"_s, QHttpServerRequest::Method::Get, this,
                   [this](const QString &appName, const QHttpServerRequest &request) {
                       if (!m_state.isAuthorized(request.value("authorization")))
                           return errorResponse(Status::Unauthorized, u"Authenticate: token validation error"_s);
                       const std::optional<App> app = m_state.app(appName);
                       if (!app)
                           return errorResponse(Status::NotFound, u"not_found: app not found"_s);
                       return QHttpServerResponse(appJson(*app, m_state.organization(app->orgSlug).value_or(Organization{})));
                   });

    m_server.setMissingHandler(this, [](const QHttpServerRequest &request, QHttpServerResponder &responder) {
        responder.sendResponse(
            errorResponse(Status::NotFound, u"not_found: no route for %1"_s.arg(request.url().path())));
    });
}

} // namespace Sim
