// flightdeck-sim answers GET /v1/apps/{app} over real HTTP on loopback, to a
// client holding its token and to nobody else.

#include "support/simprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSimApps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void getApp_data();
    void getApp();

private:
    struct Answer
    {
        int status = 0;
        QJsonObject body;
        QByteArray requestId;
    };
    Answer get(const QString &path, const QByteArray &authorization);

    TestSupport::SimProcess m_sim;
    QNetworkAccessManager m_nam;
};

void TestSimApps::initTestCase()
{
    QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
    QCOMPARE(m_sim.baseUrl().host(), u"127.0.0.1"_s);
}

TestSimApps::Answer TestSimApps::get(const QString &path, const QByteArray &authorization)
{
    QUrl url = m_sim.baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = m_nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = QJsonDocument::fromJson(reply->readAll()).object();
    answer.requestId = reply->rawHeader("fly-request-id");
    reply->deleteLater();
    return answer;
}

void TestSimApps::getApp_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("scheme"); // how the token is presented
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    QTest::newRow("bearer token") << u"/v1/apps/demo-app"_s << u"bearer"_s << 200 << QString();
    QTest::newRow("macaroon scheme") << u"/v1/apps/demo-app"_s << u"flyv1"_s << 200 << QString();
    QTest::newRow("no token") << u"/v1/apps/demo-app"_s << u"none"_s << 401 << u"Authenticate: token validation error"_s;
    QTest::newRow("wrong token") << u"/v1/apps/demo-app"_s << u"wrong"_s << 401 << u"Authenticate: token validation error"_s;
    QTest::newRow("unknown app") << u"/v1/apps/no-such-app"_s << u"bearer"_s << 404 << u"not_found: app not found"_s;
}

void TestSimApps::getApp()
{
    QFETCH(QString, path);
    QFETCH(QString, scheme);
    QFETCH(int, status);
    QFETCH(QString, error);

    QByteArray authorization;
    if (scheme == "bearer"_L1)
        authorization = "Bearer " + m_sim.token().toUtf8();
    else if (scheme == "flyv1"_L1)
        authorization = "FlyV1 fm2_other," + m_sim.token().toUtf8();
    else if (scheme == "wrong"_L1)
        authorization = "Bearer not-the-token";

    const Answer answer = get(path, authorization);
    QCOMPARE(answer.status, status);
    QVERIFY2(!answer.requestId.isEmpty(), "every answer carries fly-request-id");
    if (status == 200) {
        QCOMPARE(answer.body.value(u"name"_s).toString(), u"demo-app"_s);
        QCOMPARE(answer.body.value(u"organization"_s).toObject().value(u"slug"_s).toString(), u"personal"_s);
    } else {
        QCOMPARE(answer.body.value(u"error"_s).toString(), error);
    }
}

QTEST_GUILESS_MAIN(TestSimApps)
#include "tst_simapps.moc"
