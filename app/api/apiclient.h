#pragma once

#include "app/api/apierror.h"
#include "app/api/endpoints.h"
#include "app/api/flytoken.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Flightdeck {

struct ApiResult
{
    std::optional<ApiError> error;
    int status = 0;
    QJsonValue json;
    QByteArray requestId;
    QString endpoint; // the host (and port) that answered, for messages
    int attempts = 0;
    int retryAfterSeconds = 0; // what a 429 or 503 asked for; 0 when it said nothing
    bool overHttp2 = false;    // the answer came over HTTP/2 (negotiated by ALPN over TLS)

    bool ok() const { return !error.has_value(); }
};

struct RequestOptions
{
    // Safe to send again: GETs and waits. Creates never are.
    bool idempotent = false;
    int timeoutMs = 30000;
    int maxAttempts = 5;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

// The Machines REST API and GraphQL over one injected QNetworkAccessManager.
// Every request has a timeout and yields one typed ApiResult; idempotent ones
// are retried on 408, 429 and every 5xx (honouring Retry-After), resets and
// timeouts, with capped exponential backoff and jitter, as flyctl's
// flapsutil.IsTransientFlapsError does.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    using Callback = std::function<void(const ApiResult &)>;
    // Answers are a few kB to a few MB (a big app's Machine list); a larger one is refused unread.
    static constexpr qint64 MaxAnswerBytes = qint64(32) << 20;

    ApiClient(QNetworkAccessManager *network, const Endpoints &endpoints, const FlyToken &token, QObject *parent = nullptr);

    // `path` is below /v1, for example "/apps/demo-app/machines".
    void call(const QByteArray &method, const QString &path, const QJsonValue &body, const RequestOptions &options, QObject *context, Callback done);
    // POSTs these exact bytes as JSON: what a preview showed is what is sent.
    void postBody(const QString &path, const QByteArray &json, const RequestOptions &options, QObject *context, Callback done);
    void get(const QString &path, QObject *context, Callback done);
    void graphql(const QString &query, const QJsonObject &variables, QObject *context, Callback done);
    // A read from the API host outside the Machines API (the logs), with the Machines API's token header.
    void getUrl(const QUrl &url, QObject *context, Callback done);

    // Aborts what is in flight for `context` (the object the requests were made
    // for), retries it has waiting included; their callbacks get Kind::Cancelled.
    // Requests of other callers sharing this client go on.
    void cancel(QObject *context);
    // HTTP round trips made so far (retries included).
    int roundTrips() const { return m_roundTrips; }
    const FlyToken &token() const { return m_token; }
    // Requests sent from now on carry this token.
    void setToken(const FlyToken &token) { m_token = token; }
    const Endpoints &endpoints() const { return m_endpoints; }
    QNetworkAccessManager *network() const { return m_network; }

    // Backoff before attempt `attempt` (1-based), unless the server said when.
    static int backoffMs(int attempt, int retryAfterSeconds);
    // A Retry-After value in seconds: delta-seconds or an HTTP date (RFC 9110), 0 when absent or unreadable.
    static int parseRetryAfter(const QByteArray &value, const QDateTime &now);

Q_SIGNALS:
    void cancelRequested(QObject *context);

private:
    QUrl machinesUrl(const QString &path) const;
    void send(const QUrl &url, const QByteArray &method, const QByteArray &body, const RequestOptions &options, QObject *context, Callback done, int attempt);

    QNetworkAccessManager *m_network;
    Endpoints m_endpoints;
    FlyToken m_token;
    int m_roundTrips = 0;
};

} // namespace Flightdeck
