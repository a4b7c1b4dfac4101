// The wizard's steps, driven through their real widgets offscreen against a
// real flightdeck-sim: a walk that ends with the same request
// `flightdeck run … --print-config` prints, Next refusing a step with errors
// (and saying why), jumps to any step, lists fetched from the API.

#include "app/auth/keychaintokenstore.h"
#include "app/spec/runspecdocument.h"
#include "app/spec/shellwords.h"
#include "support/httpclient.h"
#include "ui/pages/apppage.h"
#include "ui/simwindow.h"
#include "ui/widgets/keyvaluetable.h"
#include "ui/widgets/loadstatus.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QNetworkAccessManager>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextLayout>
#include <QToolButton>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QDesktopServices>
#include <QTest>
#include <QTextBlock>

using namespace Qt::StringLiterals;
using namespace Flightdeck;
using TestSupport::activateItem;
using TestSupport::chooseItem;
using TestSupport::clickRow;
using TestSupport::clickTo;
using TestSupport::find;
using TestSupport::typeValue;

namespace {

// The steps, in order.
enum Step { Account, App, Image, Command, Region, Resources, Services, Volumes, Environment, Lifecycle, Review };

} // namespace

class TestRunWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void walkMatchesTheCommandLine();
    void accountStepTakesAToken();
    void appNameIsCheckedAsYouType();
    void folderWithFlyTomlSuppliesAppAndBuild();
    void listsShowErrorsWithRetry();
    void volumeCreatedInline();
    void standbyPickedFromTheAppsMachines();
    void onlyFreeVolumesAreOffered();
    void invalidInputOnOtherStepsBlocksNext();
    void nextIsBlockedWithTheReasonVisible();
    void keyboardMovesThroughTheSteps();
    void stepListJumpsAndShowsStates();
    void eachStepExplainsItself();
    void resourcesOfferOnlyValidCombinations();
    void previewEditsFillTheForm();
    void regionsWithPrices();
    void lifecycleShowsTheEffectiveDefault();
    void portTableFollowsTheSpec();

private:
    TestSupport::SimEnvironment m_env;

    static void selectRegion(QWidget &window, const QString &code)
    {
        auto *list = window.findChild<QListWidget *>(u"regionList"_s);
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == code)
                clickRow(list, i);
        }
    }
};

void TestRunWizard::initTestCase()
{
    QVERIFY2(m_env.start(), qPrintable(m_env.sim.errorString()));
}

void TestRunWizard::walkMatchesTheCommandLine()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window)); // a token that works skips the Account step
    auto *wizard = window.wizard();
    auto *next = find<QPushButton>(window, u"nextButton"_s);
    QCOMPARE(wizard->stepState(Account), Ui::RunWizard::StepState::Complete);

    // App: one of the organization's apps, listed by the API.
    auto *apps = find<QComboBox>(window, u"appCombo"_s);
    QTRY_VERIFY(apps->findText(u"demo-app"_s) >= 0);
    QTest::keyClicks(apps->lineEdit(), u"demo-app"_s);
    QTRY_VERIFY(find<QLabel>(window, u"appKind"_s)->text().contains(u"An existing app of personal"_s));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentStep(), int(Image));

    QTest::keyClicks(find<QLineEdit>(window, u"imageEdit"_s), u"nginx:1.27"_s);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentStep(), int(Command));

    QTest::keyClicks(find<QLineEdit>(window, u"cmdEdit"_s), u"sh -c 'echo hello; sleep 3600'"_s);
    QTest::keyClicks(find<QLineEdit>(window, u"entrypointEdit"_s), u"/usr/bin/tini --"_s);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentStep(), int(Region));

    selectRegion(window, u"ams"_s);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentStep(), int(Resources));

    auto *kind = find<QComboBox>(window, u"cpuKindCombo"_s);
    chooseItem(kind, kind->findData(u"performance"_s));
    auto *cpus = find<QComboBox>(window, u"cpusCombo"_s);
    chooseItem(cpus, cpus->findData(2));
    QCOMPARE(window.document()->spec().guest.memoryMb, 4096); // moved to the nearest valid value
    auto *memory = find<QSpinBox>(window, u"memorySpin"_s);
    memory->setFocus();
    memory->selectAll();
    QTest::keyClicks(memory, u"8192"_s);
    QTest::keyClick(memory, Qt::Key_Tab);
    // Advanced: swap and kernel arguments.
    QVERIFY(!find<QWidget>(window, u"advancedResources"_s)->isVisible());
    QTest::mouseClick(find<QToolButton>(window, u"advancedToggle"_s), Qt::LeftButton);
    QVERIFY(find<QWidget>(window, u"advancedResources"_s)->isVisible());
    typeValue(find<QSpinBox>(window, u"swapSpin"_s), 512);
    QTest::keyClicks(find<QLineEdit>(window, u"kernelArgsEdit"_s), u"console=ttyS0 quiet"_s);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentStep(), int(Services));

    // Services: one port with TLS and HTTP on internal port 8080, suspended when idle.
    QTest::mouseClick(find<QPushButton>(window, u"addPortButton"_s), Qt::LeftButton);
    auto *autostop = find<QComboBox>(window, u"autostopCombo"_s);
    chooseItem(autostop, 2);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentStep(), int(Volumes));

    // Volumes: the app's unattached volume in ams, from the API.
    auto *volume = find<QComboBox>(window, u"volumeCombo"_s);
    QTRY_VERIFY(volume->findData(u"vol_demo0000data0001"_s) >= 0);
    chooseItem(volume, volume->findData(u"vol_demo0000data0001"_s));
    QTest::keyClicks(find<QLineEdit>(window, u"mountPathEdit"_s), u"/data"_s);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentStep(), int(Environment));

    // Environment: pasted KEY=VALUE lines; files as literal text and from a secret of the app.
    auto *env = find<Ui::KeyValueTable>(window, u"env"_s);
    QCOMPARE(env->importText(u"# from .env\nexport NODE_ENV=production\nGREETING=\"hello world\"\nnot a pair\n"_s), QStringList{u"not a pair"_s});
    auto *files = find<QTableWidget>(window, u"filesTable"_s);
    QTest::mouseClick(find<QPushButton>(window, u"filesAddText"_s), Qt::LeftButton);
    files->item(0, 0)->setText(u"/etc/motd"_s);
    files->item(0, 2)->setText(u"hello"_s);
    QTRY_VERIFY(find<QLabel>(window, u"secretsStatusText"_s)->text().contains(u"DATABASE_URL"_s));
    QTest::mouseClick(find<QPushButton>(window, u"filesAddSecret"_s), Qt::LeftButton);
    files->item(1, 0)->setText(u"/etc/db-url"_s);
    QCOMPARE(find<QComboBox>(window, u"fileSecret_1"_s)->currentText(), u"DATABASE_URL"_s);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentStep(), int(Lifecycle));

    // Lifecycle: a name, a restart policy with attempts, metadata.
    QTest::keyClicks(find<QLineEdit>(window, u"nameEdit"_s), u"web-1"_s);
    auto *restart = find<QComboBox>(window, u"restartCombo"_s);
    chooseItem(restart, restart->findData(u"on-failure"_s));
    typeValue(find<QSpinBox>(window, u"retriesSpin"_s), 3);
    find<Ui::KeyValueTable>(window, u"metadata"_s)->importText(u"team=web"_s);
    // How long to wait for the start and the health checks (what --wait-timeout says), typed.
    auto *waitTimeout = find<QSpinBox>(window, u"waitTimeoutSpin"_s);
    waitTimeout->setFocus();
    QTest::keyClick(waitTimeout, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(waitTimeout, u"120"_s);
    QCOMPARE(window.document()->spec().waitTimeoutSeconds, 120);
    auto *skipChecks = find<QCheckBox>(window, u"skipHealthChecksCheck"_s);
    QTest::mouseClick(skipChecks, Qt::LeftButton, {}, QPoint(8, skipChecks->height() / 2));
    QVERIFY(window.document()->spec().skipHealthChecks);
    QTest::mouseClick(skipChecks, Qt::LeftButton, {}, QPoint(8, skipChecks->height() / 2));
    QVERIFY(!window.document()->spec().skipHealthChecks);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentStep(), int(Review));

    // The preview holds what the command line would send for the same choices.
    QProcess flightdeck;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"FLY_APP"_s);
    flightdeck.setProcessEnvironment(environment);
    flightdeck.start(QStringLiteral(FLIGHTDECK_EXECUTABLE),
                     {u"run"_s, u"nginx:1.27"_s, u"-a"_s, u"demo-app"_s, u"-r"_s, u"ams"_s, u"--entrypoint"_s, u"/usr/bin/tini --"_s, u"--vm-cpu-kind"_s,
                      u"performance"_s, u"--vm-cpus"_s, u"2"_s, u"--vm-memory"_s, u"8192"_s, u"--swap-size"_s, u"512"_s, u"--kernel-arg"_s,
                      u"console=ttyS0"_s, u"--kernel-arg"_s, u"quiet"_s, u"-v"_s, u"vol_demo0000data0001:/data"_s, u"-e"_s, u"NODE_ENV=production"_s,
                      u"-e"_s, u"GREETING=hello world"_s, u"--file-literal"_s, u"/etc/motd=hello"_s, u"--file-secret"_s, u"/etc/db-url=DATABASE_URL"_s,
                      u"-m"_s, u"team=web"_s, u"--name"_s, u"web-1"_s, u"-p"_s, u"443:8080/tcp:http:tls"_s, u"--autostart=true"_s,
                      u"--autostop=suspend"_s, u"--machine-config"_s, uR"({"restart":{"policy":"on-failure","max_retries":3}})"_s,
                      u"--print-config"_s, u"--"_s, u"sh"_s, u"-c"_s, u"echo hello; sleep 3600"_s});
    QVERIFY(flightdeck.waitForFinished(30000));
    QCOMPARE(flightdeck.exitCode(), 0);
    const QJsonObject fromCommandLine = QJsonDocument::fromJson(flightdeck.readAllStandardOutput()).object();
    QJsonObject fromPreview = QJsonDocument::fromJson(find<QPlainTextEdit>(window, u"jsonPreviewEditor"_s)->toPlainText().toUtf8()).object();
    QVERIFY(!fromPreview.isEmpty());
    // The preview carries the id of the launch it will be (a ULID); --print-config is no launch and has none.
    QJsonObject config = fromPreview.value(u"config"_s).toObject();
    QJsonObject metadata = config.value(u"metadata"_s).toObject();
    QCOMPARE(metadata.take(u"flightdeck_launch_id"_s).toString().size(), 26);
    config.insert(u"metadata"_s, metadata);
    fromPreview.insert(u"config"_s, config);
    QCOMPARE(fromPreview, fromCommandLine);

    // Review: nothing to fix (no empty problems box), what it creates in words,
    // the command to paste into a terminal, and both launch buttons ready.
    auto *issues = find<QListWidget>(window, u"reviewIssues"_s);
    QCOMPARE(issues->count(), 0);
    QVERIFY(issues->isHidden());
    auto *summary = find<QListWidget>(window, u"reviewSummary"_s);
    QVERIFY(summary->count() >= 8);
    QCOMPARE(summary->item(0)->text(), u"In your app demo-app."_s); // the App step found it
    QCOMPARE(summary->item(2)->text(), u"The Machine web-1, in Amsterdam, Netherlands (ams)."_s);
    activateItem(summary, 2); // a line leads to the step that changes it
    QTRY_COMPARE(window.wizard()->currentStep(), window.wizard()->stepForField(u"region"_s));
    window.wizard()->goToStep(window.wizard()->stepCount() - 1);
    QVERIFY(find<QPlainTextEdit>(window, u"reviewCommand"_s)->toPlainText().startsWith(u"fly machine run nginx:1.27 --app demo-app --region ams --name web-1"_s));
    QVERIFY(find<QPushButton>(window, u"createAndStartButton"_s)->isEnabled());
    QVERIFY(find<QPushButton>(window, u"createOnlyButton"_s)->isEnabled());
}

void TestRunWizard::accountStepTakesAToken()
{
    // No token anywhere: the wizard stays on Account and says what to do.
    const QByteArray token = qgetenv("FLY_API_TOKEN");
    qunsetenv("FLY_API_TOKEN");
    const auto restore = qScopeGuard([&] { qputenv("FLY_API_TOKEN", token); });
    Ui::MainWindow window(m_env.files());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.connectToApi();
    QTRY_COMPARE(window.session()->tokenState(), Ui::ApiSession::TokenState::Missing);
    auto *wizard = window.wizard();
    QCOMPARE(wizard->currentStep(), int(Account));
    QVERIFY(!wizard->next());
    QVERIFY(find<QLabel>(window, u"nextBlockedReason"_s)->isVisible());
    QVERIFY(find<QLabel>(window, u"tokenStateMessage"_s)->text().contains(u"no API token"_s));
    // A first run says in words how to give Flightdeck a token: the three ways, and where to create one.
    auto *firstRun = find<QLabel>(window, u"firstRunHelp"_s);
    QVERIFY(firstRun->isVisible());
    for (const QString &way : {u"Paste a token below"_s, u"FLY_API_TOKEN"_s, u"fly auth login"_s, u"href=\"https://fly.io/docs/security/tokens/\""_s})
        QVERIFY2(firstRun->text().contains(way), qPrintable(way));
    // Meanwhile the other steps can be explored, and the preview follows them.
    TestSupport::clickRow(find<QListWidget>(window, u"stepList"_s), Image);
    QCOMPARE(wizard->currentStep(), int(Image));
    auto *image = find<QLineEdit>(window, u"imageEdit"_s);
    image->clear();
    QTest::keyClicks(image, u"nginx:1.27-first-run"_s);
    QTRY_VERIFY(find<QPlainTextEdit>(window, u"jsonPreviewEditor"_s)->toPlainText().contains(u"\"nginx:1.27-first-run\""_s));
    TestSupport::clickRow(find<QListWidget>(window, u"stepList"_s), Account);

    // A wrong token is refused by the API, kept for nothing.
    auto *edit = find<QLineEdit>(window, u"tokenEdit"_s);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(edit, u"fo1_not-a-real-token"_s);
    clickTo(find<QRadioButton>(window, u"storeForSession"_s), true);
    QTest::mouseClick(find<QPushButton>(window, u"useTokenButton"_s), Qt::LeftButton);
    QTRY_COMPARE(window.session()->tokenState(), Ui::ApiSession::TokenState::Rejected);
    QVERIFY(find<QLabel>(window, u"tokenStateMessage"_s)->text().contains(u"refused"_s));
    QVERIFY(edit->text().isEmpty()); // the widget does not hold on to it

    // The right one, kept in the keychain, with Enter in the field: accepted
    // and stored; that Enter is the field's, not the wizard's Next.
    clickTo(find<QRadioButton>(window, u"storeInKeychain"_s), true);
    wizard->goToStep(Account); // a fresh look at the step: no reason shown
    QVERIFY(!find<QLabel>(window, u"nextBlockedReason"_s)->isVisible());
    QTest::keyClicks(edit, QString::fromUtf8(token));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(wizard->currentStep(), int(Account));
    QVERIFY(!find<QLabel>(window, u"nextBlockedReason"_s)->isVisible());
    QTRY_COMPARE(window.session()->tokenState(), Ui::ApiSession::TokenState::Valid);
    QVERIFY(!firstRun->isVisible());
    QTRY_VERIFY(find<QLabel>(window, u"tokenStorageMessage"_s)->text().contains(u"Stored in the system keychain"_s));
    QVERIFY(find<QLabel>(window, u"tokenState"_s)->text().contains(u"stored in the system keychain"_s));
    QVERIFY(!find<QLabel>(window, u"tokenState"_s)->text().contains(QString::fromUtf8(token)));
    QVERIFY(wizard->next());
    QCOMPARE(wizard->currentStep(), int(App));

    KeychainTokenStore store;
    QSignalSpy read(&store, &KeychainTokenStore::readFinished);
    store.read();
    QVERIFY(read.wait(10000));
    QCOMPARE(read.at(0).at(1).toString(), QString::fromUtf8(token));

    // A new window finds it in the keychain without being told.
    {
        Ui::MainWindow second(m_env.files());
        QVERIFY(TestSupport::openConnected(second));
        QCOMPARE(second.session()->tokenOrigin(), TokenSources::Origin::Keychain);
    }

    // Forget removes it.
    wizard->goToStep(Account);
    QTest::mouseClick(find<QPushButton>(window, u"forgetTokenButton"_s), Qt::LeftButton);
    QTRY_VERIFY(find<QLabel>(window, u"tokenStorageMessage"_s)->text().contains(u"Removed from the keychain"_s));
    QCOMPARE(window.session()->tokenState(), Ui::ApiSession::TokenState::Missing);
    store.read();
    QVERIFY(read.wait(10000));
    QCOMPARE(read.at(1).at(0).value<KeychainTokenStore::Status>(), KeychainTokenStore::Status::NotFound);
}

void TestRunWizard::appNameIsCheckedAsYouType()
{
    // An app that belongs to another organization.
    const TestSupport::HttpResponse created = m_env.api("POST", u"/v1/apps"_s, R"({"app_name":"acme-billing","org_slug":"acme-corp"})");
    QCOMPARE(created.status, 201);

    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    auto *apps = find<QComboBox>(window, u"appCombo"_s);
    auto *kind = find<QLabel>(window, u"appKind"_s);
    auto *page = find<Ui::AppPage>(window, u"appPage"_s);
    QTRY_VERIFY(apps->findText(u"demo-app"_s) >= 0);
    QCOMPARE(find<QComboBox>(window, u"orgCombo"_s)->currentData().toString(), u"personal"_s);

    QTest::keyClicks(apps->lineEdit(), u"fresh-app-1"_s);
    QTRY_COMPARE(page->appKind(), Ui::AppPage::AppKind::New);
    QVERIFY(kind->text().contains(u"the name is free"_s));
    QVERIFY(window.wizard()->next());
    window.wizard()->back();

    apps->lineEdit()->selectAll();
    QTest::keyClicks(apps->lineEdit(), u"acme-billing"_s);
    QTRY_COMPARE(page->appKind(), Ui::AppPage::AppKind::Taken);
    QVERIFY(!window.wizard()->next());
    QVERIFY(find<QLabel>(window, u"appComboMessage"_s)->text().contains(u"belongs to another organization"_s));

    // In its own organization it is an existing app.
    auto *orgs = find<QComboBox>(window, u"orgCombo"_s);
    chooseItem(orgs, orgs->findData(u"acme-corp"_s));
    QTRY_COMPARE(page->appKind(), Ui::AppPage::AppKind::Existing);
    QCOMPARE(window.document()->spec().org, u"acme-corp"_s);
    QVERIFY(!find<QLabel>(window, u"appComboMessage"_s)->isVisible());
    QVERIFY(window.wizard()->next());
}

void TestRunWizard::folderWithFlyTomlSuppliesAppAndBuild()
{
    QTemporaryDir project;
    QVERIFY(project.isValid());
    QFile toml(project.filePath(u"fly.toml"_s));
    QVERIFY(toml.open(QIODevice::WriteOnly));
    toml.write("app = \"toml-app\"\n\n[build]\n  dockerfile = \"Dockerfile.web\"\n");
    toml.close();
    QFile dockerfile(project.filePath(u"Dockerfile.web"_s));
    QVERIFY(dockerfile.open(QIODevice::WriteOnly));
    dockerfile.write("FROM alpine:3.20\n# a comment\nRUN echo hello > /hello\nCMD [\"cat\", \"/hello\"]\n");
    dockerfile.close();

    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    auto *folder = find<QLineEdit>(window, u"folderEdit"_s);
    QTest::keyClicks(folder, project.path());
    QTest::keyClick(folder, Qt::Key_Return);
    const RunSpec spec = window.document()->spec();
    QCOMPARE(spec.app, u"toml-app"_s);
    QCOMPARE(spec.workingDir, project.path());
    QVERIFY(spec.build.has_value());
    QCOMPARE(spec.build->dockerfile, u"Dockerfile.web"_s);
    QVERIFY(find<QLabel>(window, u"folderNote"_s)->text().contains(u"App toml-app from fly.toml"_s));

    // The Image step shows the build, and the Dockerfile highlighted.
    window.wizard()->goToStep(Image);
    QVERIFY(find<QRadioButton>(window, u"fromDockerfile"_s)->isChecked());
    QVERIFY(!find<QLineEdit>(window, u"imageEdit"_s)->isEnabled());
    auto *text = find<QPlainTextEdit>(window, u"dockerfileText"_s);
    QVERIFY(text->isVisible());
    QVERIFY(text->toPlainText().startsWith(u"FROM alpine:3.20"_s));
    QTRY_VERIFY(!text->document()->firstBlock().layout()->formats().isEmpty()); // FROM is a highlighted keyword
    QSet<QRgb> colours;
    for (QTextBlock block = text->document()->firstBlock(); block.isValid(); block = block.next()) {
        const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
        for (const QTextLayout::FormatRange &range : ranges)
            colours.insert(range.format.foreground().color().rgb());
    }
    QVERIFY2(colours.size() >= 2, "the keyword and the comment differ in colour");
    QVERIFY(window.wizard()->next());

    // Back to a registry image: the build is gone from the spec.
    window.wizard()->goToStep(Image);
    auto *fromRegistry = find<QRadioButton>(window, u"fromRegistry"_s);
    QTest::mouseClick(fromRegistry, Qt::LeftButton, {}, QPoint(8, fromRegistry->height() / 2)); // on the button and its label
    QVERIFY(!window.document()->spec().build.has_value());
    QVERIFY(!window.wizard()->next()); // now it needs an image
    QVERIFY(find<QLabel>(window, u"imageEditMessage"_s)->text().contains(u"choose an image"_s));
}

void TestRunWizard::listsShowErrorsWithRetry()
{
    const TestSupport::HttpResponse fault = m_env.api(
        "POST", u"/_sim/faults"_s,
        R"({"method":"GET","path":"/v1/apps$","action":"status","status":500,"body":{"error":"internal: database unavailable"},"count":5})");
    QVERIFY2(fault.status < 300, fault.body.constData());

    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    auto *status = find<Ui::LoadStatus>(window, u"appsStatus"_s);
    // A 500 is retried (five attempts, with backoff) before the list says it failed.
    QTRY_COMPARE_WITH_TIMEOUT(status->state(), Ui::LoadStatus::State::Failed, 20000);
    QVERIFY(status->text().contains(u"database unavailable"_s));
    auto *retry = find<QPushButton>(window, u"appsStatusRetry"_s);
    QVERIFY(retry->isVisible());
    QVERIFY(window.isEnabled()); // nothing froze meanwhile
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(status->state(), Ui::LoadStatus::State::Loaded);
    QVERIFY(find<QComboBox>(window, u"appCombo"_s)->findText(u"demo-app"_s) >= 0);
}

void TestRunWizard::onlyFreeVolumesAreOffered()
{
    // One volume being destroyed, one held by an allocation, one free: the Volumes step offers the free one only.
    const QString app = u"wizard-volume-states"_s;
    QCOMPARE(m_env.api("POST", u"/v1/apps"_s, R"({"name":"wizard-volume-states","org_slug":"personal"})").status, 201);
    QStringList ids;
    for (const char *name : {"going", "held", "free_one"}) {
        const TestSupport::HttpResponse created =
            m_env.api("POST", u"/v1/apps/%1/volumes"_s.arg(app), R"({"name":")" + QByteArray(name) + R"(","region":"fra"})");
        QCOMPARE(created.status, 200);
        ids.append(QJsonDocument::fromJson(created.body).object().value(u"id"_s).toString());
    }
    QCOMPARE(m_env.api("PUT", u"/_sim/volumes/"_s + ids.at(0), R"({"state":"pending_destroy"})").status, 200);
    QCOMPARE(m_env.api("PUT", u"/_sim/volumes/"_s + ids.at(1), R"({"attached_alloc_id":"alloc_wizard"})").status, 200);

    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    RunSpec spec = window.document()->spec();
    spec.app = app;
    spec.region = u"fra"_s;
    window.document()->setSpec(spec);
    window.wizard()->goToStep(Volumes);
    auto *status = find<Ui::LoadStatus>(window, u"volumesStatus"_s);
    QTRY_COMPARE(status->state(), Ui::LoadStatus::State::Loaded);
    auto *combo = find<QComboBox>(window, u"volumeCombo"_s);
    QStringList offered;
    for (int row = 1; row < combo->count(); ++row) // row 0: "No volume"
        offered.append(combo->itemData(row).toString());
    QCOMPARE(offered, QStringList{ids.at(2)});
}

void TestRunWizard::volumeCreatedInline()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    RunSpec spec = window.document()->spec();
    spec.app = u"demo-app"_s;
    spec.region = u"fra"_s;
    window.document()->setSpec(spec);
    window.wizard()->goToStep(Volumes);
    auto *status = find<Ui::LoadStatus>(window, u"volumesStatus"_s);
    QTRY_COMPARE(status->state(), Ui::LoadStatus::State::Loaded);
    QVERIFY2(status->text().contains(u"No unattached volume in fra"_s), qPrintable(status->text())); // the demo volume is in ams

    QTest::keyClicks(find<QLineEdit>(window, u"newVolumeName"_s), u"cache_fra"_s);
    typeValue(find<QSpinBox>(window, u"newVolumeSize"_s), 2);
    QTest::mouseClick(find<QPushButton>(window, u"createVolumeButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!window.document()->spec().mounts.isEmpty());
    const MountSpec mount = window.document()->spec().mounts.first();
    QVERIFY(mount.volume.startsWith(u"vol_"_s));
    QCOMPARE(mount.path, u"/data"_s);
    QCOMPARE(find<QComboBox>(window, u"volumeCombo"_s)->currentData().toString(), mount.volume);

    // It exists on the platform, in fra, with the size asked for.
    const TestSupport::HttpResponse volume = m_env.api("GET", u"/v1/apps/demo-app/volumes/"_s + mount.volume);
    QCOMPARE(volume.status, 200);
    const QJsonObject json = QJsonDocument::fromJson(volume.body).object();
    QCOMPARE(json.value(u"region"_s).toString(), u"fra"_s);
    QCOMPARE(json.value(u"size_gb"_s).toInt(), 2);
    QCOMPARE(json.value(u"name"_s).toString(), u"cache_fra"_s);
}

void TestRunWizard::standbyPickedFromTheAppsMachines()
{
    const TestSupport::HttpResponse created =
        m_env.api("POST", u"/v1/apps/demo-app/machines"_s, R"({"region": "ams", "name": "primary-1", "skip_launch": true, "config": {"image": "nginx"}})");
    QCOMPARE(created.status, 200);
    const QString id = QJsonDocument::fromJson(created.body).object().value(u"id"_s).toString();
    // The list shows a new Machine only after a moment, as the real one does.
    bool listed = false;
    for (int attempt = 0; attempt < 40 && !listed; ++attempt) {
        const TestSupport::HttpResponse list = m_env.api("GET", u"/v1/apps/demo-app/machines"_s);
        listed = list.body.contains(id.toUtf8());
        if (!listed)
            QTest::qWait(250);
    }
    QVERIFY(listed);

    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    RunSpec spec = window.document()->spec();
    spec.app = u"demo-app"_s;
    window.document()->setSpec(spec);
    window.wizard()->goToStep(Lifecycle);
    auto *list = find<QListWidget>(window, u"standbyList"_s);
    const auto rowOf = [&]() {
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == id)
                return row;
        }
        return -1;
    };
    QTRY_VERIFY(rowOf() >= 0);
    QVERIFY(list->item(rowOf())->text().contains(u"primary-1"_s));
    // Space ticks the selected Machine, as a keyboard user does it.
    clickRow(list, rowOf());
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(window.document()->spec().standbyFor.value_or(QStringList()), QStringList{id});
    QVERIFY(find<QPlainTextEdit>(window, u"jsonPreviewEditor"_s)->toPlainText().contains(id));
    // Unticking it again leaves no standbys.
    QTRY_VERIFY(rowOf() >= 0);
    clickRow(list, rowOf());
    QTest::keyClick(list, Qt::Key_Space);
    QVERIFY(!window.document()->spec().standbyFor.has_value());
}

void TestRunWizard::invalidInputOnOtherStepsBlocksNext()
{
    // Typed into each step's own widgets; the message appears beside the field and Next refuses.
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    auto *wizard = window.wizard();
    auto *reason = find<QLabel>(window, u"nextBlockedReason"_s);
    const auto blocked = [&](int step, const QString &messageLabel, const QString &text) {
        if (wizard->currentStep() != step || wizard->next())
            return false;
        auto *message = find<QLabel>(window, messageLabel);
        return reason->isVisible() && message && !message->isHidden() && message->text().contains(text);
    };

    wizard->goToStep(Volumes);
    QTest::keyClicks(find<QLineEdit>(window, u"mountPathEdit"_s), u"data"_s);
    QVERIFY(blocked(Volumes, u"volumeComboMessage"_s, u"must be absolute"_s));

    wizard->goToStep(Environment);
    find<Ui::KeyValueTable>(window, u"env"_s)->importText(u"1BAD=x"_s);
    QVERIFY(blocked(Environment, u"envMessage"_s, u"not a valid variable name"_s));
    QTest::mouseClick(find<QPushButton>(window, u"filesAddText"_s), Qt::LeftButton);
    find<QTableWidget>(window, u"filesTable"_s)->item(0, 0)->setText(u"etc/motd"_s);
    QVERIFY(blocked(Environment, u"filesMessage"_s, u"must be absolute"_s));

    wizard->goToStep(Lifecycle);
    QTest::keyClicks(find<QLineEdit>(window, u"nameEdit"_s), u"web 1!"_s);
    QVERIFY(blocked(Lifecycle, u"nameEditMessage"_s, u"not a valid Machine name"_s));

    // Region and Resources offer only valid choices; their rules are met by
    // construction (resourcesOfferOnlyValidCombinations), and broken values
    // from JSON are refused at the preview (previewEditsFillTheForm).
}

void TestRunWizard::nextIsBlockedWithTheReasonVisible()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    auto *wizard = window.wizard();
    auto *apps = find<QComboBox>(window, u"appCombo"_s);
    QTest::keyClicks(apps->lineEdit(), u"Demo_App"_s);
    QTest::mouseClick(find<QPushButton>(window, u"nextButton"_s), Qt::LeftButton);

    QCOMPARE(wizard->currentStep(), int(App));
    auto *reason = find<QLabel>(window, u"nextBlockedReason"_s);
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(u"1 problem(s)"_s), qPrintable(reason->text()));
    auto *appMessage = find<QLabel>(window, u"appComboMessage"_s);
    QVERIFY(appMessage->isVisible());
    QVERIFY(appMessage->text().contains(u"lowercase letters, digits and dashes"_s));
    QCOMPARE(wizard->stepState(App), Ui::RunWizard::StepState::HasErrors);

    // Fixing the field lifts the block.
    apps->lineEdit()->selectAll();
    QTest::keyClicks(apps->lineEdit(), u"demo-app"_s);
    QVERIFY(!reason->isVisible());
    QVERIFY(!appMessage->isVisible());
    QVERIFY(wizard->next());
    QCOMPARE(wizard->currentStep(), int(Image));

    auto *image = find<QLineEdit>(window, u"imageEdit"_s);
    QTest::keyClicks(image, u"Not An Image"_s);
    QVERIFY(!wizard->next());
    auto *imageMessage = find<QLabel>(window, u"imageEditMessage"_s);
    QVERIFY(imageMessage->isVisible());
    QVERIFY2(imageMessage->text().contains(u"is not an image reference"_s), qPrintable(imageMessage->text()));
    image->selectAll();
    QTest::keyClicks(image, u"nginx"_s);
    QVERIFY(!imageMessage->isVisible());
    QVERIFY(wizard->next());
    QCOMPARE(wizard->currentStep(), int(Command));

    // An unfinished quote is shown, and what was typed stays.
    auto *cmd = find<QLineEdit>(window, u"cmdEdit"_s);
    QTest::keyClicks(cmd, u"sh -c 'echo"_s);
    QVERIFY(find<QLabel>(window, u"commandSyntaxMessage"_s)->isVisible());
    QCOMPARE(cmd->text(), u"sh -c 'echo"_s);
    QCOMPARE(window.document()->spec().cmd, (QStringList{u"sh"_s, u"-c"_s})); // the last complete reading

    // As a list: one argument per row, no quoting; the line follows.
    QTest::keyClicks(cmd, u" hello'"_s);
    QCOMPARE(window.document()->spec().cmd, (QStringList{u"sh"_s, u"-c"_s, u"echo hello"_s}));
    QTest::mouseClick(find<QToolButton>(window, u"cmdAsList"_s), Qt::LeftButton);
    auto *list = find<QListWidget>(window, u"cmdList"_s);
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(2)->text(), u"echo hello"_s);
    list->item(2)->setText(u"echo 'quoted' and spaced"_s);
    QCOMPARE(window.document()->spec().cmd, (QStringList{u"sh"_s, u"-c"_s, u"echo 'quoted' and spaced"_s}));
    QTest::mouseClick(find<QPushButton>(window, u"cmdAdd"_s), Qt::LeftButton);
    list->item(3)->setText(u"--verbose"_s);
    QCOMPARE(window.document()->spec().cmd.size(), 4);
    clickRow(list, 0);
    QTest::mouseClick(find<QPushButton>(window, u"cmdRemove"_s), Qt::LeftButton);
    QCOMPARE(window.document()->spec().cmd, (QStringList{u"-c"_s, u"echo 'quoted' and spaced"_s, u"--verbose"_s}));
    QTest::mouseClick(find<QToolButton>(window, u"cmdAsList"_s), Qt::LeftButton);
    QVERIFY(cmd->isVisible());
    QCOMPARE(ShellWords::split(cmd->text()), std::optional<QStringList>(window.document()->spec().cmd)); // the line reads as the list
}

void TestRunWizard::keyboardMovesThroughTheSteps()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *wizard = window.wizard();

    // Enter in a field goes on, as Next does, and is refused the same way.
    auto *apps = find<QComboBox>(window, u"appCombo"_s);
    apps->lineEdit()->setFocus();
    QTest::keyClicks(apps->lineEdit(), u"Demo_App"_s);
    QTest::keyClick(apps->lineEdit(), Qt::Key_Return);
    QCOMPARE(wizard->currentStep(), int(App));
    QVERIFY(find<QLabel>(window, u"nextBlockedReason"_s)->isVisible());
    apps->lineEdit()->selectAll();
    QTest::keyClicks(apps->lineEdit(), u"demo-app"_s);
    QTRY_VERIFY(find<QLabel>(window, u"appKind"_s)->text().contains(u"An existing app"_s));
    QTest::keyClick(apps->lineEdit(), Qt::Key_Return);
    QCOMPARE(wizard->currentStep(), int(Image));

    auto *image = find<QLineEdit>(window, u"imageEdit"_s);
    image->setFocus();
    QTest::keyClicks(image, u"nginx:1.27"_s);
    QTest::keyClick(image, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(wizard->currentStep(), int(Command));

    // Escape leaves the field for the step list, where the arrows move between steps.
    auto *cmd = find<QLineEdit>(window, u"cmdEdit"_s);
    cmd->setFocus();
    QTest::keyClick(cmd, Qt::Key_Escape);
    auto *steps = find<QListWidget>(window, u"stepList"_s);
    QTRY_VERIFY(steps->hasFocus());
    QTest::keyClick(steps, Qt::Key_Down);
    QCOMPARE(wizard->currentStep(), int(Region));

    // Enter on a problem in Review's list goes to its step, and no further.
    RunSpec tooSmall = window.document()->spec();
    tooSmall.guest.memoryMb = 100;
    window.document()->setSpec(tooSmall);
    wizard->goToStep(Review);
    auto *problems = find<QListWidget>(window, u"reviewIssues"_s);
    QTRY_VERIFY(problems->count() > 0);
    activateItem(problems, 0);
    QTRY_COMPARE(wizard->currentStep(), int(Resources));
    QTest::qWait(50);
    QCOMPARE(wizard->currentStep(), int(Resources)); // and stays: the Enter did not also press Next

    // Fixed, Enter in the last field before Review lands on "Create and start",
    // and Enter there launches. A focused button answers its own Enter.
    RunSpec fixed = window.document()->spec();
    fixed.guest.memoryMb = 256;
    window.document()->setSpec(fixed);
    QSignalSpy launches(wizard, &Ui::RunWizard::launchRequested);
    wizard->goToStep(Lifecycle);
    auto *name = find<QLineEdit>(window, u"nameEdit"_s);
    name->setFocus();
    QTest::keyClicks(name, u"by-keyboard"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(wizard->currentStep(), int(Review));
    auto *copyCommand = find<QPushButton>(window, u"copyCommandButton"_s);
    auto *createAndStart = find<QPushButton>(window, u"createAndStartButton"_s);
    QTRY_COMPARE(QApplication::focusWidget(), createAndStart);
    copyCommand->setFocus();
    QTest::keyClick(copyCommand, Qt::Key_Return);
    QVERIFY2(QGuiApplication::clipboard()->text().startsWith(u"fly machine run"_s), qPrintable(QGuiApplication::clipboard()->text()));
    QCOMPARE(launches.count(), 0);
    createAndStart->setFocus();
    QTest::keyClick(createAndStart, Qt::Key_Return);
    QCOMPARE(launches.count(), 1);
    QCOMPARE(launches.at(0).at(0).toBool(), false); // create and start, not create only
}

namespace {

// Receives the URLs the window opens (QDesktopServices), instead of a browser.
class OpenedUrls : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

} // namespace

void TestRunWizard::eachStepExplainsItself()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    auto *wizard = window.wizard();
    auto *title = find<QLabel>(window, u"stepTitle"_s);
    auto *explanation = find<QLabel>(window, u"stepExplanation"_s);
    OpenedUrls opened;
    QDesktopServices::setUrlHandler(u"https"_s, &opened, "open");
    const auto restore = qScopeGuard([] { QDesktopServices::unsetUrlHandler(u"https"_s); });
    QSet<QString> explanations;
    for (int step = 0; step < wizard->stepCount(); ++step) {
        clickRow(find<QListWidget>(window, u"stepList"_s), step);
        QCOMPARE(wizard->currentStep(), step);
        QCOMPARE(title->text(), wizard->stepTitle(step));
        const QUrl help = wizard->stepHelp(step);
        QVERIFY2(help.scheme() == "https"_L1 && help.host() == "fly.io"_L1, qPrintable(help.toString()));
        QVERIFY2(explanation->text().contains(u"<a href=\""_s + help.toString() + u'"') && explanation->text().contains(u"Learn more"_s),
                 qPrintable(explanation->text()));
        explanations.insert(explanation->text());
        // F1, wherever the focus is in the window, opens this step's page.
        QVERIFY(TestSupport::pressShortcut(window, QKeySequence(Qt::Key_F1)));
        QCOMPARE(opened.urls.size(), step + 1);
        QCOMPARE(opened.urls.last(), help);
    }
    QCOMPARE(explanations.size(), wizard->stepCount()); // each says something of its own
}

void TestRunWizard::stepListJumpsAndShowsStates()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    auto *wizard = find<Ui::RunWizard>(window, u"runWizard"_s);
    auto *steps = find<QListWidget>(window, u"stepList"_s);
    QCOMPARE(steps->count(), wizard->stepCount());
    QCOMPARE(wizard->stepState(Region), Ui::RunWizard::StepState::Untouched);

    clickRow(steps, wizard->stepCount() - 1); // straight to Review, errors or not
    QCOMPARE(wizard->currentStep(), wizard->stepCount() - 1);
    auto *issues = find<QListWidget>(window, u"reviewIssues"_s);
    QVERIFY(issues->count() >= 2); // no app, no image
    // Activating a problem goes to the step that owns its field.
    for (int i = 0; i < issues->count(); ++i) {
        if (issues->item(i)->data(Qt::UserRole).toString() == "image"_L1)
            activateItem(issues, i);
    }
    QTRY_COMPARE(wizard->currentStep(), int(Image));
    QCOMPARE(wizard->stepState(Image), Ui::RunWizard::StepState::HasErrors);
}

void TestRunWizard::resourcesOfferOnlyValidCombinations()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    window.wizard()->goToStep(Resources);
    auto *cpus = find<QComboBox>(window, u"cpusCombo"_s);
    QStringList counts;
    for (int i = 0; i < cpus->count(); ++i)
        counts.append(cpus->itemText(i));
    QCOMPARE(counts, (QStringList{u"1"_s, u"2"_s, u"4"_s, u"6"_s, u"8"_s}));
    auto *memory = find<QSpinBox>(window, u"memorySpin"_s);
    QCOMPARE(memory->minimum(), 256);
    QCOMPARE(memory->maximum(), 2048);
    QCOMPARE(memory->singleStep(), 256);

    auto *preset = find<QComboBox>(window, u"presetCombo"_s);
    chooseItem(preset, preset->findData(u"performance-4x"_s));
    const GuestSpec guest = window.document()->spec().guest;
    QCOMPARE(guest.cpuKind, u"performance"_s);
    QCOMPARE(guest.cpus, 4);
    QCOMPARE(guest.memoryMb, 8192);
    QCOMPARE(memory->minimum(), 8192);
    QCOMPARE(memory->maximum(), 32768);

    // A size the rules reject (from JSON or flags) shows as the spec holds it, never as another.
    RunSpec tooSmall = window.document()->spec();
    tooSmall.guest = GuestSpec{};
    tooSmall.guest.cpus = 2;
    tooSmall.guest.memoryMb = 100;
    window.document()->setSpec(tooSmall);
    QCOMPARE(memory->value(), 100);
    QCOMPARE(window.document()->spec().guest.memoryMb, 100);
}

void TestRunWizard::previewEditsFillTheForm()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    auto *editor = find<QPlainTextEdit>(window, u"jsonPreviewEditor"_s);
    auto *status = find<QLabel>(window, u"jsonPreviewStatus"_s);
    QTest::keyClicks(find<QComboBox>(window, u"appCombo"_s)->lineEdit(), u"demo-app"_s);
    window.wizard()->goToStep(Image);
    auto *imageEdit = find<QLineEdit>(window, u"imageEdit"_s); // the step is built when first shown

    // JSON → form: a pasted request fills the fields it covers.
    editor->setFocus();
    editor->selectAll();
    editor->insertPlainText(
        uR"({"config":{"image":"redis:7","guest":{"cpu_kind":"shared","cpus":2,"memory_mb":1024},"init":{"cmd":["redis-server","--save",""]},"env":{"MODE":"cache"}},"region":"fra"})"_s);
    QTRY_COMPARE(window.document()->spec().image, u"redis:7"_s);
    QCOMPARE(imageEdit->text(), u"redis:7"_s);
    // The other steps show it when they are shown.
    auto *wizard = find<Ui::RunWizard>(window, u"runWizard"_s);
    wizard->goToStep(Region);
    QCOMPARE(find<QListWidget>(window, u"regionList"_s)->currentItem()->data(Qt::UserRole).toString(), u"fra"_s);
    wizard->goToStep(Command);
    QCOMPARE(find<QLineEdit>(window, u"cmdEdit"_s)->text(), u"redis-server --save ''"_s);
    wizard->goToStep(Image);
    QCOMPARE(window.document()->spec().env.value(u"MODE"_s), u"cache"_s);
    QCOMPARE(window.document()->spec().app, u"demo-app"_s); // the request cannot say it; the form keeps it
    QVERIFY(!status->isVisible());

    // Form → JSON: the preview follows, marks what changed, and keeps the focus out.
    imageEdit->setFocus();
    imageEdit->selectAll();
    QTest::keyClicks(imageEdit, u"redis:7.4"_s);
    QVERIFY(editor->toPlainText().contains(u"\"image\": \"redis:7.4\""_s));
    QVERIFY(!editor->extraSelections().isEmpty());
    QVERIFY(imageEdit->hasFocus());
    // Focusing a field scrolls the preview to its key.
    wizard->goToStep(Command);
    find<QLineEdit>(window, u"cmdEdit"_s)->setFocus();
    QTRY_VERIFY(editor->textCursor().block().text().contains(u"\"cmd\""_s));

    // Broken JSON: the problem at its line, the spec untouched, the text kept.
    editor->setFocus();
    editor->selectAll();
    const QString broken = u"{\n  \"config\": {\n    \"image\": \n}"_s;
    editor->insertPlainText(broken);
    QTRY_VERIFY(status->isVisible());
    QVERIFY2(status->text().startsWith(u"Line 4: "_s), qPrintable(status->text()));
    QCOMPARE(window.document()->spec().image, u"redis:7.4"_s);
    QTest::keyClicks(find<QLineEdit>(window, u"cmdEdit"_s), u" x"_s); // a form edit meanwhile (the Command step is shown)
    QCOMPARE(editor->toPlainText(), broken);

    // Valid JSON that breaks a rule: refused, with the rule, at the key's line.
    editor->selectAll();
    editor->insertPlainText(u"{\"config\": {\n \"image\": \"redis:7\",\n \"guest\": {\"cpu_kind\": \"shared\", \"cpus\": 1,\n  \"memory_mb\": 300}}}"_s);
    QTRY_VERIFY(status->text().contains(u"guest.memory_mb"_s));
    QVERIFY(status->text().startsWith(u"Line 4: "_s));
    QCOMPARE(window.document()->spec().guest.memoryMb, 1024);
}

void TestRunWizard::regionsWithPrices()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    window.wizard()->goToStep(Region);
    auto *list = find<QListWidget>(window, u"regionList"_s);
    // The platform's 18 open regions (its retired one left out), "let Fly choose" and the six aliases.
    QTRY_VERIFY(find<QWidget>(window, u"regionsStatus"_s)->findChild<QLabel *>()->text().contains(u"from Fly.io"_s));
    QCOMPARE(list->count(), 25);
    QCOMPARE(list->item(0)->text(), u"Let Fly choose — the region nearest to you, Amsterdam, Netherlands (from $1.94/month)"_s);
    selectRegion(window, u"gru"_s);
    QCOMPARE(window.document()->spec().region, u"gru"_s);
    QCOMPARE(list->currentItem()->text(), u"Sao Paulo, Brazil (gru) — $3.14/month"_s);

    // Prices follow the size.
    RunSpec spec = window.document()->spec();
    spec.guest = GuestSpec{u"performance"_s, 1, 2048, 0, {}, {}, {}};
    window.document()->setSpec(spec);
    QCOMPARE(list->currentItem()->text(), u"Sao Paulo, Brazil (gru) — $50.08/month"_s);
    window.wizard()->goToStep(Resources);
    QCOMPARE(find<QLabel>(window, u"monthlyCost"_s)->text(), u"$50.08/month while running, in gru"_s);
    window.wizard()->goToStep(Region);

    auto *filter = find<QLineEdit>(window, u"regionFilter"_s);
    QTest::keyClicks(filter, u"tokyo"_s);
    int visible = 0;
    for (int i = 0; i < list->count(); ++i)
        visible += list->item(i)->isHidden() ? 0 : 1;
    QCOMPARE(visible, 1);

    filter->selectAll();
    QTest::keyClick(filter, Qt::Key_Backspace); // every region again
    clickRow(list, 0);
    QVERIFY(window.document()->spec().region.isEmpty()); // let Fly choose
}

void TestRunWizard::lifecycleShowsTheEffectiveDefault()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    auto *wizard = find<Ui::RunWizard>(window, u"runWizard"_s);
    wizard->goToStep(Lifecycle);
    auto *effective = find<QLabel>(window, u"restartDefault"_s);
    QVERIFY(effective->text().contains(u"the platform's"_s));
    clickTo(find<QCheckBox>(window, u"autoDestroyCheck"_s), true);
    QVERIFY(effective->text().contains(u"Default here: no"_s));
    QVERIFY(window.document()->spec().autoDestroy);
    clickTo(find<QCheckBox>(window, u"autoDestroyCheck"_s), false);
    auto *schedule = find<QComboBox>(window, u"scheduleCombo"_s);
    chooseItem(schedule, schedule->findData(u"daily"_s));
    QVERIFY(effective->text().contains(u"on-failure"_s));
    // The preview shows the policy that will really be sent.
    QVERIFY(find<QPlainTextEdit>(window, u"jsonPreviewEditor"_s)->toPlainText().contains(u"\"policy\": \"on-failure\""_s));

    // Always with a schedule: the warning reaches the page.
    auto *restart = find<QComboBox>(window, u"restartCombo"_s);
    chooseItem(restart, restart->findData(u"always"_s));
    QVERIFY(find<QLabel>(window, u"restartComboMessage"_s)->text().contains(u"never waits for its schedule"_s));
}

void TestRunWizard::portTableFollowsTheSpec()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    window.wizard()->goToStep(Services);
    // From the command line's view of ports: a range, udp, handlers.
    RunSpec spec = window.document()->spec();
    spec.services = {ServiceSpec{u"udp"_s, 3478, {PortSpec{0, 49152, 49200, {}, {}}}, true, Autostop::Stop, {}},
                     ServiceSpec{u"tcp"_s, 80, {PortSpec{443, 0, 0, {u"http"_s, u"tls"_s}, {}}, PortSpec{80, 0, 0, {u"http"_s}, {}}}, true, Autostop::Stop,
                                 QJsonObject{{u"min_machines_running"_s, 1}}}};
    window.document()->setSpec(spec);
    auto *table = find<QTableWidget>(window, u"portTable"_s);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(qobject_cast<QLineEdit *>(table->cellWidget(0, 0))->text(), u"49152-49200"_s);
    QCOMPARE(qobject_cast<QComboBox *>(table->cellWidget(0, 2))->currentText(), u"udp"_s);
    QCOMPARE(table->item(1, 3)->text(), u"http, tls"_s);
    QCOMPARE(table->item(2, 3)->text(), u"http"_s);
    // The check boxes under the table show the handlers of the port in focus.
    auto *tls = find<QCheckBox>(window, u"handler_tls"_s);
    QTest::mouseClick(table->cellWidget(2, 0), Qt::LeftButton);
    QCOMPARE(table->currentRow(), 2);
    QVERIFY(!tls->isChecked());
    QVERIFY(find<QCheckBox>(window, u"handler_http"_s)->isChecked());
    QTest::mouseClick(table->cellWidget(1, 0), Qt::LeftButton);
    QCOMPARE(table->currentRow(), 1);
    QVERIFY(tls->isChecked());
    QCOMPARE(find<QGroupBox>(window, u"handlerBox"_s)->title(), u"Handlers of public port 443"_s);

    // Unticking a handler changes that port only; the service keeps what it had besides ports.
    clickTo(tls, false);
    QCOMPARE(table->item(1, 3)->text(), u"http"_s);
    const QList<ServiceSpec> services = window.document()->spec().services;
    QCOMPARE(services.size(), 2);
    QCOMPARE(services.at(1).ports.at(0).handlers, QStringList{u"http"_s});
    QCOMPARE(services.at(1).extra.value(u"min_machines_running"_s).toInt(), 1);
    QCOMPARE(services.at(0).ports.at(0).endPort, 49200);

    // A bad port is explained beside the table.
    auto *external = qobject_cast<QLineEdit *>(table->cellWidget(2, 0));
    external->selectAll();
    QTest::keyClicks(external, u"70000"_s);
    QVERIFY(find<QLabel>(window, u"portTableMessage"_s)->text().contains(u"port 70000 is out of range"_s));
    QVERIFY(!find<Ui::RunWizard>(window, u"runWizard"_s)->next());
}

QTEST_MAIN(TestRunWizard)
#include "tst_runwizard.moc"
