#include "app/api/apiclient.h"

#include "app/version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Flightdeck {

namespace {

// The body of a request that must not be sent twice. Qt's HTTP layer resends
// a request on its own when a connection drops before the answer; it can do
// that only by reading the body again, which this device refuses. Qt then
// reports ContentReSendError, and the caller settles what happened (for a
// Machine create: by looking for its launch id) instead of a blind duplicate.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent)
        : QIODevice(parent)
        , m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return m_position == 0; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 count = std::min<qint64>(max, m_data.size() - m_position);
        std::memcpy(out, m_data.constData() + m_position, static_cast<size_t>(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

// Kept on a reply by send() when it stopped it: why, for resultFrom.
constexpr const char *kCancelled = "flightdeckCancelled";
constexpr const char *kTooLarge = "flightdeckTooLarge";

QString endpointOf(const QUrl &url)
{
    return url.port() == -1 ? url.host() : u"%1:%2"_s.arg(url.host()).arg(url.port());
}

ApiResult resultFrom(QNetworkReply *reply, const FlyToken &token)
{
    ApiResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.requestId = reply->rawHeader("fly-request-id");
    result.endpoint = endpointOf(reply->url());
    const auto failWith = [&result](ApiError error) {
        error.endpoint = result.endpoint;
        error.requestId = result.requestId;
        result.error = error;
        return result;
    };

    if (reply->property(kTooLarge).toBool())
        return failWith(ApiError::unreadable(result.status, result.endpoint,
                                             ApiClient::tr("it is larger than %n MiB, so it was not read to the end", nullptr, int(ApiClient::MaxAnswerBytes >> 20))));
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        ApiError error;
        // Our own cancel sets the property; Qt's transfer timeout and our deadline for the whole answer are timeouts.
        error.kind = reply->property(kCancelled).toBool() ? ApiError::Kind::Cancelled : ApiError::Kind::Timeout;
        return failWith(error);
    }
    if (result.status == 0) {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.networkError = reply->error();
        error.detail = token.redact(reply->errorString());
        return failWith(error);
    }

    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject())
        result.json = document.object();
    else if (document.isArray())
        result.json = document.array();
    if (result.status >= 300) {
        ApiError error = ApiError::fromHttpAnswer(result.status, body);
        error.error = token.redact(error.error);
        if (result.status < 400) // never followed: where it pointed, for the message
            error.detail = token.redact(QString::fromUtf8(reply->rawHeader("Location")).left(200));
        return failWith(error);
    }
    if (!body.trimmed().isEmpty() && document.isNull())
        return failWith(ApiError::unreadable(result.status, result.endpoint, ApiClient::tr("it is not JSON")));
    return result;
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, const Endpoints &endpoints, const FlyToken &token, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoints(endpoints)
    , m_token(token)
{
}

int ApiClient::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const int seconds = text.toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    // An HTTP date, "Sun, 06 Nov 1994 08:49:37 GMT": RFC 2822's form, with the zone Qt reads as an offset.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(u" GMT"_s))
        date = date.chopped(4) + u" +0000"_s;
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return 0;
    const qint64 wait = now.secsTo(when);
    return wait > 0 ? static_cast<int>(std::min<qint64>(wait, 3600)) : 0;
}

int ApiClient::backoffMs(int attempt, int retryAfterSeconds)
{
    // The server's word, up to a minute; a longer wait is better reported than slept through.
    if (retryAfterSeconds > 0)
        return std::min(retryAfterSeconds, 60) * 1000;
    const int base = std::min(250 << std::min(attempt - 1, 5), 4000);
    return base / 2 + static_cast<int>(QRandomGenerator::global()->bounded(base / 2 + 1)); // jitter
}

QUrl ApiClient::machinesUrl(const QString &path) const
{
    return m_endpoints.machinesUrl(path);
}

void ApiClient::postBody(const QString &path, const QByteArray &json, const RequestOptions &options, QObject *context, Callback done)
{
    send(machinesUrl(path), "POST", json, options, context, std::move(done), 1);
}

void ApiClient::call(const QByteArray &method, const QString &path, const QJsonValue &body, const RequestOptions &options, QObject *context, Callback done)
{
    const QUrl url = machinesUrl(path);
    QByteArray data;
    if (body.isObject())
        data = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        data = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    send(url, method, data, options, context, std::move(done), 1);
}

void ApiClient::get(const QString &path, QObject *context, Callback done)
{
    RequestOptions options;
    options.idempotent = true;
    call("GET", path, {}, options, context, std::move(done));
}

void ApiClient::getUrl(const QUrl &url, QObject *context, Callback done)
{
    RequestOptions options;
    options.idempotent = true;
    send(url, "GET", {}, options, context, std::move(done), 1);
}

void ApiClient::graphql(const QString &query, const QJsonObject &variables, QObject *context, Callback done)
{
    RequestOptions options;
    options.idempotent = true; // queries only
    const QByteArray data = QJsonDocument(QJsonObject{{u"query"_s, query}, {u"variables"_s, variables}}).toJson(QJsonDocument::Compact);
    send(m_endpoints.graphql, "POST", data, options, context,
         [done = std::move(done)](const ApiResult &raw) {
             ApiResult result = raw;
             const QJsonArray errors = raw.json.toObject().value(u"errors"_s).toArray();
             if (!result.error && !errors.isEmpty()) {
                 ApiError error;
                 error.kind = ApiError::Kind::Http;
                 error.httpStatus = raw.status;
                 error.error = errors.first().toObject().value(u"message"_s).toString();
                 error.statusCode = errors.first().toObject().value(u"extensions"_s).toObject().value(u"code"_s).toString();
                 error.requestId = raw.requestId;
                 result.error = error;
             }
             if (!result.error)
                 result.json = raw.json.toObject().value(u"data"_s);
             done(result);
         },
         1);
}

namespace {

// Counts a context's cancels: a retry scheduled before one is dropped.
constexpr const char *kCancels = "flightdeckCancels";

quint64 cancelsOf(const QObject *context)
{
    return context->property(kCancels).toULongLong();
}

} // namespace

void ApiClient::cancel(QObject *context)
{
    context->setProperty(kCancels, cancelsOf(context) + 1);
    Q_EMIT cancelRequested(context);
}

void ApiClient::send(const QUrl &url, const QByteArray &method, const QByteArray &body, const RequestOptions &options, QObject *context, Callback done,
                     int attempt)
{
    if (const std::optional<QString> problem = transportProblem(url)) {
        ApiResult result;
        ApiError error;
        error.kind = ApiError::Kind::Transport;
        error.detail = *problem;
        error.endpoint = endpointOf(url);
        result.error = error;
        QTimer::singleShot(0, context, [done, result] { done(result); });
        return;
    }

    QNetworkRequest request(url);
    request.setTransferTimeout(options.timeoutMs);
    // The API does not redirect; following one could carry the token to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "flightdeck/" FLIGHTDECK_VERSION);
    // GraphQL takes the user tokens (fo1_…) beside the macaroons; the Machines API the macaroons only (fly-go tokens.go).
    request.setRawHeader("Authorization", url == m_endpoints.graphql ? m_token.graphqlAuthorizationHeader() : m_token.authorizationHeader());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[name, value] : options.headers)
        request.setRawHeader(name, value);

    ++m_roundTrips;
    QNetworkReply *reply = nullptr;
    if (!options.idempotent && !body.isEmpty()) {
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        auto *device = new OneShotBody(body, nullptr);
        reply = m_network->sendCustomRequest(request, method, device);
        device->setParent(reply);
    } else {
        reply = m_network->sendCustomRequest(request, method, body);
    }
    // The reply belongs to the context: if the caller goes away, so does the request.
    reply->setParent(context);
    connect(this, &ApiClient::cancelRequested, reply, [reply, context](const QObject *cancelled) {
        if (cancelled != context)
            return;
        reply->setProperty(kCancelled, true);
        reply->abort();
    });
    // A hostile or broken server: an answer over the size limit is refused as
    // soon as it says or shows its size, and one that trickles in (each byte
    // resets the transfer timeout) is cut off at twice that timeout.
    const auto refuseIfTooLarge = [reply](qint64 size) {
        if (size > MaxAnswerBytes && !reply->property(kTooLarge).toBool()) {
            reply->setProperty(kTooLarge, true);
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, refuseIfTooLarge] {
        refuseIfTooLarge(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [refuseIfTooLarge](qint64 received, qint64 total) { refuseIfTooLarge(std::max(received, total)); });
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, &QNetworkReply::abort); // reported as a timeout, as Qt's own
    deadline->start(2 * options.timeoutMs);
    connect(reply, &QNetworkReply::finished, context, [this, reply, url, method, body, options, context, done, attempt] {
        reply->deleteLater();
        ApiResult result = resultFrom(reply, m_token);
        result.attempts = attempt;
        result.overHttp2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
        result.retryAfterSeconds = parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        const bool cancelled = result.error && result.error->kind == ApiError::Kind::Cancelled;
        if (result.error && !cancelled && options.idempotent && attempt < options.maxAttempts && result.error->isTransient()) {
            const int delay = backoffMs(attempt, result.retryAfterSeconds);
            const quint64 cancels = cancelsOf(context);
            QTimer::singleShot(delay, context, [this, url, method, body, options, context, done, attempt, cancels] {
                if (cancels != cancelsOf(context)) {
                    ApiResult dropped;
                    dropped.error = ApiError{ApiError::Kind::Cancelled, 0, {}, {}, {}, QNetworkReply::OperationCanceledError, {}, {}};
                    done(dropped);
                    return;
                }
                send(url, method, body, options, context, done, attempt + 1);
            });
            return;
        }
        done(result);
    });
}

} // namespace Flightdeck
