// The launcher against flightdeck-sim over TLS on loopback, with HTTP/2
// negotiated as Qt does with the real API: create (its one-shot upload),
// wait, and a create whose answer is lost. The test trusts its own
// certificate explicitly; nothing else is trusted more than usual.

#include "app/api/apiclient.h"
#include "app/launch/launcher.h"
#include "support/httpclient.h"
#include "support/simprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

Q_DECLARE_METATYPE(Flightdeck::LaunchOutcome)

namespace {
const QString kToken = u"fm2_tls-launch-token-77c1"_s;
}

class TestTlsLaunch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void http2IsNegotiated();
    void launchOverHttp2_data();
    void launchOverHttp2();

private:
    LaunchOutcome launch(const LaunchOptions &options);
    int machinesWithLaunchId(const QString &launchId);
    TestSupport::HttpResponse control(const QByteArray &method, const QString &what, const QJsonObject &body = {});

    QTemporaryDir m_dir;
    TestSupport::SimProcess m_sim;
    QNetworkAccessManager m_network;
};

void TestTlsLaunch::initTestCase()
{
    qRegisterMetaType<LaunchOutcome>();
    // A certificate for 127.0.0.1, made here, trusted by this process only.
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                                 u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, m_dir.filePath(u"key.pem"_s), u"-out"_s,
                                 m_dir.filePath(u"cert.pem"_s)});
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);
    const QList<QSslCertificate> certificate = QSslCertificate::fromPath(m_dir.filePath(u"cert.pem"_s));
    QCOMPARE(certificate.size(), 1);
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.addCaCertificates(certificate);
    QSslConfiguration::setDefaultConfiguration(trusting);

    QVERIFY2(m_sim.start({u"--token"_s, kToken, u"--no-rate-limits"_s, u"--boot-delay"_s, u"100"_s, u"--tls-cert"_s, m_dir.filePath(u"cert.pem"_s),
                          u"--tls-key"_s, m_dir.filePath(u"key.pem"_s)}),
             qPrintable(m_sim.errorString()));
    QCOMPARE(m_sim.baseUrl().scheme(), u"https"_s);
}

void TestTlsLaunch::init()
{
    control("DELETE", u"faults"_s);
}

TestSupport::HttpResponse TestTlsLaunch::control(const QByteArray &method, const QString &what, const QJsonObject &body)
{
    return TestSupport::httpRequest(m_network, method, m_sim.url(u"/_sim/"_s + what), body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
}

int TestTlsLaunch::machinesWithLaunchId(const QString &launchId)
{
    int count = 0;
    const QJsonArray machines = control("GET", u"state"_s).json.toObject().value(u"machines"_s).toArray();
    for (const QJsonValue &value : machines)
        count += value.toObject().value(u"config"_s).toObject().value(u"metadata"_s).toObject().value(u"flightdeck_launch_id"_s).toString() == launchId;
    return count;
}

LaunchOutcome TestTlsLaunch::launch(const LaunchOptions &options)
{
    Endpoints endpoints;
    endpoints.machinesApi = m_sim.baseUrl();
    QNetworkAccessManager network;
    ApiClient api(&network, endpoints, FlyToken::parse(kToken));
    RunSpec spec;
    spec.app = u"demo-app"_s;
    spec.image = u"nginx:1.27"_s;
    spec.region = u"ams"_s;
    Launcher launcher(&api, spec, options);
    QSignalSpy finished(&launcher, &Launcher::finished);
    launcher.start();
    if (finished.isEmpty())
        finished.wait(60000);
    return finished.isEmpty() ? LaunchOutcome{} : finished.first().first().value<LaunchOutcome>();
}

void TestTlsLaunch::http2IsNegotiated()
{
    Endpoints endpoints;
    endpoints.machinesApi = m_sim.baseUrl();
    QNetworkAccessManager network;
    ApiClient api(&network, endpoints, FlyToken::parse(kToken));
    std::optional<ApiResult> answer;
    api.get(u"/apps/demo-app"_s, this, [&answer](const ApiResult &result) { answer = result; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
    QVERIFY2(answer->ok(), qPrintable(answer->error->message()));
    QVERIFY(answer->overHttp2);
}

void TestTlsLaunch::launchOverHttp2_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::newRow("create and wait") << QJsonObject();
    QTest::newRow("created, answer lost") << QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, u"^/v1/apps/demo-app/machines$"_s},
                                                         {u"action"_s, u"reset-after"_s}, {u"count"_s, 1}};
    QTest::newRow("connection reset before create") << QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, u"^/v1/apps/demo-app/machines$"_s},
                                                                   {u"action"_s, u"reset"_s}, {u"count"_s, 1}};
}

void TestTlsLaunch::launchOverHttp2()
{
    QFETCH(QJsonObject, fault);
    if (!fault.isEmpty())
        QCOMPARE(control("POST", u"faults"_s, fault).status, 201);
    LaunchOptions options;
    options.launchId = Launcher::newLaunchId();
    options.settleMs = 300;
    options.requestTimeoutMs = 5000;
    const LaunchOutcome outcome = launch(options);
    QVERIFY2(outcome.succeeded, qPrintable(outcome.diagnosis ? outcome.diagnosis->summary : QString()));
    QCOMPARE(outcome.machine.value(u"state"_s).toString(), u"started"_s);
    QCOMPARE(machinesWithLaunchId(options.launchId), 1); // one Machine, whatever the connection did
    QCOMPARE(QJsonDocument::fromJson(outcome.request).object().value(u"config"_s).toObject().value(u"metadata"_s).toObject().value(u"flightdeck_launch_id"_s).toString(),
             options.launchId);
}

QTEST_GUILESS_MAIN(TestTlsLaunch)
#include "tst_tlslaunch.moc"
