// ApiClient against servers that misbehave on purpose, over real HTTP on
// loopback: an answer that is not JSON, one far over the size limit (with and
// without a Content-Length), one that trickles in a byte at a time, and a
// redirect to another host. Each ends in a typed error whose message names
// the endpoint; none crashes, none is read to its end, and the token never
// reaches the other host. (TLS errors: tst_tokens; wrong shapes in a launch:
// tst_launcher.)

#include "app/api/apiclient.h"
#include "app/api/registryclient.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

namespace {

const QString kToken = u"FlyV1 fm2_hostile-server-test-token-3b8d"_s;

// A one-trick HTTP server: reads each request's head, keeps it, and answers
// as told: at once, or (to the first request) with an endless body fed
// whenever the socket drains, or one byte every `trickleMs`.
class HostileServer final : public QTcpServer
{
public:
    enum class Mode { Once, Endless, Trickle };

    HostileServer(Mode mode, QByteArray head, QByteArray body = {})
        : m_mode(mode)
        , m_head(std::move(head))
        , m_body(std::move(body))
    {
        connect(this, &QTcpServer::newConnection, this, &HostileServer::accept);
        listen(QHostAddress::LocalHost);
    }

    QString base() const { return u"http://127.0.0.1:%1"_s.arg(serverPort()); }
    QList<QByteArray> requests; // every request head received
    qint64 bodyBytesSent = 0;
    int trickleMs = 200;

private:
    void accept()
    {
        while (QTcpSocket *socket = nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                QByteArray &received = m_received[socket];
                received += socket->readAll();
                // Requests without bodies, one after another on a kept-alive connection.
                for (qsizetype end = received.indexOf("\r\n\r\n"); end >= 0; end = received.indexOf("\r\n\r\n")) {
                    requests.append(received.left(end));
                    received.remove(0, end + 4);
                    answer(socket);
                }
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void answer(QTcpSocket *socket)
    {
        socket->write(m_head);
        switch (m_mode) {
        case Mode::Once:
            socket->write(m_body);
            bodyBytesSent += m_body.size();
            break;
        case Mode::Endless: {
            const QByteArray block(64 * 1024, 'x');
            const auto feed = [this, socket, block] {
                while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 4 * block.size()) {
                    socket->write(block);
                    bodyBytesSent += block.size();
                }
            };
            connect(socket, &QTcpSocket::bytesWritten, socket, feed);
            feed();
            break;
        }
        case Mode::Trickle: {
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [this, socket] {
                socket->write("{");
                ++bodyBytesSent;
            });
            timer->start(trickleMs);
            break;
        }
        }
    }

    Mode m_mode;
    QByteArray m_head;
    QByteArray m_body;
    QHash<QTcpSocket *, QByteArray> m_received;
};

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answerThatIsNotJson();
    void answerOverTheSizeLimit_data();
    void answerOverTheSizeLimit();
    void answerThatTrickles();
    void redirectToAnotherHost();
    void bearerRealmOnAnotherHost();

private:
    ApiResult get(const QString &base, int timeoutMs = 10000);
};

ApiResult TestHostileServer::get(const QString &base, int timeoutMs)
{
    QNetworkAccessManager network;
    Endpoints endpoints;
    endpoints.machinesApi = QUrl(base);
    endpoints.graphql = QUrl(base + u"/graphql"_s);
    ApiClient api(&network, endpoints, FlyToken::parse(kToken));
    RequestOptions options;
    options.idempotent = true;
    options.maxAttempts = 1;
    options.timeoutMs = timeoutMs;
    std::optional<ApiResult> result;
    api.call("GET", u"/apps/demo/machines"_s, {}, options, &network, [&result](const ApiResult &answer) { result = answer; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
        qFatal("no answer from ApiClient within a minute");
    return *result;
}

void TestHostileServer::answerThatIsNotJson()
{
    HostileServer server(HostileServer::Mode::Once, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 32\r\n\r\n",
                         "<html><h1>Maintenance</h1></html");
    const ApiResult result = get(server.base());
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, ApiError::Kind::BadAnswer);
    const QString message = result.error->message();
    QVERIFY2(message.contains(u"127.0.0.1:%1"_s.arg(server.serverPort())) && message.contains(u"not JSON"_s), qPrintable(message));
    QVERIFY(result.error->isAmbiguous()); // a 2xx: whatever was asked was done
}

void TestHostileServer::answerOverTheSizeLimit_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::newRow("a Content-Length over the limit")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4294967296\r\n\r\n");
    QTest::newRow("no length, only more and more") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
}

void TestHostileServer::answerOverTheSizeLimit()
{
    QFETCH(QByteArray, head);
    HostileServer server(HostileServer::Mode::Endless, head);
    const ApiResult result = get(server.base());
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, ApiError::Kind::BadAnswer);
    const QString message = result.error->message();
    QVERIFY2(message.contains(u"127.0.0.1:%1"_s.arg(server.serverPort())) && message.contains(u"larger than 32 MiB"_s), qPrintable(message));
    // Refused, not read to the end: at most the limit and what the socket buffers held.
    QVERIFY2(server.bodyBytesSent < ApiClient::MaxAnswerBytes + (8 << 20), qPrintable(QString::number(server.bodyBytesSent)));
}

void TestHostileServer::answerThatTrickles()
{
    // One byte every 200 ms resets a 1 s transfer timeout forever; the deadline ends it.
    HostileServer server(HostileServer::Mode::Trickle, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n");
    const ApiResult result = get(server.base(), 1000);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, ApiError::Kind::Timeout);
    QVERIFY(server.bodyBytesSent > 0); // it did trickle
    QVERIFY(server.bodyBytesSent < 100000);
    const QString message = result.error->message();
    QVERIFY2(message.contains(u"127.0.0.1:%1"_s.arg(server.serverPort())), qPrintable(message));
}

void TestHostileServer::redirectToAnotherHost()
{
    HostileServer elsewhere(HostileServer::Mode::Once, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n", "[]");
    const QByteArray location = (elsewhere.base() + u"/steal"_s).toUtf8();
    HostileServer server(HostileServer::Mode::Once, "HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n");
    const ApiResult result = get(server.base());
    QVERIFY(!result.ok());
    QCOMPARE(result.error->httpStatus, 302);
    const QString message = result.error->message();
    QVERIFY2(message.contains(u"127.0.0.1:%1"_s.arg(server.serverPort())) && message.contains(QString::fromUtf8(location))
                 && message.contains(u"not followed"_s),
             qPrintable(message));
    QCOMPARE(server.requests.size(), 1);
    QVERIFY(server.requests.first().toLower().contains("authorization: flyv1 fm2_")); // the API itself gets the token…
    QTest::qWait(200);
    QCOMPARE(elsewhere.requests.size(), 0); // …the host it points to gets nothing
}

void TestHostileServer::bearerRealmOnAnotherHost()
{
    // Fly's registry (as far as the client knows) sends for a token to a realm on another host.
    HostileServer realm(HostileServer::Mode::Once, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 15\r\n\r\n",
                        R"({"token":"abc"})");
    const QByteArray challenge = u"Bearer realm=\"http://localhost:%1/token\",service=\"elsewhere\""_s.arg(realm.serverPort()).toUtf8();
    HostileServer registry(HostileServer::Mode::Once, "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: " + challenge + "\r\nContent-Length: 0\r\n\r\n");
    const QString registryHost = u"127.0.0.1:%1"_s.arg(registry.serverPort());

    QNetworkAccessManager network;
    const RegistryClient client(&network, registryHost, FlyToken::parse(kToken));
    std::optional<ImageLookup> lookup;
    QObject context;
    client.lookUp(registryHost + u"/my-app:deployment-1"_s, &context, [&lookup](const ImageLookup &answer) { lookup = answer; });
    QTRY_VERIFY_WITH_TIMEOUT(lookup.has_value(), 30000);

    QVERIFY(!registry.requests.isEmpty());
    QVERIFY(registry.requests.first().toLower().contains("authorization: basic ")); // Fly's registry itself gets the login…
    QCOMPARE(realm.requests.size(), 1);                                              // …the realm elsewhere is asked anonymously
    QVERIFY(!realm.requests.first().toLower().contains("authorization"));
    QCOMPARE(int(lookup->result), int(ImageLookup::Result::Denied));
}

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
