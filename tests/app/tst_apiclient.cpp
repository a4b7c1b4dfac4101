// ApiClient against a scripted QNetworkAccessManager: the answers it turns
// into typed results, what it retries and what it never does (resend a
// create, follow a redirect, put the token in an error), without a server.
// The simulator tests (tst_launcher, tst_tokens) cover the same client over
// real HTTP.

#include "app/api/apiclient.h"
#include "app/api/logstream.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>
#include <QTimeZone>
#include <QTimer>

#include <cstring>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

namespace {

// One scripted answer: a status with headers and body, a network error, or none at all.
struct Answer
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool hang = false; // never answers: Qt's transfer timeout ends it
};

Answer http(int status, const QByteArray &body = {}, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    Answer answer;
    answer.status = status;
    answer.body = body;
    answer.headers = headers;
    return answer;
}

Answer dropped(QNetworkReply::NetworkError error)
{
    Answer answer;
    answer.status = 0;
    answer.error = error;
    return answer;
}

Answer silence()
{
    Answer answer;
    answer.hang = true;
    return answer;
}

} // namespace

Q_DECLARE_METATYPE(Answer)

namespace {

class ScriptedReply final : public QNetworkReply
{
public:
    ScriptedReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request, const Answer &answer, QObject *parent)
        : QNetworkReply(parent)
        , m_body(answer.body)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        open(QIODevice::ReadOnly);
        if (answer.hang) {
            // What QNetworkReplyHttpImpl does when the transfer timeout passes.
            QTimer::singleShot(request.transferTimeout(), this, [this] {
                setError(OperationCanceledError, u"Operation canceled"_s);
                Q_EMIT errorOccurred(OperationCanceledError);
                Q_EMIT finished();
            });
            return;
        }
        QTimer::singleShot(0, this, [this, answer] {
            if (answer.error != NoError) {
                setError(answer.error, u"scripted network error"_s);
                Q_EMIT errorOccurred(answer.error);
            } else {
                setAttribute(QNetworkRequest::HttpStatusCodeAttribute, answer.status);
                for (const auto &[name, value] : answer.headers)
                    setRawHeader(name, value);
                if (answer.status >= 400)
                    setError(ProtocolInvalidOperationError, u"scripted HTTP error"_s);
            }
            Q_EMIT metaDataChanged();
            Q_EMIT readyRead();
            Q_EMIT finished();
        });
    }

    void abort() override
    {
        setError(OperationCanceledError, u"Operation canceled"_s);
        Q_EMIT finished();
    }
    qint64 bytesAvailable() const override { return m_body.size() - m_offset + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_body.size() - m_offset);
        std::memcpy(data, m_body.constData() + m_offset, size_t(count));
        m_offset += count;
        return count;
    }

private:
    QByteArray m_body;
    qint64 m_offset = 0;
};

// Answers each request with the next scripted answer and keeps what was sent.
class ScriptedNetwork final : public QNetworkAccessManager
{
public:
    struct Sent
    {
        QByteArray method;
        QNetworkRequest request;
        QByteArray body;
        bool bodyCouldBeResent = true;
    };

    QList<Answer> answers;
    QList<Sent> sent;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *outgoing) override
    {
        Sent record{request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray(), request, {}, true};
        if (outgoing) {
            record.body = outgoing->readAll();
            record.bodyCouldBeResent = outgoing->reset() && outgoing->bytesAvailable() == record.body.size();
        }
        sent.append(record);
        const Answer answer = answers.isEmpty() ? Answer{} : answers.takeFirst();
        return new ScriptedReply(operation, request, answer, this);
    }
};

const QString kToken = u"FlyV1 fm2_lJPECAAAAAAAAkX3xBDsecretmacaroonpart,fm2_lJPEsecondpart"_s;

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void okAnswerIsParsed();
    void pathsAreEncodedOnce();
    void apiErrorsAreTyped_data();
    void apiErrorsAreTyped();
    void transientFailuresOfReadsAreRetried();
    void createsAreNeverResent();
    void retryAfterIsHonoured();
    void timeoutIsReported();
    void redirectsAreNotFollowed();
    void tokenNeverReachesAnError();
    void headersCarryTheRightToken();
    void cancelSettlesTheContextsRequestsOnly();
    void logStreamFollowsTheNextToken();

private:
    ApiResult run(const std::function<void(ApiClient &, ApiClient::Callback)> &request);

    ScriptedNetwork *m_network = nullptr;
    std::unique_ptr<ScriptedNetwork> m_owner;
    Endpoints m_endpoints;
};

void TestApiClient::init()
{
    m_owner = std::make_unique<ScriptedNetwork>();
    m_network = m_owner.get();
    m_endpoints.machinesApi = QUrl(u"https://api.machines.dev"_s);
    m_endpoints.graphql = QUrl(u"https://api.fly.io/graphql"_s);
}

ApiResult TestApiClient::run(const std::function<void(ApiClient &, ApiClient::Callback)> &request)
{
    ApiClient api(m_network, m_endpoints, FlyToken::parse(kToken));
    std::optional<ApiResult> result;
    request(api, [&result](const ApiResult &answer) { result = answer; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000)) {
        ApiResult none;
        none.error = ApiError{ApiError::Kind::Network, 0, u"test: no answer"_s, {}, {}, QNetworkReply::UnknownNetworkError, {}, {}};
        return none;
    }
    return *result;
}

void TestApiClient::okAnswerIsParsed()
{
    m_network->answers = {http(200, R"([{"id":"d8e7"}])", {{"fly-request-id", "01REQ-ams"}})};
    const ApiResult result = run([this](ApiClient &api, ApiClient::Callback done) { api.get(u"/apps/demo/machines?summary=true"_s, m_network, done); });
    QVERIFY(result.ok());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.toArray().first().toObject().value(u"id"_s).toString(), u"d8e7"_s);
    QCOMPARE(result.requestId, QByteArray("01REQ-ams"));
    QCOMPARE(result.attempts, 1);
    QCOMPARE(m_network->sent.first().request.url().toString(), u"https://api.machines.dev/v1/apps/demo/machines?summary=true"_s);
}

void TestApiClient::pathsAreEncodedOnce()
{
    // appPath percent-encodes the name; the address sent carries that encoding once, not twice.
    m_network->answers = {http(200, "{}")};
    QVERIFY(run([this](ApiClient &api, ApiClient::Callback done) { api.get(appMachinesPath(u"odd name/x"_s), m_network, done); }).ok());
    QCOMPARE(m_network->sent.first().request.url().toString(QUrl::FullyEncoded), u"https://api.machines.dev/v1/apps/odd%20name%2Fx/machines"_s);
}

void TestApiClient::apiErrorsAreTyped_data()
{
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("statusCode");
    QTest::newRow("the API's error object") << http(422, R"({"error":"Validation failed: Name has already been taken","status":"name_taken"})") << 422
                                            << u"Validation failed: Name has already been taken"_s << u"name_taken"_s;
    QTest::newRow("a message key") << http(400, R"({"message":"invalid_argument: config.image is required"})") << 400
                                   << u"invalid_argument: config.image is required"_s << QString();
    QTest::newRow("a proxy's HTML page") << http(502, "<html>Bad gateway</html>") << 502 << u"<html>Bad gateway</html>"_s << QString();
}

void TestApiClient::apiErrorsAreTyped()
{
    QFETCH(Answer, answer);
    QFETCH(int, httpStatus);
    QFETCH(QString, error);
    QFETCH(QString, statusCode);
    m_network->answers = {answer};
    RequestOptions once;
    once.maxAttempts = 1;
    const ApiResult result = run([&](ApiClient &api, ApiClient::Callback done) { api.call("POST", u"/apps"_s, QJsonObject{}, once, m_network, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, ApiError::Kind::Http);
    QCOMPARE(result.error->httpStatus, httpStatus);
    QCOMPARE(result.error->error, error);
    QCOMPARE(result.error->statusCode, statusCode);
}

void TestApiClient::transientFailuresOfReadsAreRetried()
{
    m_network->answers = {http(503, R"({"error":"unavailable"})"), dropped(QNetworkReply::RemoteHostClosedError),
                          http(408, {}), http(200, R"({"ok":true})")};
    const ApiResult result = run([this](ApiClient &api, ApiClient::Callback done) { api.get(u"/apps/demo"_s, m_network, done); });
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->message() : QString()));
    QCOMPARE(result.attempts, 4);
    QCOMPARE(m_network->sent.size(), 4);

    // A client error is an answer, not a hiccup: never retried.
    m_network->sent.clear();
    m_network->answers = {http(404, R"({"error":"not_found: app not found"})")};
    const ApiResult missing = run([this](ApiClient &api, ApiClient::Callback done) { api.get(u"/apps/nope"_s, m_network, done); });
    QCOMPARE(missing.error->httpStatus, 404);
    QCOMPARE(m_network->sent.size(), 1);
}

void TestApiClient::createsAreNeverResent()
{
    m_network->answers = {http(503, R"({"error":"unavailable"})"), http(200, R"({"id":"second"})")};
    const QByteArray body = R"({"config":{"image":"nginx"}})";
    const ApiResult result = run([&](ApiClient &api, ApiClient::Callback done) { api.postBody(u"/apps/demo/machines"_s, body, {}, m_network, done); });
    QCOMPARE(result.error->httpStatus, 503);
    QCOMPARE(m_network->sent.size(), 1);
    QCOMPARE(m_network->sent.first().method, QByteArray("POST"));
    QCOMPARE(m_network->sent.first().body, body); // the exact bytes
    // Qt's own resend after a dropped connection is refused too: the body reads once.
    QVERIFY(!m_network->sent.first().bodyCouldBeResent);
}

void TestApiClient::retryAfterIsHonoured()
{
    m_network->answers = {http(429, R"({"error":"rate limit exceeded"})", {{"Retry-After", "1"}}), http(200, "{}")};
    QElapsedTimer clock;
    clock.start();
    const ApiResult result = run([this](ApiClient &api, ApiClient::Callback done) { api.get(u"/apps/demo/machines"_s, m_network, done); });
    QVERIFY(result.ok());
    QCOMPARE(result.attempts, 2);
    QVERIFY2(clock.elapsed() >= 950, "the retry came before the second the server asked for");

    QCOMPARE(ApiClient::parseRetryAfter("120", QDateTime::currentDateTimeUtc()), 120);
    const QDateTime now(QDate(2026, 12, 2), QTime(10, 0, 0), QTimeZone::UTC);
    QCOMPARE(ApiClient::parseRetryAfter("Wed, 02 Dec 2026 10:00:30 GMT", now), 30);
    QCOMPARE(ApiClient::parseRetryAfter("soon", now), 0);
}

void TestApiClient::timeoutIsReported()
{
    m_network->answers = {silence()};
    RequestOptions quick;
    quick.timeoutMs = 200;
    quick.maxAttempts = 1;
    const ApiResult result = run([&](ApiClient &api, ApiClient::Callback done) { api.call("GET", u"/apps/demo"_s, {}, quick, m_network, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, ApiError::Kind::Timeout);
    QCOMPARE(m_network->sent.first().request.transferTimeout(), 200);
}

void TestApiClient::redirectsAreNotFollowed()
{
    m_network->answers = {http(302, {}, {{"Location", "https://elsewhere.example/steal"}})};
    RequestOptions once;
    once.maxAttempts = 1;
    const ApiResult result = run([&](ApiClient &api, ApiClient::Callback done) { api.call("GET", u"/apps/demo"_s, {}, once, m_network, done); });
    QCOMPARE(m_network->sent.first().request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(), int(QNetworkRequest::ManualRedirectPolicy));
    QCOMPARE(m_network->sent.size(), 1);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->httpStatus, 302);

    // A plain-http address other than this computer's is refused before anything is sent.
    m_endpoints.machinesApi = QUrl(u"http://api.machines.dev"_s);
    const ApiResult insecure = run([this](ApiClient &api, ApiClient::Callback done) { api.get(u"/apps"_s, m_network, done); });
    QCOMPARE(insecure.error->kind, ApiError::Kind::Transport);
    QCOMPARE(m_network->sent.size(), 1);
}

void TestApiClient::tokenNeverReachesAnError()
{
    m_network->answers = {http(401, (u"{\"error\":\"token %1 is not valid\"}"_s.arg(kToken)).toUtf8())};
    RequestOptions once;
    once.maxAttempts = 1;
    const ApiResult result = run([&](ApiClient &api, ApiClient::Callback done) { api.call("GET", u"/apps"_s, {}, once, m_network, done); });
    QVERIFY(!result.ok());
    QVERIFY(!result.error->message().contains(u"secretmacaroonpart"_s));
    QVERIFY(!result.error->error.contains(u"fm2_"_s));
}

void TestApiClient::headersCarryTheRightToken()
{
    m_network->answers = {http(200, "{}"), http(200, R"({"data":{"viewer":{"id":"u1"}}})")};
    run([this](ApiClient &api, ApiClient::Callback done) { api.get(u"/apps"_s, m_network, done); });
    const ApiResult graphql = run([this](ApiClient &api, ApiClient::Callback done) { api.graphql(u"query { viewer { id } }"_s, {}, m_network, done); });
    QCOMPARE(m_network->sent.size(), 2);
    const QByteArray machines = m_network->sent.at(0).request.rawHeader("Authorization");
    QVERIFY2(machines.startsWith("FlyV1 fm2_"), machines.constData());
    QVERIFY(m_network->sent.at(0).request.rawHeader("User-Agent").startsWith("flightdeck/"));
    QCOMPARE(m_network->sent.at(1).request.url(), m_endpoints.graphql);
    QVERIFY(!m_network->sent.at(1).request.rawHeader("Authorization").isEmpty());
    QCOMPARE(graphql.json.toObject().value(u"viewer"_s).toObject().value(u"id"_s).toString(), u"u1"_s);
}

void TestApiClient::cancelSettlesTheContextsRequestsOnly()
{
    // Launches side by side share one client: cancelling one leaves the other's requests alone.
    m_network->answers = {silence(), silence(), silence()};
    ApiClient api(m_network, m_endpoints, FlyToken::parse(kToken));
    QObject first;
    QObject second;
    QStringList settled;
    api.get(u"/apps/a"_s, &first, [&](const ApiResult &r) { settled.append(u"a:"_s + (r.error && r.error->kind == ApiError::Kind::Cancelled ? u"cancelled"_s : u"other"_s)); });
    api.get(u"/apps/b"_s, &first, [&](const ApiResult &r) { settled.append(u"b:"_s + (r.error && r.error->kind == ApiError::Kind::Cancelled ? u"cancelled"_s : u"other"_s)); });
    api.get(u"/apps/c"_s, &second, [&](const ApiResult &) { settled.append(u"c"_s); });
    QTRY_COMPARE(m_network->sent.size(), 3);
    api.cancel(&first);
    QTRY_COMPARE(settled.size(), 2);
    settled.sort();
    QCOMPARE(settled, (QStringList{u"a:cancelled"_s, u"b:cancelled"_s}));
    QTest::qWait(50);
    QCOMPARE(settled.size(), 2); // the second context's request is still in flight
}

void TestApiClient::logStreamFollowsTheNextToken()
{
    // LogStream over the scripted network: the page's token goes into the next request, a page
    // with lines is followed at once, and a refused token ends the stream with the reason.
    m_network->answers = {
        http(200, R"({"data":[{"id":"1","type":"logs","attributes":{"timestamp":"2026-12-02T10:00:00.000Z","message":"one","level":"info",)"
                  R"("instance":"m1","region":"ams","meta":{"event":{"provider":"app"}}}},)"
                  R"({"id":"2","type":"logs","attributes":{"timestamp":"2026-12-02T10:00:01.000Z","message":"two","level":"warn",)"
                  R"("instance":"m1","region":"ams","meta":{"event":{"provider":"runner"}}}}],"meta":{"next_token":"2"}})"),
        http(200, R"({"data":[],"meta":{"next_token":"2"}})"),
        http(401, R"({"error":"unauthorized"})"),
    };
    ApiClient api(m_network, m_endpoints, FlyToken::parse(kToken));
    LogStream stream(&api, u"demo app"_s, u"m1"_s);
    QList<LogEntry> lines;
    QString endedWith;
    connect(&stream, &LogStream::received, this, [&lines](const QList<LogEntry> &entries) { lines += entries; });
    connect(&stream, &LogStream::ended, this, [&endedWith](const QString &reason) { endedWith = reason; });
    stream.start();
    QTRY_VERIFY_WITH_TIMEOUT(!endedWith.isEmpty(), LogStream::kEmptyPauseMs * 5);
    QVERIFY(!stream.isRunning());
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1).message, u"two"_s);
    QCOMPARE(lines.at(1).provider, u"runner"_s);
    QCOMPARE(logLine(lines.at(0)).section(u' ', 1), u"info app one"_s);
    QCOMPARE(m_network->sent.size(), 3);
    QCOMPARE(m_network->sent.at(0).request.url().toString(QUrl::FullyEncoded),
             u"https://api.fly.io/api/v1/apps/demo%20app/logs?next_token=&instance=m1"_s);
    QCOMPARE(QUrlQuery(m_network->sent.at(1).request.url()).queryItemValue(u"next_token"_s), u"2"_s);
    QCOMPARE(QUrlQuery(m_network->sent.at(2).request.url()).queryItemValue(u"next_token"_s), u"2"_s);
    QVERIFY(m_network->sent.at(0).request.rawHeader("Authorization").startsWith("FlyV1 "));
    QVERIFY2(endedWith.startsWith(u"The log could not be read"_s), qPrintable(endedWith));
    QVERIFY(!endedWith.contains(u"fm2_"_s)); // the token stays out of the reason
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
