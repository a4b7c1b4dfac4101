// Where the token comes from and how it is sent, where requests go, and
// what a failed start means: the pieces of the launch engine that need no server.

#include "app/api/apiclient.h"
#include "app/api/endpoints.h"
#include "app/api/flytoken.h"
#include "app/auth/tokensources.h"
#include "app/launch/diagnosis.h"
#include "app/settings/appsettings.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

class TestTokens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authorizationHeader_data();
    void authorizationHeader();
    void redaction();
    void environmentToken();
    void flyConfigToken();
    void secretsVersionAndRefreshHint();
    void retryAfter_data();
    void retryAfter();
    void transientStatuses();
    void endpointsFromEnvironment();
    void transport_data();
    void transport();
    void backoff();
    void diagnosis_data();
    void diagnosis();
    void oneRestartIsWatchedBeforeItIsCalledALoop();
    void settingsRoundTripAndHoldNoToken();
    void certificateErrorsFailTheRequest();
};

void TestTokens::authorizationHeader_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("registryPassword");
    QTest::addColumn<QByteArray>("graphqlHeader");
    QTest::newRow("user token") << u"abc123"_s << QByteArray("Bearer abc123") << u"abc123"_s << QByteArray("Bearer abc123");
    QTest::newRow("with a Bearer prefix") << u"Bearer abc123"_s << QByteArray("Bearer abc123") << u"abc123"_s << QByteArray("Bearer abc123");
    QTest::newRow("deploy token") << u"FlyV1 fm2_aaa,fm2_bbb"_s << QByteArray("FlyV1 fm2_aaa,fm2_bbb") << u"fm2_aaa,fm2_bbb"_s
                                  << QByteArray("FlyV1 fm2_aaa,fm2_bbb");
    // A `fly auth login` config holds both: the Machines API gets the macaroons, GraphQL both (fly-go tokens.go).
    QTest::newRow("macaroons win over user tokens") << u"fo1_oauth,fm1r_x, fm1a_y"_s << QByteArray("FlyV1 fm1r_x,fm1a_y") << u"fm1r_x,fm1a_y"_s
                                                    << QByteArray("FlyV1 fm1r_x,fm1a_y,fo1_oauth");
    QTest::newRow("schemes stripped repeatedly") << u" bearer FlyV1 fm2_z "_s << QByteArray("FlyV1 fm2_z") << u"fm2_z"_s << QByteArray("FlyV1 fm2_z");
    QTest::newRow("fm3 is not a macaroon") << u"fm3_q"_s << QByteArray("Bearer fm3_q") << u"fm3_q"_s << QByteArray("Bearer fm3_q");
}

void TestTokens::authorizationHeader()
{
    QFETCH(QString, token);
    QFETCH(QByteArray, header);
    QFETCH(QString, registryPassword);
    QFETCH(QByteArray, graphqlHeader);
    const FlyToken parsed = FlyToken::parse(token);
    QCOMPARE(parsed.authorizationHeader(), header);
    QCOMPARE(parsed.graphqlAuthorizationHeader(), graphqlHeader);
    QCOMPARE(parsed.registryPassword(), registryPassword);
    QVERIFY(FlyToken::parse(u"  "_s).isEmpty());
}

void TestTokens::redaction()
{
    const FlyToken token = FlyToken::parse(u"FlyV1 fm2_secretpart1,fm2_secretpart2"_s);
    QCOMPARE(token.redact(u"denied for fm2_secretpart2 at registry"_s), u"denied for [token] at registry"_s);
}

void TestTokens::environmentToken()
{
    QProcessEnvironment environment;
    QVERIFY(!TokenSources::fromEnvironment(environment));
    environment.insert(u"FLY_API_TOKEN"_s, u"api-token"_s);
    QCOMPARE(TokenSources::fromEnvironment(environment)->token, u"api-token"_s);
    environment.insert(u"FLY_ACCESS_TOKEN"_s, u"  "_s); // empty does not count
    QCOMPARE(TokenSources::fromEnvironment(environment)->detail, u"FLY_API_TOKEN"_s);
    environment.insert(u"FLY_ACCESS_TOKEN"_s, u"access-token"_s);
    QCOMPARE(TokenSources::fromEnvironment(environment)->token, u"access-token"_s);
}

void TestTokens::flyConfigToken()
{
    QTemporaryDir dir;
    QProcessEnvironment environment;
    environment.insert(u"HOME"_s, dir.path());
    QVERIFY(!TokenSources::fromFlyConfig(environment));

    QVERIFY(QDir(dir.path()).mkpath(u".fly"_s));
    QFile config(dir.filePath(u".fly/config.yml"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("access_token: fo1_fromconfigfile\nlast_login: 2026-11-01T10:00:00Z\nwire_guard_state: {}\n");
    config.close();
    const auto found = TokenSources::fromFlyConfig(environment);
    QVERIFY(found);
    QCOMPARE(found->token, u"fo1_fromconfigfile"_s);
    QCOMPARE(found->origin, TokenSources::Origin::FlyConfig);

    // FLY_CONFIG_DIR moves it; broken YAML is reported, not thrown.
    QTemporaryDir other;
    environment.insert(u"FLY_CONFIG_DIR"_s, other.path());
    QFile broken(other.filePath(u"config.yml"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("access_token: [unclosed\n");
    broken.close();
    QString error;
    QVERIFY(!TokenSources::fromFlyConfig(environment, &error));
    QVERIFY2(error.contains(u"not valid YAML"_s), qPrintable(error));
}

void TestTokens::secretsVersionAndRefreshHint()
{
    QTemporaryDir dir;
    QProcessEnvironment environment;
    environment.insert(u"FLY_CONFIG_DIR"_s, dir.path());
    QVERIFY(!TokenSources::minSecretsVersion(environment, u"demo-app"_s)); // no file
    QFile config(dir.filePath(u"config.yml"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("access_token: fo1_x\napp_secrets_minvers:\n  demo-app: 17\n  other: not-a-number\n");
    config.close();
    QCOMPARE(TokenSources::minSecretsVersion(environment, u"demo-app"_s), std::optional<quint64>(17));
    QVERIFY(!TokenSources::minSecretsVersion(environment, u"other"_s));
    QVERIFY(!TokenSources::minSecretsVersion(environment, u"absent-app"_s));

    QVERIFY(TokenSources::refusedTokenHint(TokenSources::Origin::FlyConfig).contains(u"fly auth login"_s));
    QVERIFY(TokenSources::refusedTokenHint(TokenSources::Origin::Environment).contains(u"FLY_API_TOKEN"_s));
}

void TestTokens::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds");
    QTest::newRow("seconds") << QByteArray(" 7 ") << 7;
    QTest::newRow("HTTP date") << QByteArray("Tue, 01 Dec 2026 12:00:30 GMT") << 30;
    QTest::newRow("past date") << QByteArray("Tue, 01 Dec 2026 11:59:00 GMT") << 0;
    QTest::newRow("absent") << QByteArray() << 0;
    QTest::newRow("garbage") << QByteArray("soon") << 0;
}

void TestTokens::retryAfter()
{
    QFETCH(QByteArray, value);
    const QDateTime now(QDate(2026, 12, 1), QTime(12, 0, 0), QTimeZone::UTC);
    QTEST(ApiClient::parseRetryAfter(value, now), "seconds");
}

void TestTokens::transientStatuses()
{
    // flyctl's IsTransientFlapsError: 408, 429 and every 5xx; nothing else.
    for (const int status : {408, 429, 500, 501, 502, 503, 504, 599}) {
        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.httpStatus = status;
        QVERIFY2(error.isTransient(), qPrintable(QString::number(status)));
    }
    for (const int status : {400, 401, 403, 404, 409, 412, 422}) {
        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.httpStatus = status;
        QVERIFY2(!error.isTransient(), qPrintable(QString::number(status)));
    }
}

void TestTokens::endpointsFromEnvironment()
{
    QProcessEnvironment environment;
    Endpoints endpoints = Endpoints::fromEnvironment(environment);
    QCOMPARE(endpoints.machinesApi, QUrl(u"https://api.machines.dev"_s));
    QCOMPARE(endpoints.graphql, QUrl(u"https://api.fly.io/graphql"_s));
    QCOMPARE(endpoints.registryHost, u"registry.fly.io"_s);

    environment.insert(u"FLY_FLAPS_BASE_URL"_s, u"http://127.0.0.1:4280"_s);
    environment.insert(u"FLY_API_BASE_URL"_s, u"http://127.0.0.1:4280/"_s);
    environment.insert(u"FLY_REGISTRY_HOST"_s, u"127.0.0.1:5000"_s);
    endpoints = Endpoints::fromEnvironment(environment);
    QCOMPARE(endpoints.machinesApi, QUrl(u"http://127.0.0.1:4280"_s));
    QCOMPARE(endpoints.graphql, QUrl(u"http://127.0.0.1:4280/graphql"_s));
    QCOMPARE(endpoints.registryHost, u"127.0.0.1:5000"_s);
    QVERIFY(!endpoints.problem());
}

void TestTokens::transport_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << u"https://api.machines.dev"_s << true;
    QTest::newRow("http loopback v4") << u"http://127.0.0.1:4280"_s << true;
    QTest::newRow("http loopback v6") << u"http://[::1]:4280"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:4280"_s << true;
    QTest::newRow("http remote") << u"http://api.machines.dev"_s << false;
    QTest::newRow("http 6PN") << u"http://_api.internal:4280"_s << false;
    QTest::newRow("ftp") << u"ftp://example.com"_s << false;
    QTest::newRow("not a URL") << u"api.machines.dev"_s << false;
}

void TestTokens::transport()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(!transportProblem(QUrl(url)).has_value(), allowed);
}

void TestTokens::backoff()
{
    for (int attempt = 1; attempt < 10; ++attempt) {
        const int delay = ApiClient::backoffMs(attempt, 0);
        QVERIFY(delay >= 125 && delay <= 4000);
    }
    QCOMPARE(ApiClient::backoffMs(1, 7), 7000);  // Retry-After is honoured
    QCOMPARE(ApiClient::backoffMs(1, 999), 60000); // within reason
}

void TestTokens::diagnosis_data()
{
    QTest::addColumn<QJsonArray>("events");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("summary");

    const auto exitEvent = [](int code, bool oom, bool nested, qint64 at = 1764000000000) {
        const QJsonObject exit{{u"exit_code"_s, code}, {u"oom_killed"_s, oom}};
        const QJsonObject request = nested ? QJsonObject{{u"MonitorEvent"_s, QJsonObject{{u"exit_event"_s, exit}}}} : QJsonObject{{u"exit_event"_s, exit}};
        return QJsonObject{{u"type"_s, u"exit"_s}, {u"status"_s, u"stopped"_s}, {u"request"_s, request}, {u"timestamp"_s, at}};
    };
    const QJsonObject started{{u"type"_s, u"start"_s}, {u"status"_s, u"started"_s}};
    QTest::newRow("running") << QJsonArray{started} << QString() << QString();
    QTest::newRow("out of memory") << QJsonArray{exitEvent(137, true, false), started} << u"guest.memory_mb"_s << u"ran out of memory"_s;
    QTest::newRow("command not found") << QJsonArray{exitEvent(127, false, true), started} << u"cmd"_s << u"command was not found"_s;
    QTest::newRow("restart loop") << QJsonArray{exitEvent(1, false, false, 1764000000400), started, exitEvent(1, false, false), started} << u"cmd"_s
                                  << u"restart loop: its process exited 2 times"_s;
    QTest::newRow("exits an hour apart") << QJsonArray{exitEvent(1, false, false, 1764003600000), started, exitEvent(1, false, false), started} << u"cmd"_s
                                         << u"code 1 (2 times)"_s;
    QTest::newRow("clean exit") << QJsonArray{exitEvent(0, false, false), started} << u"cmd"_s << u"finished right after starting"_s;
    QTest::newRow("image pull") << QJsonArray{QJsonObject{{u"type"_s, u"launch"_s}, {u"status"_s, u"failed"_s}, {u"request"_s, QJsonObject{{u"error"_s, u"failed to pull image"_s}}}}}
                                << u"image"_s << u"could not start the image"_s;
}

void TestTokens::diagnosis()
{
    QFETCH(QJsonArray, events);
    QFETCH(QString, field);
    QFETCH(QString, summary);
    const std::optional<Diagnosis> diagnosis = Diagnose::fromEvents(events);
    if (field.isEmpty()) {
        QVERIFY(!diagnosis);
        return;
    }
    QVERIFY(diagnosis);
    QCOMPARE(diagnosis->field, field);
    QVERIFY2(diagnosis->summary.contains(summary), qPrintable(diagnosis->summary));
    QVERIFY(!diagnosis->hint.isEmpty());
}

void TestTokens::oneRestartIsWatchedBeforeItIsCalledALoop()
{
    // The launcher keeps watching a Machine that flyd restarts until the exits make a loop.
    const auto exit = [](bool restarting) {
        return QJsonObject{{u"type"_s, u"exit"_s},
                           {u"status"_s, u"stopped"_s},
                           {u"request"_s, QJsonObject{{u"exit_event"_s, QJsonObject{{u"exit_code"_s, 2}, {u"restarting"_s, restarting}}}}}};
    };
    const QJsonObject started{{u"type"_s, u"start"_s}, {u"status"_s, u"started"_s}};
    QVERIFY(!Diagnose::mayStillRecover(QJsonArray{started}));
    QVERIFY(Diagnose::mayStillRecover(QJsonArray{started, exit(true), started}));
    QVERIFY(Diagnose::mayStillRecover(QJsonArray{exit(true), started, exit(true), started}));
    QVERIFY(!Diagnose::mayStillRecover(QJsonArray{exit(false), started}));                                  // it stays stopped
    QVERIFY(!Diagnose::mayStillRecover(QJsonArray{exit(true), started, exit(true), started, exit(true), started})); // a loop
}

void TestTokens::settingsRoundTripAndHoldNoToken()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"flightdeck.ini"_s);
    {
        AppSettings settings(path);
        settings.setApiUrl(u"http://127.0.0.1:4280"_s);
        settings.setImageEngine(u"podman"_s);
        settings.setDefaultRegion(u"ams"_s);
        settings.setDefaultOrg(QString()); // empty removes
        settings.sync();
    }
    AppSettings again(path);
    QCOMPARE(again.apiUrl(), u"http://127.0.0.1:4280"_s);
    QCOMPARE(again.imageEngine(), u"podman"_s);
    QCOMPARE(again.defaultRegion(), u"ams"_s);
    QVERIFY(again.defaultOrg().isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("token")); // there is no place for it
}

void TestTokens::certificateErrorsFailTheRequest()
{
    // A real TLS server on loopback with a self-signed certificate: the
    // client must refuse it, never ignore the error.
    QTemporaryDir dir;
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                                 u"-keyout"_s, dir.filePath(u"key.pem"_s), u"-out"_s, dir.filePath(u"cert.pem"_s)});
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);

    QFile certFile(dir.filePath(u"cert.pem"_s));
    QFile keyFile(dir.filePath(u"key.pem"_s));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certFile.readAll()));
    configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QSslServer server;
    server.setSslConfiguration(configuration);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QSslServer::pendingConnectionAvailable, &server, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"); });
    });

    Endpoints endpoints;
    endpoints.machinesApi = QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort()));
    QNetworkAccessManager network;
    ApiClient api(&network, endpoints, FlyToken::parse(u"fm2_tls-test"_s));
    std::optional<ApiResult> answer;
    api.get(u"/apps/demo-app"_s, this, [&answer](const ApiResult &result) { answer = result; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
    QVERIFY(answer->error);
    QCOMPARE(answer->error->kind, ApiError::Kind::Network);
    QCOMPARE(answer->error->networkError, QNetworkReply::SslHandshakeFailedError);
    QVERIFY2(answer->error->message().contains(u"TLS certificate of 127.0.0.1:%1 was not accepted"_s.arg(server.serverPort())), qPrintable(answer->error->message()));
    QVERIFY(!answer->error->isTransient()); // not retried either
    QCOMPARE(answer->attempts, 1);
}

QTEST_GUILESS_MAIN(TestTokens)
#include "tst_tokens.moc"
