// From Review's buttons to a Machine, against a real flightdeck-sim: the
// progress view's timeline, the Machine it reports, the diagnosis of a
// Machine that exits at start with the way back to the setting, create-only,
// and cancel.

#include "app/api/logstream.h"
#include "app/profile/launchhistory.h"
#include "app/spec/runspecdocument.h"
#include "support/httpclient.h"
#include "support/localregistry.h"
#include "ui/launch/launchcontroller.h"
#include "ui/launch/launchview.h"
#include "ui/launch/machinelogview.h"
#include "ui/pages/reviewpage.h"
#include "ui/simwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScopeGuard>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace Flightdeck;
using TestSupport::find;

class TestLaunchFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createAndStartReachesStarted();
    void exitAtStartIsDiagnosedWithTheWayBack();
    void createOnlyLeavesItStopped();
    void cancelSaysWhatExists();
    void previewPostAndHistoryAreOneRequest_data();
    void previewPostAndHistoryAreOneRequest();
    void copiedCurlCreatesTheSameMachine();
    void newAppIsCreatedFirst();
    void theMachineLogFollowsTheLaunch();
    void theLogNamesTheCause_data();
    void theLogNamesTheCause();
    void anImageThatDoesNotResolveLeadsToImage();
    void cancellingOneLaunchLeavesTheOtherAlone();

private:
    // A window on the Review step with a launchable spec.
    void prepare(Ui::MainWindow &window, const QString &name);
    QJsonObject machine(const QString &id, const QString &app = u"demo-app"_s);
    struct ShellRun
    {
        QString command;
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // Review › Copy as curl, run as a user pastes it: in sh, with the token in $FLY_API_TOKEN.
    ShellRun runCopiedCurl(Ui::MainWindow &window);

    TestSupport::SimEnvironment m_env;
    TestSupport::LocalRegistry m_registry;
    QTemporaryDir m_work;
};

void TestLaunchFlow::initTestCase()
{
    // Machines named crash-* exit with code 3 a moment after they start. Builds push to the
    // simulator's front of a real registry, with buildah keeping its images in a private store.
    QVERIFY2(m_registry.start(), qPrintable(m_registry.errorString()));
    QVERIFY2(m_env.start({u"--boot-delay"_s, u"150"_s, u"--exit"_s, u"crash-*=3@0.1"_s, u"--registry"_s, m_registry.hostAndPort()}),
             qPrintable(m_env.sim.errorString()));
    qputenv("FLY_REGISTRY_HOST", m_env.sim.registryHost().toUtf8());
    QFile storage(m_work.filePath(u"storage.conf"_s));
    QVERIFY(storage.open(QIODevice::WriteOnly));
    storage.write("[storage]\ndriver = \"vfs\"\ngraphroot = \"" + m_work.filePath(u"graph"_s).toUtf8() + "\"\nrunroot = \""
                  + m_work.filePath(u"run"_s).toUtf8() + "\"\n");
    storage.close();
    qputenv("CONTAINERS_STORAGE_CONF", storage.fileName().toUtf8());
}

void TestLaunchFlow::previewPostAndHistoryAreOneRequest_data()
{
    QTest::addColumn<bool>("build");
    QTest::newRow("image") << false;
    QTest::newRow("Dockerfile") << true;
}

void TestLaunchFlow::previewPostAndHistoryAreOneRequest()
{
    // What the preview shows is what is posted is what the history keeps: one request, compared exactly.
    QFETCH(bool, build);
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    RunSpec spec;
    spec.app = u"demo-app"_s;
    spec.region = u"ams"_s;
    spec.name = build ? u"one-request-built"_s : u"one-request-image"_s;
    if (build) {
        const QString context = m_work.filePath(u"context"_s);
        QVERIFY(QDir().mkpath(context));
        QFile dockerfile(context + u"/Dockerfile"_s);
        QVERIFY(dockerfile.open(QIODevice::WriteOnly));
        dockerfile.write("FROM scratch\nCOPY Dockerfile /Dockerfile\n");
        dockerfile.close();
        spec.build = BuildSpec{context, {}, {}, {}, {}, false};
    } else {
        spec.image = u"nginx:1.27"_s;
    }
    window.document()->setSpec(spec);
    window.wizard()->goToStep(window.wizard()->stepCount() - 1);
    const QString preview = find<QPlainTextEdit>(window, u"jsonPreviewEditor"_s)->toPlainText();
    const QJsonObject previewed = QJsonDocument::fromJson(preview.toUtf8()).object();
    const QString launchId = previewed.value(u"config"_s).toObject().value(u"metadata"_s).toObject().value(u"flightdeck_launch_id"_s).toString();
    QCOMPARE(launchId.size(), 26);
    if (build) // the tag the build will push, named before it exists
        QCOMPARE(previewed.value(u"config"_s).toObject().value(u"image"_s).toString(), m_env.sim.registryHost() + u"/demo-app:deployment-"_s + launchId);

    m_env.api("DELETE", u"/_sim/requests"_s);
    QTest::mouseClick(find<QPushButton>(window, u"createAndStartButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.launchView()->state(), Ui::LaunchView::State::Succeeded, 240000);

    QString posted;
    QString postedLine;
    const QJsonArray log = QJsonDocument::fromJson(m_env.api("GET", u"/_sim/requests"_s).body).array();
    for (const QJsonValue &entry : log) {
        const QJsonObject request = entry.toObject();
        if (request.value(u"body"_s).toString() == preview) {
            posted = request.value(u"body"_s).toString();
            postedLine = request.value(u"method"_s).toString() + u' ' + request.value(u"path"_s).toString();
        }
    }
    QCOMPARE(posted, preview); // byte for byte
    QCOMPARE(postedLine, u"POST /v1/apps/demo-app/machines"_s);
    QCOMPARE(find<QLabel>(window, u"jsonPreviewRequestLine"_s)->text(), postedLine); // and where, as the preview said
    const QList<HistoryEntry> history = window.launches()->history().entries();
    QVERIFY(!history.isEmpty());
    QCOMPARE(history.last().request, previewed);
    // The next launch gets a new id, and the preview says so.
    QVERIFY(find<QPlainTextEdit>(window, u"jsonPreviewEditor"_s)->toPlainText() != preview);
}

void TestLaunchFlow::prepare(Ui::MainWindow &window, const QString &name)
{
    QVERIFY(TestSupport::openConnected(window));
    RunSpec spec;
    spec.app = u"demo-app"_s;
    spec.image = u"nginx:1.27"_s;
    spec.region = u"ams"_s;
    spec.name = name;
    spec.restart = RestartSpec{u"no"_s, 0, {}};
    window.document()->setSpec(spec);
    window.wizard()->goToStep(window.wizard()->stepCount() - 1);
}

QJsonObject TestLaunchFlow::machine(const QString &id, const QString &app)
{
    const TestSupport::HttpResponse answer = m_env.api("GET", u"/v1/apps/%1/machines/%2"_s.arg(app, id));
    return answer.status == 200 ? QJsonDocument::fromJson(answer.body).object() : QJsonObject();
}

TestLaunchFlow::ShellRun TestLaunchFlow::runCopiedCurl(Ui::MainWindow &window)
{
    window.wizard()->goToStep(window.wizard()->stepCount() - 1);
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(find<QPushButton>(window, u"copyCurlButton"_s), Qt::LeftButton);
    ShellRun run;
    run.command = QGuiApplication::clipboard()->text();
    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"FLY_API_TOKEN"_s, m_env.sim.token());
    shell.setProcessEnvironment(environment);
    shell.start(u"sh"_s, {u"-c"_s, run.command});
    if (!shell.waitForFinished(30000))
        return run; // exitCode stays -1
    run.exitCode = shell.exitStatus() == QProcess::NormalExit ? shell.exitCode() : -1;
    run.out = shell.readAllStandardOutput();
    run.err = shell.readAllStandardError();
    return run;
}

void TestLaunchFlow::createAndStartReachesStarted()
{
    Ui::MainWindow window(m_env.files());
    prepare(window, u"web-started"_s);
    auto *view = window.launchView();
    QVERIFY(!view->isVisible());
    QTest::mouseClick(find<QPushButton>(window, u"createAndStartButton"_s), Qt::LeftButton);
    QVERIFY(view->isVisible()); // the progress takes the wizard's place
    QCOMPARE(view->state(), Ui::LaunchView::State::Running);
    QVERIFY(find<QPushButton>(window, u"cancelLaunchButton"_s)->isVisible());

    QTRY_COMPARE_WITH_TIMEOUT(view->state(), Ui::LaunchView::State::Succeeded, 30000);
    QCOMPARE(view->stepStatus(LaunchStep::CreateMachine), StepEvent::Status::Done);
    QCOMPARE(view->stepStatus(LaunchStep::WaitStarted), StepEvent::Status::Done);
    QCOMPARE(view->stepStatus(LaunchStep::PrepareImage), StepEvent::Status::Done);
    QVERIFY(!find<QPushButton>(window, u"cancelLaunchButton"_s)->isVisible());

    const QString id = view->outcome().machine.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    const QString result = find<QLabel>(window, u"launchResult"_s)->text();
    QVERIFY2(result.contains(id) && result.contains(u"ams"_s) && result.contains(u"web-started"_s), qPrintable(result));
    QCOMPARE(machine(id).value(u"state"_s).toString(), u"started"_s);
    QVERIFY(result.contains(machine(id).value(u"private_ip"_s).toString()));

    QTest::mouseClick(find<QPushButton>(window, u"copyMachineIdButton"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), id);

    // Another like this: back in the wizard with the same settings but no name (names are unique).
    QTest::mouseClick(find<QPushButton>(window, u"launchAnotherButton"_s), Qt::LeftButton);
    QVERIFY(!view->isVisible());
    QVERIFY(window.document()->spec().name.isEmpty());
    QCOMPARE(window.document()->spec().image, u"nginx:1.27"_s);
}

void TestLaunchFlow::exitAtStartIsDiagnosedWithTheWayBack()
{
    Ui::MainWindow window(m_env.files());
    prepare(window, u"crash-one"_s);
    QTest::mouseClick(find<QPushButton>(window, u"createAndStartButton"_s), Qt::LeftButton);
    auto *view = window.launchView();
    QTRY_COMPARE_WITH_TIMEOUT(view->state(), Ui::LaunchView::State::Failed, 30000);

    const QString result = find<QLabel>(window, u"launchResult"_s)->text();
    QVERIFY2(result.contains(u"exited with code 3"_s), qPrintable(result));
    const bool waitOrWatchFailed = view->stepStatus(LaunchStep::WaitStarted) == StepEvent::Status::Failed
        || view->stepStatus(LaunchStep::WatchChecks) == StepEvent::Status::Failed;
    QVERIFY(waitOrWatchFailed);
    QVERIFY(find<QPushButton>(window, u"retryLaunchButton"_s)->isVisible());

    // The diagnosis names the command: its button goes back to the Command step.
    auto *fix = find<QPushButton>(window, u"fixSettingButton"_s);
    QVERIFY(fix->isVisible());
    QTest::mouseClick(fix, Qt::LeftButton);
    QVERIFY(!view->isVisible());
    QCOMPARE(window.wizard()->currentStep(), window.wizard()->stepForField(u"cmd"_s));
    QVERIFY(find<QWidget>(window, u"cmdEdit"_s)->isVisible());
}

void TestLaunchFlow::createOnlyLeavesItStopped()
{
    Ui::MainWindow window(m_env.files());
    prepare(window, u"web-created"_s);
    QTest::mouseClick(find<QPushButton>(window, u"createOnlyButton"_s), Qt::LeftButton);
    auto *view = window.launchView();
    QTRY_COMPARE_WITH_TIMEOUT(view->state(), Ui::LaunchView::State::Succeeded, 30000);
    const QString id = view->outcome().machine.value(u"id"_s).toString();
    QVERIFY(!view->stepSeen(LaunchStep::WaitStarted) || view->stepStatus(LaunchStep::WaitStarted) == StepEvent::Status::Skipped);
    const QString state = machine(id).value(u"state"_s).toString();
    QVERIFY2(state == "created"_L1 || state == "stopped"_L1, qPrintable(state));
}

void TestLaunchFlow::cancelSaysWhatExists()
{
    const TestSupport::HttpResponse slow = m_env.api("PUT", u"/_sim/boot-delay"_s, R"({"ms": 60000})");
    QVERIFY(slow.status < 300);
    const auto restore = qScopeGuard([this] { m_env.api("PUT", u"/_sim/boot-delay"_s, R"({"ms": 150})"); });

    Ui::MainWindow window(m_env.files());
    prepare(window, u"web-cancelled"_s);
    QTest::mouseClick(find<QPushButton>(window, u"createAndStartButton"_s), Qt::LeftButton);
    auto *view = window.launchView();
    QTRY_VERIFY_WITH_TIMEOUT(view->stepSeen(LaunchStep::WaitStarted), 30000);
    QTest::mouseClick(find<QPushButton>(window, u"cancelLaunchButton"_s), Qt::LeftButton);
    QTRY_COMPARE(view->state(), Ui::LaunchView::State::Cancelled);
    QVERIFY(view->outcome().cancelled);
    const QString result = find<QLabel>(window, u"launchResult"_s)->text();
    QVERIFY2(result.contains(u"What exists now"_s), qPrintable(result));
    QVERIFY(find<QPushButton>(window, u"retryLaunchButton"_s)->isVisible());
    QVERIFY(find<QPushButton>(window, u"backToWizardButton"_s)->isEnabled());
}

void TestLaunchFlow::copiedCurlCreatesTheSameMachine()
{
    // Review › Copy as curl, pasted into a shell with the token in $FLY_API_TOKEN:
    // the simulator creates a Machine with the config the preview shows.
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    RunSpec spec;
    spec.app = u"demo-app"_s;
    spec.region = u"fra"_s;
    spec.image = u"nginx:1.27"_s;
    spec.env = {{u"QUOTE"_s, u"it's \"quoted\" $HOME"_s}}; // survives the shell untouched
    spec.guest.memoryMb = 512;
    window.document()->setSpec(spec);
    const ShellRun run = runCopiedCurl(window);
    QVERIFY2(run.command.contains(u"curl "_s) && run.command.contains(u"$FLY_API_TOKEN"_s), qPrintable(run.command));
    QVERIFY(!run.command.contains(m_env.sim.token())); // read when it runs, never written in
    const QJsonObject previewed =
        QJsonDocument::fromJson(find<QPlainTextEdit>(window, u"jsonPreviewEditor"_s)->toPlainText().toUtf8()).object().value(u"config"_s).toObject();
    const QByteArray &answer = run.out;
    QVERIFY2(run.exitCode == 0, QByteArray(answer + run.err).constData());
    const QString id = QJsonDocument::fromJson(answer).object().value(u"id"_s).toString();
    QVERIFY2(!id.isEmpty(), answer.constData());
    const QJsonObject created = machine(id);
    QCOMPARE(created.value(u"region"_s).toString(), u"fra"_s);
    const QJsonObject config = created.value(u"config"_s).toObject();
    for (auto it = previewed.constBegin(); it != previewed.constEnd(); ++it)
        QVERIFY2(config.value(it.key()) == it.value(), qPrintable(it.key() + u": "_s + QString::fromUtf8(QJsonDocument(config).toJson())));
}

void TestLaunchFlow::newAppIsCreatedFirst()
{
    // An app name the App step found free: the preview shows the request that
    // creates it above the Machine's, and the copied command sends both.
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    RunSpec spec;
    spec.app = u"curl-new-app"_s;
    spec.image = u"nginx:1.27"_s;
    window.document()->setSpec(spec);
    window.wizard()->goToStep(window.wizard()->stepForField(u"app"_s));
    auto *first = find<QLabel>(window, u"jsonPreviewFirstRequest"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!first->isHidden(), 10000);
    const QString firstText = first->text();
    QCOMPARE(firstText.section(u'\n', 0, 0), u"POST /v1/apps?wait=true"_s);
    const QJsonObject appBody = QJsonDocument::fromJson(firstText.section(u'\n', 1).toUtf8()).object();
    QCOMPARE(appBody.value(u"name"_s).toString(), u"curl-new-app"_s);
    QCOMPARE(appBody.value(u"org_slug"_s).toString(), u"personal"_s);
    QCOMPARE(find<QLabel>(window, u"jsonPreviewRequestLine"_s)->text(), u"POST /v1/apps/curl-new-app/machines"_s);
    // An app of yours: only the Machine's request.
    RunSpec existing = spec;
    existing.app = u"demo-app"_s;
    window.document()->setSpec(existing);
    QTRY_VERIFY_WITH_TIMEOUT(first->isHidden(), 10000);
    window.document()->setSpec(spec);
    QTRY_VERIFY_WITH_TIMEOUT(!first->isHidden(), 10000);

    const ShellRun run = runCopiedCurl(window);
    QVERIFY(!run.command.contains(m_env.sim.token()));
    const QByteArray &answer = run.out;
    QVERIFY2(run.exitCode == 0, QByteArray(answer + run.err).constData());
    QCOMPARE(m_env.api("GET", u"/v1/apps/curl-new-app"_s).status, 200);
    const QString id = QJsonDocument::fromJson(answer).object().value(u"id"_s).toString();
    QVERIFY2(!machine(id, u"curl-new-app"_s).isEmpty(), answer.constData());
}

void TestLaunchFlow::theMachineLogFollowsTheLaunch()
{
    // The new Machine's log in the launch view as it arrives: the host's lines, what the
    // process printed, its exit; Follow off holds new lines back; find and copy.
    Ui::MainWindow window(m_env.files());
    prepare(window, u"logged-one"_s);
    RunSpec spec = window.document()->spec();
    spec.image = u"flightdeck/crash-on-start:1"_s; // prints why, then exits with code 1
    window.document()->setSpec(spec);
    QTest::mouseClick(find<QPushButton>(window, u"createAndStartButton"_s), Qt::LeftButton);
    auto *view = window.launchView();
    auto *log = find<QPlainTextEdit>(window, u"machineLogText"_s);
    QVERIFY(log->isVisible()); // the first tab
    auto *follow = find<QCheckBox>(window, u"followLogCheck"_s);
    // Held back from the moment the Machine exists.
    auto *status = find<QLabel>(window, u"machineLogStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Following the log of "_s), 20000);
    TestSupport::clickTo(follow, false);
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(u"Paused: "_s), qPrintable(status->text() + log->toPlainText()), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(view->state(), Ui::LaunchView::State::Failed, 30000);
    QTest::qWait(LogStream::kEmptyPauseMs + 1000); // the exit's lines are in by now, held
    QVERIFY2(!log->toPlainText().contains(u"Main child exited"_s), qPrintable(log->toPlainText()));
    TestSupport::clickTo(follow, true);
    const QString text = log->toPlainText();
    QVERIFY2(text.contains(u"runner Pulling container image flightdeck/crash-on-start:1"_s), qPrintable(text));
    QVERIFY2(text.contains(u"app error: DATABASE_URL is not set"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Main child exited normally with code: 1"_s), qPrintable(text));
    // Every line once, in the order they happened.
    QCOMPARE(text.count(u"Preparing to run"_s), 1);
    QVERIFY(text.indexOf(u"DATABASE_URL"_s) < text.indexOf(u"Main child exited"_s));

    auto *find = TestSupport::find<QLineEdit>(window, u"findInLogEdit"_s);
    QTest::mouseClick(find, Qt::LeftButton);
    QTest::keyClicks(find, u"code: 1"_s);
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(log->textCursor().selectedText(), u"code: 1"_s);
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(TestSupport::find<QPushButton>(window, u"copyLogButton"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), text);
}

void TestLaunchFlow::theLogNamesTheCause_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("said");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("restarts"); // flyd's default policy (on-failure) instead of "no"
    QTest::newRow("out of memory") << u"flightdeck/memory-hog:1"_s << u"ran out of memory"_s << u"guest.memory_mb"_s << false;
    QTest::newRow("a variable missing") << u"flightdeck/crash-on-start:1"_s << u"The app says DATABASE_URL is not set"_s << u"env"_s << false;
    QTest::newRow("a variable missing, restarted") << u"flightdeck/crash-on-start:1"_s << u"The app says DATABASE_URL is not set"_s << u"env"_s << true;
    QTest::newRow("a file missing") << u"flightdeck/needs-config:1"_s << u"The app could not find the file /etc/app/config.toml"_s << u"files"_s << false;
    QTest::newRow("listening on 127.0.0.1") << u"flightdeck/localhost-only:1"_s << u"listens on 127.0.0.1:8080, where Fly Proxy cannot reach it"_s
                                            << u"services"_s << false;
    QTest::newRow("listening on another port") << u"flightdeck/wrong-port:1"_s << u"The app listens on port 3000, but the service sends its traffic to port 8080"_s
                                               << u"services"_s << false;
    QTest::newRow("a restart loop") << u"flightdeck/restart-loop:1"_s << u"The Machine is in a restart loop: its process exited"_s << u"cmd"_s << true;
    QTest::newRow("the pull refused") << u"flightdeck/pull-denied:1"_s << u"The image could not be pulled: Failed to pull image flightdeck/pull-denied:1: unauthorized"_s
                                      << u"image"_s << false;
}

void TestLaunchFlow::theLogNamesTheCause()
{
    // Machines that fail as real apps do (the simulator's process fixtures): the diagnosis
    // says what the log says, and its button leads to the setting to change.
    QFETCH(QString, image);
    QFETCH(QString, said);
    QFETCH(QString, field);
    QFETCH(bool, restarts);
    Ui::MainWindow window(m_env.files());
    prepare(window, QString());
    RunSpec spec = window.document()->spec();
    spec.image = image;
    if (restarts)
        spec.restart.reset();
    // A public port with a TCP check, which an app out of the proxy's reach fails.
    const QJsonArray checks{QJsonObject{{u"type"_s, u"tcp"_s}, {u"interval"_s, u"2s"_s}, {u"timeout"_s, u"1s"_s}}};
    spec.services = {ServiceSpec{u"tcp"_s, 8080, {PortSpec{443, 0, 0, {u"tls"_s, u"http"_s}, {}}}, true, {}, QJsonObject{{u"checks"_s, checks}}}};
    spec.waitTimeoutSeconds = 4;
    window.document()->setSpec(spec);
    m_env.api("DELETE", u"/_sim/requests"_s);
    QTest::mouseClick(find<QPushButton>(window, u"createAndStartButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.launchView()->state(), Ui::LaunchView::State::Failed, 30000);
    const QString result = find<QLabel>(window, u"launchResult"_s)->text();
    QVERIFY2(result.contains(said), qPrintable(result));
    // The log the view shows is the one the diagnosis read: one stream, from its first page on.
    QVERIFY(!find<Ui::MachineLogView>(window, u"machineLog"_s)->text().isEmpty());
    const QJsonArray requests = QJsonDocument::fromJson(m_env.api("GET", u"/_sim/requests"_s).body).array();
    const auto firstPages = std::count_if(requests.begin(), requests.end(), [](const QJsonValue &r) {
        return r[u"path"_s].toString().endsWith(u"/logs"_s) && QUrlQuery(r[u"query"_s].toString()).queryItemValue(u"next_token"_s).isEmpty();
    });
    QCOMPARE(firstPages, 1);
    QTest::mouseClick(find<QPushButton>(window, u"fixSettingButton"_s), Qt::LeftButton);
    QCOMPARE(window.wizard()->currentStep(), window.wizard()->stepForField(field));
}

void TestLaunchFlow::anImageThatDoesNotResolveLeadsToImage()
{
    // The platform resolves the image at the create; one it cannot find fails there, and no Machine exists.
    Ui::MainWindow window(m_env.files());
    prepare(window, u"unresolved"_s);
    RunSpec spec = window.document()->spec();
    spec.image = u"flightdeck/never-published:1"_s;
    window.document()->setSpec(spec);
    QTest::mouseClick(find<QPushButton>(window, u"createAndStartButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.launchView()->state(), Ui::LaunchView::State::Failed, 30000);
    const QString result = find<QLabel>(window, u"launchResult"_s)->text();
    QVERIFY2(result.contains(u"could not resolve image"_s) && result.contains(u"flightdeck/never-published:1"_s), qPrintable(result));
    QVERIFY2(result.contains(u"Check the image's name and tag"_s), qPrintable(result));
    QTest::mouseClick(find<QPushButton>(window, u"fixSettingButton"_s), Qt::LeftButton);
    QCOMPARE(window.wizard()->currentStep(), window.wizard()->stepForField(u"image"_s));
    const QJsonArray machines = m_env.api("GET", u"/v1/apps/demo-app/machines"_s).json.toArray();
    QVERIFY(std::none_of(machines.begin(), machines.end(), [](const QJsonValue &m) { return m[u"name"_s].toString() == "unresolved"_L1; }));
}

void TestLaunchFlow::cancellingOneLaunchLeavesTheOtherAlone()
{
    // Two launches share the session's client: Cancel on the one shown aborts its requests only.
    QCOMPARE(m_env.api("PUT", u"/_sim/boot-delay"_s, R"({"ms": 3000})").status, 200);
    const auto restore = qScopeGuard([this] { m_env.api("PUT", u"/_sim/boot-delay"_s, R"({"ms": 150})"); });
    Ui::MainWindow window(m_env.files());
    prepare(window, u"goes-on"_s);
    QTest::mouseClick(find<QPushButton>(window, u"createAndStartButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.launchView()->stepSeen(LaunchStep::WaitStarted), 10000);
    QTest::mouseClick(find<QPushButton>(window, u"backToWizardButton"_s), Qt::LeftButton);
    RunSpec spec = window.document()->spec();
    spec.name = u"called-off"_s;
    window.document()->setSpec(spec);
    window.wizard()->goToStep(window.wizard()->stepCount() - 1);
    QTest::mouseClick(find<QPushButton>(window, u"createAndStartButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.launchView()->stepSeen(LaunchStep::WaitStarted), 10000);
    QTest::mouseClick(find<QPushButton>(window, u"cancelLaunchButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.launchView()->state(), Ui::LaunchView::State::Cancelled, 5000);
    // The first one's wait was not aborted: it starts.
    QTRY_COMPARE_WITH_TIMEOUT(window.launches()->runningCount(), 0, 20000);
    QCOMPARE(TestSupport::lastOutcomes(window, 2), (QStringList{u"called-off:cancelled"_s, u"goes-on:started"_s}));
}

QTEST_MAIN(TestLaunchFlow)
#include "tst_launchflow.moc"
