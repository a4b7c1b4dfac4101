// Launches from a Dockerfile: buildah builds, logs in and pushes to Debian's
// docker-registry on loopback, and flightdeck-sim runs the pushed image.
// Plus the builder's promises, with a stand-in engine: the token goes on
// stdin, never on a command line, and cancel stops the whole process tree.

#include "app/api/apiclient.h"
#include "app/launch/imagebuilder.h"
#include "app/launch/launcher.h"
#include "support/httpclient.h"
#include "support/localregistry.h"
#include "support/secretwatch.h"
#include "support/simprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

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
    void aNewAppExistsBeforeThePush();
    void theRegistryRefusesAppsThatDoNotExist();
    void aReferenceWithTagAndDigestIsChecked();
    void aBrokenDockerfileIsReported();
    void aMissingImageIsCaughtBeforeCreate();
    void aRegistryThatIsDownFailsThePush();
    void passwordGoesOnStdinOnly();
    void cancelStopsTheProcessTree();

private:
    LaunchOutcome launch(const RunSpec &spec, QStringList *progress = nullptr, LaunchOptions options = {});
    TestSupport::HttpResponse registry(const QByteArray &method, const QString &path, const QByteArray &authorization);
    QString buildContext(const QString &name);

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

LaunchOutcome TestImageLaunch::launch(const RunSpec &spec, QStringList *progress, LaunchOptions options)
{
    Endpoints endpoints;
    endpoints.machinesApi = m_sim.baseUrl();
    endpoints.registryHost = m_sim.registryHost(); // Fly's registry as the simulator fronts it
    QNetworkAccessManager network;
    ApiClient api(&network, endpoints, FlyToken::parse(kToken));
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
    // While buildah builds, logs in and pushes, no process shows the token, plain or as a Basic credential.
    const QString basic = QString::fromLatin1((u"x:"_s + kToken).toUtf8().toBase64());
    TestSupport::SecretWatch watch({kToken, basic}, {m_sim.processId()});
    watch.start();
    const LaunchOutcome outcome = launch(spec, &progress);
    watch.stop();
    QVERIFY2(outcome.succeeded, qPrintable(outcome.diagnosis ? outcome.diagnosis->summary : QString()));
    QVERIFY(watch.saw(u"buildah"_s));
    QVERIFY2(watch.hits().isEmpty(), qPrintable(watch.hits().join(u'\n')));
    // And the login did not stay in a credential store of buildah's, podman's or docker's.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QStringList stores{u"/run/containers/%1/auth.json"_s.arg(::getuid()), runtime + u"/containers/auth.json"_s,
                             QDir::homePath() + u"/.config/containers/auth.json"_s, QDir::homePath() + u"/.docker/config.json"_s};
    for (const QString &store : stores) {
        QFile file(store);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains(basic.toLatin1()) && !content.contains(kToken.toUtf8()), qPrintable(store));
        }
    }

    const QJsonObject imageRef = outcome.machine.value(u"image_ref"_s).toObject();
    QCOMPARE(imageRef.value(u"registry"_s).toString(), m_sim.registryHost());
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

TestSupport::HttpResponse TestImageLaunch::registry(const QByteArray &method, const QString &path, const QByteArray &authorization)
{
    QNetworkAccessManager network;
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    return TestSupport::httpRequest(network, method, QUrl(u"http://%1%2"_s.arg(m_sim.registryHost(), path)), {}, headers);
}

QString TestImageLaunch::buildContext(const QString &name)
{
    QString context = m_work.filePath(name);
    if (!QDir().mkpath(context) || !writeFile(context + u"/Dockerfile"_s, "FROM scratch\nCOPY Dockerfile /Dockerfile\n"))
        return {};
    return context;
}

void TestImageLaunch::aNewAppExistsBeforeThePush()
{
    // registry.fly.io refuses a push for an app that does not exist: the launch reads the app, creates it, then pushes.
    const QString app = u"image-new-app"_s;
    QNetworkAccessManager network;
    TestSupport::httpRequest(network, "DELETE", m_sim.url(u"/_sim/requests"_s));
    RunSpec spec;
    spec.app = app;
    spec.build = BuildSpec{buildContext(u"new-app"_s), {}, {}, {}, {}, false};
    LaunchOptions options;
    options.createAppIfMissing = true;
    const LaunchOutcome outcome = launch(spec, nullptr, options);
    QVERIFY2(outcome.succeeded, qPrintable(outcome.diagnosis ? outcome.diagnosis->summary : QString()));

    const QJsonArray log = TestSupport::httpRequest(network, "GET", m_sim.url(u"/_sim/requests"_s)).json.toArray();
    qsizetype appReadable = -1;
    qsizetype firstPush = -1;
    QStringList seen;
    for (qsizetype i = 0; i < log.size(); ++i) {
        const QJsonObject entry = log.at(i).toObject();
        const QString path = entry.value(u"path"_s).toString();
        seen.append(u"%1 %2 %3 %4"_s.arg(entry.value(u"service"_s).toString(), entry.value(u"method"_s).toString(), path).arg(entry.value(u"status"_s).toInt()));
        if (appReadable < 0 && path == u"/v1/apps/"_s + app && entry.value(u"status"_s).toInt() == 200)
            appReadable = i;
        if (firstPush < 0 && entry.value(u"service"_s).toString() == "registry"_L1 && entry.value(u"method"_s).toString() != "GET"_L1
            && entry.value(u"method"_s).toString() != "HEAD"_L1)
            firstPush = i;
    }
    QVERIFY2(appReadable >= 0 && firstPush > appReadable, qPrintable(seen.join(u'\n')));
    QCOMPARE(seen.first(), u" GET /v1/apps/%1 404"_s.arg(app)); // looked up first, whatever a 404 says
    QVERIFY(outcome.machine.value(u"config"_s).toObject().value(u"image"_s).toString().startsWith(m_sim.registryHost() + u"/"_s + app + u":deployment-"_s));
}

void TestImageLaunch::theRegistryRefusesAppsThatDoNotExist()
{
    const QByteArray basic = "Basic " + (u"x:"_s + kToken).toUtf8().toBase64();
    QCOMPARE(registry("POST", u"/v2/demo-app/blobs/uploads/"_s, {}).status, 401); // the token is needed
    TestSupport::HttpResponse refused = registry("POST", u"/v2/no-such-app/blobs/uploads/"_s, basic);
    QCOMPARE(refused.status, 404);
    QVERIFY2(refused.body.contains("NAME_UNKNOWN") && refused.body.contains("no-such-app"), refused.body.constData());
    QCOMPARE(registry("POST", u"/v2/demo-app/blobs/uploads/"_s, basic).status, 202); // an existing app may push
}

void TestImageLaunch::aReferenceWithTagAndDigestIsChecked()
{
    // flyctl writes tag@digest into configs; the registry is asked for the digest.
    RunSpec spec;
    spec.app = u"demo-app"_s;
    spec.build = BuildSpec{buildContext(u"digest"_s), {}, {}, {}, u"v-digest"_s, false};
    const LaunchOutcome built = launch(spec);
    QVERIFY2(built.succeeded, qPrintable(built.diagnosis ? built.diagnosis->summary : QString()));
    const QString digest = built.machine.value(u"image_ref"_s).toObject().value(u"digest"_s).toString();
    QVERIFY(digest.startsWith(u"sha256:"_s));

    RunSpec pinned;
    pinned.app = u"demo-app"_s;
    pinned.image = m_sim.registryHost() + u"/demo-app:v-digest@"_s + digest;
    QStringList progress;
    const LaunchOutcome outcome = launch(pinned, &progress);
    QVERIFY2(outcome.succeeded, qPrintable(outcome.diagnosis ? outcome.diagnosis->summary : QString()));
    QVERIFY2(progress.join(u' ').contains(u"found in its registry"_s), qPrintable(progress.join(u'\n')));

    pinned.image = m_sim.registryHost() + u"/demo-app:v-digest@sha256:"_s + QString(64, u'0');
    const LaunchOutcome wrong = launch(pinned);
    QVERIFY(!wrong.succeeded);
    QVERIFY2(wrong.diagnosis->summary.contains(u"is not in its registry"_s), qPrintable(wrong.diagnosis->summary));
    QVERIFY(wrong.machine.isEmpty());
}

void TestImageLaunch::aMissingImageIsCaughtBeforeCreate()
{
    RunSpec spec;
    spec.app = u"demo-app"_s;
    spec.image = m_sim.registryHost() + u"/demo-app:never-pushed"_s;
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
    // A stand-in engine that records how it was called, and keeps the login
    // in the auth file it is given, as podman does.
    QTemporaryDir bin;
    const QString log = bin.filePath(u"calls.log"_s);
    QVERIFY(writeFile(bin.filePath(u"podman"_s), "#!/bin/sh\necho \"ARGS $*\" >> '" + log.toUtf8()
                                                     + "'\nif [ \"$1\" = login ]; then pw=$(cat); echo \"STDIN $pw\" >> '" + log.toUtf8()
                                                     + "'; printf %s \"$pw\" > \"$3\"; ls -ld \"$(dirname \"$3\")\" >> '" + log.toUtf8()
                                                     + "'; fi\nexit 0\n"));
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
    QCOMPARE(lines.size(), 5); // build, login (+ its stdin and its folder), push
    QVERIFY(lines.at(0).startsWith(u"ARGS build --platform linux/amd64 --no-cache -t registry.example.com/app:v1 "_s));
    const QRegularExpression login(u"^ARGS login --authfile (\\S+/flightdeck-login-\\w+)/auth.json -u x --password-stdin registry.example.com$"_s);
    const QRegularExpressionMatch match = login.match(lines.at(1)); // TLS verified: not loopback
    QVERIFY2(match.hasMatch(), qPrintable(lines.at(1)));
    const QString folder = match.captured(1);
    QCOMPARE(lines.at(2), u"STDIN "_s + kToken);
    QVERIFY2(lines.at(3).startsWith(u"drwx------ "_s), qPrintable(lines.at(3))); // the login's folder is the user's alone
    QCOMPARE(lines.at(4), u"ARGS push --authfile %1/auth.json registry.example.com/app:v1"_s.arg(folder));
    for (const QString &line : lines) {
        if (line.startsWith(u"ARGS"_s))
            QVERIFY(!line.contains(kToken));
    }
    QVERIFY2(!QFileInfo::exists(folder), qPrintable(folder)); // gone, with the password in it, when the build ended
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
