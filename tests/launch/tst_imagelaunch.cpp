// Launches from a Dockerfile: buildah builds, logs in and pushes to Debian's
// docker-registry on loopback, and flightdeck-sim runs the pushed image.
// Plus the builder's promises, with a stand-in engine: the token goes on
// stdin, never on a command line, and cancel stops the whole process tree.

#include "api/apiclient.h"
#include "launch/imagebuilder.h"
#include "launch/launcher.h"
#include "support/localregistry.h"
#include "support/simprocess.h"

#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

Q_DECLARE_METATYPE(Flightdeck::LaunchOutcome)

namespace {
const QString kToken = u"fm2_image-launch-token-55aa"_s;

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}
} // namespace

class TestImageLaunch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void launchFromADockerfile();
    void aBrokenDockerfileIsReported();
    void aMissingImageIsCaughtBeforeCreate();
    void aRegistryThatIsDownFailsThePush();
    void passwordGoesOnStdinOnly();
    void cancelStopsTheProcessTree();

private:
    LaunchOutcome launch(const RunSpec &spec, QStringList *progress = nullptr);

    TestSupport::LocalRegistry m_registry;
    TestSupport::SimProcess m_sim;
    QTemporaryDir m_work;
};

void TestImageLaunch::initTestCase()
{
    qRegisterMetaType<LaunchOutcome>();
    QVERIFY2(m_registry.start(), qPrintable(m_registry.errorString()));
    QVERIFY2(m_sim.start({u"--token"_s, kToken, u"--registry"_s, m_registry.hostAndPort(), u"--boot-delay"_s, u"100"_s, u"--no-rate-limits"_s}),
             qPrintable(m_sim.errorString()));
}

LaunchOutcome TestImageLaunch::launch(const RunSpec &spec, QStringList *progress)
{
    Endpoints endpoints;
    endpoints.machinesApi = m_sim.baseUrl();
    endpoints.registryHost = m_registry.hostAndPort();
    QNetworkAccessManager network;
    ApiClient api(&network, endpoints, FlyToken::parse(kToken));
    LaunchOptions options;
    options.imageEngine = u"buildah"_s;
    options.buildStorageRoot = m_work.filePath(u"buildah"_s);
    options.settleMs = 200;
    Launcher launcher(&api, spec, options);
    connect(&launcher, &Launcher::stepChanged, this, [progress](const StepEvent &event) {
        if (progress && event.step == LaunchStep::PrepareImage)
            progress->append(event.detail);
    });
    QSignalSpy finished(&launcher, &Launcher::finished);
    launcher.start();
    if (finished.isEmpty())
        finished.wait(240000);
    return finished.isEmpty() ? LaunchOutcome{} : finished.first().first().value<LaunchOutcome>();
}

void TestImageLaunch::launchFromADockerfile()
{
    const QString context = m_work.filePath(u"app"_s);
    QVERIFY(QDir().mkpath(context));
    QVERIFY(writeFile(context + u"/Dockerfile.web"_s, "FROM scratch\nARG GREETING\nCOPY index.html /srv/index.html\nCMD [\"/srv/index.html\"]\n"));
    QVERIFY(writeFile(context + u"/index.html"_s, "<h1>hello</h1>\n"));

    RunSpec spec;
    spec.app = u"demo-app"_s;
    spec.build = BuildSpec{context, u"Dockerfile.web"_s, {{u"GREETING"_s, u"hi"_s}}, {}, {}, false};
    QStringList progress;
    const LaunchOutcome outcome = launch(spec, &progress);
    QVERIFY2(outcome.succeeded, qPrintable(outcome.diagnosis ? outcome.diagnosis->summary : QString()));

    const QJsonObject imageRef = outcome.machine.value(u"image_ref"_s).toObject();
    QCOMPARE(imageRef.value(u"registry"_s).toString(), m_registry.hostAndPort());
    QCOMPARE(imageRef.value(u"repository"_s).toString(), u"demo-app"_s);
    QVERIFY(imageRef.value(u"tag"_s).toString().startsWith(u"deployment-"_s));
    QVERIFY(imageRef.value(u"digest"_s).toString().startsWith(u"sha256:"_s));
    // The build log streamed through the step, line by line.
    const QString log = progress.join(u'\n');
    QVERIFY2(log.contains(u"building "_s) && log.contains(u"pushing "_s) && log.contains(u"COPY index.html"_s), qPrintable(log));
    QVERIFY(!log.contains(kToken));
}

void TestImageLaunch::aBrokenDockerfileIsReported()
{
    const QString context = m_work.filePath(u"broken"_s);
    QVERIFY(QDir().mkpath(context));
    QVERIFY(writeFile(context + u"/Dockerfile"_s, "FROM scratch\nCOPY missing.txt /missing.txt\n"));
    RunSpec spec;
    spec.app = u"demo-app"_s;
    spec.build = BuildSpec{context, {}, {}, {}, u"v-broken"_s, false};
    const LaunchOutcome outcome = launch(spec);
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.diagnosis->field, u"build.dockerfile"_s);
    QVERIFY2(outcome.diagnosis->summary.contains(u"The image build failed"_s), qPrintable(outcome.diagnosis->summary));
    QVERIFY(outcome.machine.isEmpty()); // nothing was created
}

void TestImageLaunch::aMissingImageIsCaughtBeforeCreate()
{
    RunSpec spec;
    spec.app = u"demo-app"_s;
    spec.image = m_registry.hostAndPort() + u"/demo-app:never-pushed"_s;
    const LaunchOutcome outcome = launch(spec);
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.diagnosis->field, u"image"_s);
    QVERIFY(outcome.diagnosis->summary.contains(u"is not in its registry"_s));
    QVERIFY(outcome.machine.isEmpty()); // refused before any create
}

void TestImageLaunch::aRegistryThatIsDownFailsThePush()
{
    const QString context = m_work.filePath(u"unpushable"_s);
    QVERIFY(QDir().mkpath(context));
    QVERIFY(writeFile(context + u"/Dockerfile"_s, "FROM scratch\nCOPY Dockerfile /Dockerfile\n"));
    Endpoints endpoints;
    endpoints.machinesApi = m_sim.baseUrl();
    endpoints.registryHost = u"127.0.0.1:9"_s; // nothing listens there
    QNetworkAccessManager network;
    ApiClient api(&network, endpoints, FlyToken::parse(kToken));
    LaunchOptions options;
    options.imageEngine = u"buildah"_s;
    options.buildStorageRoot = m_work.filePath(u"buildah"_s);
    RunSpec spec;
    spec.app = u"demo-app"_s;
    spec.build = BuildSpec{context, {}, {}, {}, u"v-down"_s, false};
    Launcher launcher(&api, spec, options);
    QSignalSpy finished(&launcher, &Launcher::finished);
    launcher.start();
    QVERIFY(finished.wait(240000));
    const LaunchOutcome outcome = finished.first().first().value<LaunchOutcome>();
    QVERIFY(!outcome.succeeded);
    QVERIFY2(outcome.diagnosis->summary.contains(u"The image login failed"_s) || outcome.diagnosis->summary.contains(u"The image push failed"_s),
             qPrintable(outcome.diagnosis->summary));
    QVERIFY(!outcome.diagnosis->summary.contains(kToken));
    QVERIFY(outcome.machine.isEmpty());
}

void TestImageLaunch::passwordGoesOnStdinOnly()
{
    // A stand-in engine that records how it was called.
    QTemporaryDir bin;
    const QString log = bin.filePath(u"calls.log"_s);
    QVERIFY(writeFile(bin.filePath(u"podman"_s),
                      "#!/bin/sh\necho \"ARGS $*\" >> '" + log.toUtf8() + "'\nif [ \"$1\" = login ]; then echo \"STDIN $(cat)\" >> '" + log.toUtf8() + "'; fi\nexit 0\n"));
    QFile::setPermissions(bin.filePath(u"podman"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", QByteArray(bin.path().toUtf8() + ':' + path));

    ImageBuilder builder;
    QSignalSpy finished(&builder, &ImageBuilder::finished);
    builder.start(BuildRequest{u"podman"_s, m_work.path(), {}, {}, {}, true, u"registry.example.com/app:v1"_s, u"registry.example.com"_s, kToken, {}});
    QVERIFY(finished.wait(20000));
    qputenv("PATH", path);
    QCOMPARE(finished.first().first().toBool(), true);

    QFile calls(log);
    QVERIFY(calls.open(QIODevice::ReadOnly));
    const QString recorded = QString::fromUtf8(calls.readAll());
    const QStringList lines = recorded.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // build, login (+ its stdin), push
    QVERIFY(lines.at(0).startsWith(u"ARGS build --no-cache -t registry.example.com/app:v1 "_s));
    QCOMPARE(lines.at(1), u"ARGS login -u x --password-stdin registry.example.com"_s); // TLS verified: not loopback
    QCOMPARE(lines.at(2), u"STDIN "_s + kToken);
    QCOMPARE(lines.at(3), u"ARGS push registry.example.com/app:v1"_s);
    for (const QString &line : lines) {
        if (line.startsWith(u"ARGS"_s))
            QVERIFY(!line.contains(kToken));
    }
}

void TestImageLaunch::cancelStopsTheProcessTree()
{
    QTemporaryDir bin;
    const QString pids = bin.filePath(u"pids"_s);
    // A build that starts a helper and waits, like a real builder would.
    QVERIFY(writeFile(bin.filePath(u"docker"_s), "#!/bin/sh\nsleep 300 &\necho $! > '" + pids.toUtf8() + "'\necho $$ >> '" + pids.toUtf8() + "'\nwait\n"));
    QFile::setPermissions(bin.filePath(u"docker"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", QByteArray(bin.path().toUtf8() + ':' + path));

    ImageBuilder builder;
    QSignalSpy finished(&builder, &ImageBuilder::finished);
    builder.start(BuildRequest{u"docker"_s, m_work.path(), {}, {}, {}, false, u"r.example/app:1"_s, u"r.example"_s, kToken, {}});
    QTRY_VERIFY_WITH_TIMEOUT(QFile(pids).size() > 0 && QString::fromUtf8([&] { QFile f(pids); f.open(QIODevice::ReadOnly); return f.readAll(); }()).count(u'\n') == 2, 10000);
    qputenv("PATH", path);

    QFile file(pids);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> ids = file.readAll().trimmed().split('\n');
    QCOMPARE(ids.size(), 2);
    builder.cancel();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(finished.first().at(1).toString().contains(u"Cancelled"_s));
    for (const QByteArray &id : ids)
        QTRY_VERIFY_WITH_TIMEOUT(::kill(static_cast<pid_t>(id.toInt()), 0) != 0, 5000); // the helper is gone too
}

QTEST_GUILESS_MAIN(TestImageLaunch)
#include "tst_imagelaunch.moc"
