#include "sim/registryfront.h"

#include "sim/control.h"
#include "sim/platform.h"
#include "sim/wire.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Sim {

namespace {

// The distribution API's error body.
QByteArray errorBody(const QString &code, const QString &message)
{
    return QJsonDocument(QJsonObject{{u"errors"_s, QJsonArray{QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}}}).toJson(QJsonDocument::Compact);
}

// "/v2/<repository>/(manifests|blobs|tags)/…" → the repository; empty for /v2/ itself.
QString repositoryOf(const QString &path)
{
    static const QStringList markers{u"/manifests/"_s, u"/blobs/"_s, u"/tags/"_s};
    for (const QString &marker : markers) {
        if (const qsizetype at = path.indexOf(marker); at > 4)
            return path.mid(4, at - 4);
    }
    return {};
}

bool isHopByHop(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "content-length" || lower == "transfer-encoding" || lower == "connection" || lower == "keep-alive" || lower == "host"
        || lower == "authorization";
}

} // namespace

RegistryFront::RegistryFront(const Platform *platform, Control *control, const QString &backend, QObject *parent)
    : QObject(parent)
    , m_platform(platform)
    , m_control(control)
    , m_backend(backend)
    , m_network(new QNetworkAccessManager(this))
{
    m_server.setMissingHandler(this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) { handle(request, responder); });
}

bool RegistryFront::listen(quint16 port)
{
    m_tcp = new QTcpServer(this);
    return m_tcp->listen(QHostAddress::LocalHost, port) && m_server.bind(m_tcp);
}

QString RegistryFront::hostAndPort() const
{
    return m_tcp ? u"127.0.0.1:%1"_s.arg(m_tcp->serverPort()) : QString();
}

bool RegistryFront::isAuthorized(const QByteArray &authorization) const
{
    if (!authorization.startsWith("Basic "))
        return false;
    const QString credentials = QString::fromUtf8(QByteArray::fromBase64(authorization.mid(6).trimmed()));
    const QStringList parts = credentials.section(u':', 1).split(u',', Qt::SkipEmptyParts);
    return std::any_of(parts.cbegin(), parts.cend(), [this](const QString &part) { return m_tokens.contains(part.trimmed()); });
}

void RegistryFront::handle(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QString path = request.url().path();
    const QString method = methodName(request.method());
    const auto log = [this, method, path](int status) { m_control->log({method, path, status, 0, {}, {}, u"registry"_s}); };
    const auto refuse = [&responder, log](QHttpServerResponder::StatusCode status, const QString &code, const QString &message) {
        log(static_cast<int>(status));
        QHttpHeaders headers;
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json");
        if (status == QHttpServerResponder::StatusCode::Unauthorized)
            headers.append(QHttpHeaders::WellKnownHeader::WWWAuthenticate, "Basic realm=\"flightdeck-sim\"");
        responder.write(errorBody(code, message), headers, status);
    };
    if (!path.startsWith("/v2/"_L1))
        return refuse(QHttpServerResponder::StatusCode::NotFound, u"UNSUPPORTED"_s, u"not a registry path"_s);
    if (!isAuthorized(request.value("Authorization")))
        return refuse(QHttpServerResponder::StatusCode::Unauthorized, u"UNAUTHORIZED"_s, u"authentication required"_s);
    const QString repository = repositoryOf(path);
    // On Fly's registry a repository is an app (its first component).
    if (!repository.isEmpty() && !m_platform->apps().app(repository.section(u'/', 0, 0)))
        return refuse(QHttpServerResponder::StatusCode::NotFound, u"NAME_UNKNOWN"_s,
                      u"repository name not known to registry: app %1 not found"_s.arg(repository.section(u'/', 0, 0)));

    QUrl target = request.url();
    target.setScheme(u"http"_s);
    target.setHost(m_backend.section(u':', 0, 0));
    target.setPort(m_backend.section(u':', 1).toInt());
    QNetworkRequest forward(target);
    forward.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const QHttpHeaders &headers = request.headers();
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QByteArray name = headers.nameAt(i).toString().toLatin1();
        if (!isHopByHop(name))
            forward.setRawHeader(name, headers.valueAt(i).toByteArray());
    }
    // HEAD through head(): as a custom verb Qt would wait for the body its Content-Length announces.
    QNetworkReply *reply = request.method() == QHttpServerRequest::Method::Head ? m_network->head(forward)
                                                                                  : m_network->sendCustomRequest(forward, method.toLatin1(), request.body());
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QByteArray backendBase = "http://" + m_backend.toUtf8();
    const QByteArray frontBase = "http://" + hostAndPort().toUtf8();
    connect(reply, &QNetworkReply::finished, this, [reply, shared, backendBase, frontBase, log] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        log(status);
        if (status == 0)
            return shared->write(errorBody(u"UNAVAILABLE"_s, reply->errorString()), QHttpHeaders(), QHttpServerResponder::StatusCode::BadGateway);
        QHttpHeaders answer;
        for (const auto &[name, value] : reply->rawHeaderPairs()) {
            if (isHopByHop(name) || name.compare("content-encoding", Qt::CaseInsensitive) == 0)
                continue;
            QByteArray rewritten = value;
            if (name.compare("location", Qt::CaseInsensitive) == 0)
                rewritten.replace(backendBase, frontBase);
            answer.append(name, rewritten);
        }
        shared->write(reply->readAll(), answer, static_cast<QHttpServerResponder::StatusCode>(status));
    });
}

} // namespace Sim
