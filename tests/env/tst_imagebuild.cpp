// buildah builds a Dockerfile and pushes it to Debian's docker-registry on
// loopback; the registry then serves the manifest over its HTTP API.

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
    QByteArray buildah(const QStringList &arguments);
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

QByteArray TestImageBuild::buildah(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // A private store in the test's folder: nothing is left behind.
    const QStringList storage{u"--root"_s, m_work.filePath(u"storage"_s), u"--runroot"_s, m_work.filePath(u"run"_s),
                              u"--storage-driver"_s, u"vfs"_s};
    process.start(u"buildah"_s, storage + arguments);
    if (!process.waitForStarted(10000))
        return "cannot start buildah: " + process.errorString().toUtf8();
    process.waitForFinished(120000);
    const QByteArray output = process.readAll();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return "buildah failed (" + QByteArray::number(process.exitCode()) + "): " + output;
    return {};
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
    const QString context = m_work.filePath(u"context"_s);
    QVERIFY(QDir().mkpath(context));
    QFile dockerfile(context + u"/Dockerfile"_s);
    QVERIFY(dockerfile.open(QIODevice::WriteOnly));
    dockerfile.write("FROM scratch\nCOPY greeting.txt /greeting.txt\nCMD [\"/greeting.txt\"]\n");
    dockerfile.close();
    QFile greeting(context + u"/greeting.txt"_s);
    QVERIFY(greeting.open(QIODevice::WriteOnly));
    greeting.write("hello from flightdeck\n");
    greeting.close();

    const QString local = u"localhost/flightdeck-test:1"_s;
    QByteArray failure = buildah({u"bud"_s, u"--isolation"_s, u"chroot"_s, u"--layers=false"_s, u"-t"_s, local, context});
    QVERIFY2(failure.isEmpty(), failure.constData());

    const QString remote = u"docker://%1/flightdeck-test:1"_s.arg(m_registry.hostAndPort());
    failure = buildah({u"push"_s, u"--tls-verify=false"_s, local, remote});
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
