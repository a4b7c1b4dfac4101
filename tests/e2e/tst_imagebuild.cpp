// buildah builds a Dockerfile and pushes it to Debian's docker-registry on
// loopback; the registry then serves the manifest over its HTTP API.

#include "support/buildah.h"
#include "support/localregistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestImageBuild : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void buildPushAndFetchManifest();
    void unknownTagIsNotFound();

private:
    int fetchManifest(const QString &repository, const QString &tag, QJsonObject *manifest);

    TestSupport::LocalRegistry m_registry;
    QTemporaryDir m_work;
    QNetworkAccessManager m_nam;
};

void TestImageBuild::initTestCase()
{
    QVERIFY2(m_work.isValid(), qPrintable(m_work.errorString()));
    QVERIFY2(m_registry.start(), qPrintable(m_registry.errorString()));
}

int TestImageBuild::fetchManifest(const QString &repository, const QString &tag, QJsonObject *manifest)
{
    QNetworkRequest request(QUrl(u"http://%1/v2/%2/manifests/%3"_s.arg(m_registry.hostAndPort(), repository, tag)));
    request.setRawHeader("Accept", "application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json");
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (manifest)
        *manifest = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return status;
}

void TestImageBuild::buildPushAndFetchManifest()
{
    const QByteArray failure = TestSupport::pushScratchImage(m_work.path(), m_registry.hostAndPort(), u"flightdeck-test:1"_s);
    QVERIFY2(failure.isEmpty(), failure.constData());

    QJsonObject manifest;
    QCOMPARE(fetchManifest(u"flightdeck-test"_s, u"1"_s, &manifest), 200);
    QCOMPARE(manifest.value(u"schemaVersion"_s).toInt(), 2);
    QCOMPARE(manifest.value(u"layers"_s).toArray().size(), 1); // the one COPY
    QVERIFY(manifest.value(u"config"_s).toObject().value(u"digest"_s).toString().startsWith(u"sha256:"_s));
}

void TestImageBuild::unknownTagIsNotFound()
{
    QCOMPARE(fetchManifest(u"flightdeck-test"_s, u"never-pushed"_s, nullptr), 404);
}

QTEST_GUILESS_MAIN(TestImageBuild)
#include "tst_imagebuild.moc"
