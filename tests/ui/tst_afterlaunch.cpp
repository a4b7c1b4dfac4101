// What brings the user back, through the real window against a real
// flightdeck-sim: profiles saved and opened from the window, a draft that
// survives a killed process, notifications when a launch ends out of sight,
// the launch history with relaunch, imports, settings and shell Machines.

#include "app/profile/launchhistory.h"
#include "app/settings/appsettings.h"
#include "app/spec/runspecdocument.h"
#include "support/httpclient.h"
#include "ui/history/historydialog.h"
#include "ui/imports/importactions.h"
#include "ui/launch/launchcontroller.h"
#include "ui/launch/launchnotifier.h"
#include "ui/launch/launchview.h"
#include "ui/profiles/profilecontroller.h"
#include "ui/settings/settingsdialog.h"
#include "ui/simwindow.h"
#include "ui/widgets/dialogs.h"
#include "ui/widgets/messagebar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Flightdeck;
using TestSupport::find;

class TestAfterLaunch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void profileSavedAndOpenedFromTheWindow();
    void draftSurvivesAKilledProcess();
    void aDraftThatCannotBeWrittenIsReported();
    void aHistoryThatCannotBeWrittenIsReported();
    void settingsThatCannotBeWrittenAreReported();
    void notificationsWhenTheWindowIsNotFocused();
    void historyRelaunchesExactly();
    void importsFillTheWizard();
    void settingsRefuseUnsafeEndpoints();
    void settingsRefuseAnOrganizationThatIsNotASlug();
    void settingsTheDialogDoesNotKnowShowItsFirstChoice();
    void settingsDefaultsPrefillNewMachines();
    void shellMachineEndsWithTheSession();

private:
    RunSpec launchable(const QString &name) const
    {
        RunSpec spec;
        spec.app = u"demo-app"_s;
        spec.image = u"nginx:1.27"_s;
        spec.region = u"ams"_s;
        spec.name = name;
        spec.env = {{u"MODE"_s, u"after-launch"_s}};
        spec.restart = RestartSpec{u"no"_s, 0, {}};
        return spec;
    }

    TestSupport::SimEnvironment m_env;
};

void TestAfterLaunch::initTestCase()
{
    QVERIFY2(m_env.start({u"--boot-delay"_s, u"100"_s, u"--exit"_s, u"crash-*=3@0.1"_s}), qPrintable(m_env.sim.errorString()));
}

void TestAfterLaunch::cleanup()
{
    Ui::Dialogs::Script::reset(); // a failed test's unused answers do not reach the next
}

void TestAfterLaunch::profileSavedAndOpenedFromTheWindow()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"web.flightdeck"_s);
    RunSpec spec = launchable(u"web-profile"_s);
    FileSpec secret;
    secret.guestPath = u"/etc/db"_s;
    secret.source = FileSpec::Source::Secret;
    secret.value = u"DATABASE_URL"_s;
    spec.files = {secret};
    {
        Ui::MainWindow window(m_env.files());
        QVERIFY(TestSupport::openConnected(window));
        window.document()->setSpec(spec);
        QVERIFY(window.isWindowModified());
        // Ctrl+S on a new profile asks where; a name without suffix gets .flightdeck.
        Ui::Dialogs::Script::answerFile(dir.filePath(u"web"_s));
        QVERIFY(TestSupport::pressShortcut(window, QKeySequence::Save));
        QCOMPARE(Ui::Dialogs::Script::takeAsked(), QStringList{u"Save the profile"_s});
        QVERIFY(QFile::exists(path));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.windowTitle(), u"web.flightdeck[*]"_s);
    }
    // No token and no secret value in the file.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains(m_env.sim.token().toUtf8()));
    QVERIFY(!text.contains("postgres://"));

    Ui::MainWindow reopened(m_env.files());
    QVERIFY(TestSupport::openConnected(reopened));
    const RunSpec unsaved = launchable(u"unsaved-work"_s);
    reopened.document()->setSpec(unsaved);
    // Ctrl+O over unsaved work asks first: Cancel keeps the work, Discard opens.
    Ui::Dialogs::Script::answerQuestion(QMessageBox::Cancel);
    QVERIFY(TestSupport::pressShortcut(reopened, QKeySequence::Open));
    QCOMPARE(Ui::Dialogs::Script::takeAsked(), QStringList{u"Unsaved changes"_s});
    QCOMPARE(reopened.document()->spec(), unsaved);
    Ui::Dialogs::Script::answerQuestion(QMessageBox::Discard);
    Ui::Dialogs::Script::answerFile(path);
    QVERIFY(TestSupport::pressShortcut(reopened, QKeySequence::Open));
    QCOMPARE(Ui::Dialogs::Script::takeAsked(), (QStringList{u"Unsaved changes"_s, u"Open a profile"_s}));
    QCOMPARE(reopened.document()->spec(), spec);
    QVERIFY(!reopened.isWindowModified());
    QVERIFY(AppSettings(m_env.files().settings).recentProfiles().contains(QFileInfo(path).absoluteFilePath()));

    // `flightdeck x.flightdeck` opens it too: its --print-config for the same spec is not needed;
    // a profile from the future opens with the list of what was dropped.
    QFile future(dir.filePath(u"future.flightdeck"_s));
    QVERIFY(future.open(QIODevice::WriteOnly));
    future.write(R"({"format": "flightdeck-profile", "version": 9, "app": "demo-app", "hologram": true, "request": {"config": {"image": "redis:7"}}})");
    future.close();
    QVERIFY(reopened.profiles()->openPath(future.fileName()));
    QCOMPARE(reopened.document()->spec().image, u"redis:7"_s);
    auto *bar = reopened.messages();
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(u"hologram"_s) && bar->text().contains(u"version 9"_s), qPrintable(bar->text()));
}

void TestAfterLaunch::draftSurvivesAKilledProcess()
{
    // The real application, with a spec from the command line, killed once its draft is on disk.
    QTemporaryDir data;
    QProcess flightdeck;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, data.path());
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    flightdeck.setProcessEnvironment(environment);
    flightdeck.start(QStringLiteral(FLIGHTDECK_EXECUTABLE), {u"run"_s, u"nginx:1.27"_s, u"-a"_s, u"demo-app"_s, u"-r"_s, u"fra"_s, u"-e"_s, u"DRAFT=1"_s});
    QVERIFY(flightdeck.waitForStarted());
    const QString draftPath = QDir(data.path()).filePath(u"Flightdeck/flightdeck/draft.flightdeck"_s);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(draftPath), 15000);
    flightdeck.kill();
    QVERIFY(flightdeck.waitForFinished());

    // The next window offers it back; Restore fills the wizard.
    UserFiles files = m_env.files();
    files.draft = draftPath; // where the killed process wrote it
    Ui::MainWindow window(files);
    QVERIFY(TestSupport::openConnected(window));
    window.profiles()->offerDraft();
    auto *bar = window.messages();
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(u"did not close normally"_s), qPrintable(bar->text()));
    QTest::mouseClick(find<QPushButton>(window, u"restoreDraftButton"_s), Qt::LeftButton);
    const RunSpec restored = window.document()->spec();
    QCOMPARE(restored.image, u"nginx:1.27"_s);
    QCOMPARE(restored.app, u"demo-app"_s);
    QCOMPARE(restored.region, u"fra"_s);
    QCOMPARE(restored.env.value(u"DRAFT"_s), u"1"_s);
    // Saved, then closed normally: the draft is gone.
    QVERIFY(window.profiles()->saveTo(data.filePath(u"restored.flightdeck"_s)));
    QVERIFY(window.close());
    QVERIFY(!QFile::exists(draftPath));
}

// A path whose folder cannot be made, even by root: a file stands where it
// would be. Empty when that file could not be written.
static QString unwritablePath(const QTemporaryDir &dir, const QString &name)
{
    QFile blocker(dir.filePath(u"not-a-folder"_s));
    if (!blocker.open(QIODevice::WriteOnly))
        return {};
    return dir.filePath(u"not-a-folder/"_s + name);
}

void TestAfterLaunch::aDraftThatCannotBeWrittenIsReported()
{
    QTemporaryDir data;
    UserFiles files = m_env.files();
    files.draft = unwritablePath(data, u"draft.flightdeck"_s);
    QVERIFY(!files.draft.isEmpty());
    Ui::MainWindow window(files);
    QVERIFY(TestSupport::openConnected(window));
    window.profiles()->offerDraft(); // none to offer: drafts are written from now on
    auto *app = find<QComboBox>(window, u"appCombo"_s);
    app->lineEdit()->selectAll();
    QTest::keyClicks(app->lineEdit(), u"draft-blocked"_s);
    auto *bar = window.messages();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->text().contains(u"could not be written"_s), 10000);
    QVERIFY2(bar->text().contains(QDir::toNativeSeparators(files.draft)), qPrintable(bar->text()));
    QCOMPARE(window.document()->spec().app, u"draft-blocked"_s); // the work is still there
}

void TestAfterLaunch::aHistoryThatCannotBeWrittenIsReported()
{
    QTemporaryDir data;
    UserFiles files = m_env.files();
    files.history = unwritablePath(data, u"history.jsonl"_s);
    QVERIFY(!files.history.isEmpty());
    Ui::MainWindow window(files);
    QVERIFY(TestSupport::openConnected(window));
    window.document()->setSpec(launchable(QString()));
    window.launch(false);
    QTRY_COMPARE_WITH_TIMEOUT(window.launchView()->state(), Ui::LaunchView::State::Succeeded, 30000);
    auto *bar = window.messages();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 5000);
    QVERIFY2(bar->text().contains(u"could not be added to the history"_s) && bar->text().contains(QDir::toNativeSeparators(files.history)),
             qPrintable(bar->text()));
}

void TestAfterLaunch::settingsThatCannotBeWrittenAreReported()
{
    QTemporaryDir data;
    UserFiles files = m_env.files();
    files.settings = unwritablePath(data, u"flightdeck.ini"_s);
    QVERIFY(!files.settings.isEmpty());
    const QString shown = QDir::toNativeSeparators(files.settings);

    // Saving a profile adds it to the recent list in the settings: the window says that list was not saved.
    Ui::MainWindow window(files);
    QVERIFY(TestSupport::openConnected(window));
    window.document()->setSpec(launchable(u"settings-blocked"_s));
    QTemporaryDir dir;
    Ui::Dialogs::Script::answerFile(dir.filePath(u"blocked.flightdeck"_s));
    QVERIFY(TestSupport::pressShortcut(window, QKeySequence::Save));
    QCOMPARE(Ui::Dialogs::Script::takeAsked(), QStringList{u"Save the profile"_s});
    QVERIFY(QFile::exists(dir.filePath(u"blocked.flightdeck"_s))); // the profile itself is saved
    auto *bar = window.messages();
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(u"recent profiles could not be saved"_s) && bar->text().contains(shown), qPrintable(bar->text()));

    // OK in the Settings keeps the dialog open with the file and the reason; the choice holds until Flightdeck quits.
    AppSettings settings(files.settings);
    Ui::SettingsDialog dialog(&settings, window.session(), &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *org = find<QLineEdit>(dialog, u"settingsOrg"_s);
    org->clear();
    QTest::keyClicks(org, u"acme-corp"_s);
    QTest::mouseClick(find<QDialogButtonBox>(dialog, QString())->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    auto *problem = find<QLabel>(dialog, u"settingsProblem"_s);
    QVERIFY(!problem->isHidden());
    QVERIFY2(problem->text().contains(shown) && problem->text().contains(u"could not be made"_s), qPrintable(problem->text()));
    QCOMPARE(settings.defaultOrg(), u"acme-corp"_s);
}

void TestAfterLaunch::notificationsWhenTheWindowIsNotFocused()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    QWidget elsewhere; // the user is in another window
    elsewhere.show();
    elsewhere.activateWindow();
    QTRY_VERIFY(!window.isActiveWindow());

    window.document()->setSpec(launchable(u"web-notify"_s));
    window.launch(false);
    QVERIFY(window.notifier()->inFlight().contains(u"web-notify"_s));
    QTRY_COMPARE_WITH_TIMEOUT(window.launchView()->state(), Ui::LaunchView::State::Succeeded, 30000);
    QVERIFY(window.notifier()->inFlight().isEmpty());
    QVERIFY2(window.notifier()->lastTitle().contains(u"is started"_s), qPrintable(window.notifier()->lastTitle()));
    if (!window.notifier()->usesTray()) { // no tray here: the message waits in the window
        QVERIFY(window.messages()->isVisible());
        QVERIFY(window.messages()->text().contains(u"is started"_s));
    }

    window.document()->setSpec(launchable(u"crash-notify"_s));
    window.launch(false);
    QTRY_COMPARE_WITH_TIMEOUT(window.launchView()->state(), Ui::LaunchView::State::Failed, 30000);
    QVERIFY(window.notifier()->lastTitle().contains(u"did not start"_s));
    QVERIFY2(window.notifier()->lastMessage().contains(u"exited with code 3"_s), qPrintable(window.notifier()->lastMessage()));
    if (!window.notifier()->usesTray()) {
        QVERIFY(window.messages()->text().contains(u"exited with code 3"_s));
        // Clicking it brings that launch forward.
        window.showWizard(QString());
        QTest::mouseClick(find<QPushButton>(window, u"showLaunchButton"_s), Qt::LeftButton);
        QVERIFY(window.launchView()->isVisible());
    }
}

void TestAfterLaunch::historyRelaunchesExactly()
{
    QTemporaryDir data;
    const UserFiles files = UserFiles::in(data.path());
    const LaunchHistory history(files.history);
    Ui::MainWindow window(files);
    QVERIFY(TestSupport::openConnected(window));
    RunSpec spec = launchable(QString()); // no name: a relaunch must not collide
    window.document()->setSpec(spec);
    window.launch(false);
    QTRY_COMPARE_WITH_TIMEOUT(window.launchView()->state(), Ui::LaunchView::State::Succeeded, 30000);
    const QString first = window.launchView()->outcome().machine.value(u"id"_s).toString();

    const QList<HistoryEntry> entries = history.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().outcome, u"started"_s);
    QCOMPARE(entries.first().machineId, first);
    QCOMPARE(entries.first().request.value(u"config"_s).toObject().value(u"env"_s).toObject().value(u"MODE"_s).toString(), u"after-launch"_s);
    QFile file(history.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_env.sim.token().toUtf8()));

    // The dialog lists it; "relaunch exactly this" makes a second Machine with the same config.
    window.document()->setSpec(RunSpec{});
    Ui::HistoryDialog dialog(window.launches()->history(), &window);
    QCOMPARE(dialog.entryCount(), 1);
    connect(&dialog, &Ui::HistoryDialog::relaunchRequested, &window, [&](const RunSpec &again) { window.launches()->launch(again); });
    QVERIFY(find<QPlainTextEdit>(dialog, u"historyRequest"_s)->toPlainText().contains(u"after-launch"_s));
    QTest::mouseClick(find<QPushButton>(dialog, u"historyRelaunchButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.launchView()->state(), Ui::LaunchView::State::Succeeded, 30000);
    const QString second = window.launchView()->outcome().machine.value(u"id"_s).toString();
    QVERIFY(second != first);
    const QJsonObject a = QJsonDocument::fromJson(m_env.api("GET", u"/v1/apps/demo-app/machines/"_s + first).body).object().value(u"config"_s).toObject();
    const QJsonObject b = QJsonDocument::fromJson(m_env.api("GET", u"/v1/apps/demo-app/machines/"_s + second).body).object().value(u"config"_s).toObject();
    QCOMPARE(b.value(u"image"_s), a.value(u"image"_s));
    QCOMPARE(b.value(u"env"_s), a.value(u"env"_s));
    QCOMPARE(b.value(u"guest"_s), a.value(u"guest"_s));
    QCOMPARE(history.entries().size(), 2);

    // Two launches selected (a click, then Ctrl+click): their requests side by side, what differs
    // named — a relaunch is the same request but for its own launch id.
    Ui::HistoryDialog compare(window.launches()->history(), &window);
    compare.show();
    QVERIFY(QTest::qWaitForWindowExposed(&compare));
    auto *list = find<QTreeWidget>(compare, u"historyList"_s);
    const auto click = [list](int row, Qt::KeyboardModifiers modifiers) {
        QTest::mouseClick(list->viewport(), Qt::LeftButton, modifiers, list->visualItemRect(list->topLevelItem(row)).center());
    };
    click(0, Qt::NoModifier);
    click(1, Qt::ControlModifier);
    auto *summary = find<QLabel>(compare, u"diffSummary"_s);
    QVERIFY(summary->isVisible());
    QVERIFY2(summary->text().startsWith(u"1 value"_s) && summary->text().endsWith(u": config.metadata.flightdeck_launch_id"_s), qPrintable(summary->text()));
    const QStringList older = find<QPlainTextEdit>(compare, u"diffOlder"_s)->toPlainText().split(u'\n');
    const QStringList newer = find<QPlainTextEdit>(compare, u"diffNewer"_s)->toPlainText().split(u'\n');
    QCOMPARE(older.size(), newer.size()); // line for line
    const QStringList changed = newer.filter(u"~ "_s);
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.first().contains(u"flightdeck_launch_id"_s));
    QVERIFY(!find<QPushButton>(compare, u"historyRelaunchButton"_s)->isEnabled()); // relaunch takes one
    click(1, Qt::NoModifier);
    QVERIFY(find<QPlainTextEdit>(compare, u"historyRequest"_s)->isVisible());
    QVERIFY(find<QPushButton>(compare, u"historyRelaunchButton"_s)->isEnabled());
}

void TestAfterLaunch::importsFillTheWizard()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    Ui::ImportActions *imports = window.imports();

    // A command pasted into Import › Paste a command, over two lines, with a flag that changes nothing here.
    Ui::Dialogs::Script::answerText(u"fly machine run redis:7 -a demo-app \\\n  -r fra --vm-memory 512 --build-only -e A=1"_s);
    QVERIFY(TestSupport::chooseMenuEntry(window, {u"File"_s, u"Import"_s, u"Paste a"_s}));
    QCOMPARE(Ui::Dialogs::Script::takeAsked(), QStringList{u"Import a fly machine run command"_s});
    const RunSpec fromCommand = window.document()->spec();
    QCOMPARE(fromCommand.image, u"redis:7"_s);
    QCOMPARE(fromCommand.region, u"fra"_s);
    QCOMPARE(fromCommand.guest.memoryMb, 512);
    QCOMPARE(fromCommand.env.value(u"A"_s), u"1"_s);
    QVERIFY2(window.messages()->text().contains(u"build-only"_s), qPrintable(window.messages()->text()));
    // A command with an open quote imports nothing, and says why.
    QVERIFY(!imports->importCommandLine(u"fly m run 'redis:7"_s).isEmpty());
    QVERIFY2(window.messages()->text().startsWith(u"Nothing imported:"_s), qPrintable(window.messages()->text()));
    QCOMPARE(window.document()->spec().image, u"redis:7"_s);

    // A --machine-config file on top.
    QVERIFY(imports->importConfig(R"({"schedule": "daily", "env": {"B": "2"}})").isEmpty());
    QCOMPARE(window.document()->spec().schedule, u"daily"_s);
    QCOMPARE(window.document()->spec().image, u"redis:7"_s);
    QVERIFY(!imports->importConfig("{not json").isEmpty());
    QCOMPARE(window.messages()->text().left(17), u"Nothing imported:"_s);

    // An existing Machine of the app: its config fills the wizard (not its volume or standbys).
    const TestSupport::HttpResponse created = m_env.api("POST", u"/v1/apps/demo-app/machines"_s,
                                                  R"({"region": "ord", "skip_launch": true, "config": {"image": "caddy:2", "guest": {"cpu_kind": "shared", "cpus": 2, "memory_mb": 1024}, "env": {"SITE": "clone-me"}, "metadata": {"flightdeck_launch_id": "01OLD"}}})");
    QCOMPARE(created.status, 200);
    const QString id = QJsonDocument::fromJson(created.body).object().value(u"id"_s).toString();
    QSignalSpy cloned(imports, &Ui::ImportActions::cloned);
    imports->cloneFrom(u"demo-app"_s, id);
    QVERIFY(cloned.wait(10000));
    const RunSpec clone = window.document()->spec();
    QCOMPARE(clone.image, u"caddy:2"_s);
    QCOMPARE(clone.region, u"ord"_s);
    QCOMPARE(clone.guest.cpus, 2);
    QCOMPARE(clone.env.value(u"SITE"_s), u"clone-me"_s);
    QVERIFY(!clone.metadata.contains(u"flightdeck_launch_id"_s)); // a clone is a new launch
}

void TestAfterLaunch::settingsRefuseUnsafeEndpoints()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    AppSettings settings(m_env.files().settings);
    Ui::SettingsDialog dialog(&settings, window.session(), &window);
    QVERIFY(find<QLabel>(dialog, u"settingsTokenState"_s)->text().contains(u"FLY_API_TOKEN"_s)); // where the token comes from
    QTest::mouseClick(find<QRadioButton>(dialog, u"endpointCustom"_s), Qt::LeftButton);
    auto *url = find<QLineEdit>(dialog, u"apiUrlEdit"_s);
    QTest::keyClicks(url, u"http://machines.example.com"_s);
    QVERIFY(!dialog.apply());
    QVERIFY(!find<QLabel>(dialog, u"endpointProblem"_s)->isHidden());
    QVERIFY(find<QLabel>(dialog, u"endpointProblem"_s)->text().contains(u"machines.example.com"_s));
    QVERIFY(settings.apiUrl().isEmpty()); // nothing written
    url->clear();
    QTest::keyClicks(url, u"https://machines.example.com"_s);
    QVERIFY(dialog.apply());
    QCOMPARE(AppSettings(m_env.files().settings).apiUrl(), u"https://machines.example.com"_s);
    QCOMPARE(AppSettings(m_env.files().settings).graphqlUrl(), u"https://machines.example.com/graphql"_s);
    QTest::mouseClick(find<QRadioButton>(dialog, u"endpointFly"_s), Qt::LeftButton);
    QVERIFY(dialog.apply());
    QVERIFY(AppSettings(m_env.files().settings).apiUrl().isEmpty());
    // The token never reaches the settings file.
    QFile file(AppSettings(m_env.files().settings).fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_env.sim.token().toUtf8()));
}

void TestAfterLaunch::settingsRefuseAnOrganizationThatIsNotASlug()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    AppSettings settings(m_env.files().settings);
    Ui::SettingsDialog dialog(&settings, window.session(), &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *org = find<QLineEdit>(dialog, u"settingsOrg"_s);
    org->clear();
    QTest::keyClicks(org, u"Acme Corp"_s); // the organization's name, not its slug
    QPushButton *ok = find<QDialogButtonBox>(dialog, QString())->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    auto *problem = find<QLabel>(dialog, u"settingsProblem"_s);
    QVERIFY(!problem->isHidden());
    QVERIFY2(problem->text().startsWith(u"Organization for new apps: 'Acme Corp' is not an organization slug"_s), qPrintable(problem->text()));
    QVERIFY(org->hasFocus());
    QVERIFY(AppSettings(m_env.files().settings).defaultOrg().isEmpty()); // nothing written
    org->clear();
    QTest::keyClicks(org, u"acme-corp"_s);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(AppSettings(m_env.files().settings).defaultOrg(), u"acme-corp"_s);
    settings.setDefaultOrg(QString());
    QVERIFY(settings.sync());
}

void TestAfterLaunch::settingsTheDialogDoesNotKnowShowItsFirstChoice()
{
    // A settings file edited by hand, or by a Flightdeck that knows more engines, regions and languages.
    QTemporaryDir data;
    UserFiles files = m_env.files();
    files.settings = data.filePath(u"flightdeck.ini"_s);
    {
        AppSettings settings(files.settings);
        settings.setImageEngine(u"nerdctl"_s);
        settings.setDefaultRegion(u"mars"_s);
        settings.setLanguage(u"tlh"_s);
        QVERIFY(settings.sync());
    }
    Ui::MainWindow window(files);
    QVERIFY(TestSupport::openConnected(window));
    AppSettings settings(files.settings);
    Ui::SettingsDialog dialog(&settings, window.session(), &window);
    QCOMPARE(find<QComboBox>(dialog, u"settingsEngine"_s)->currentText(), u"The first one installed"_s);
    QCOMPARE(find<QComboBox>(dialog, u"settingsRegion"_s)->currentText(), u"Let Fly choose (the nearest)"_s);
    QCOMPARE(find<QComboBox>(dialog, u"settingsLanguage"_s)->currentText(), u"The system's"_s);
    // A new Machine starts with it; the Review's pre-flight check names an unknown region (tst_preflight).
    window.profiles()->start(RunSpec{});
    QCOMPARE(window.document()->spec().region, u"mars"_s);
}

void TestAfterLaunch::settingsDefaultsPrefillNewMachines()
{
    {
        AppSettings settings(m_env.files().settings);
        settings.setDefaultRegion(u"fra"_s);
        settings.setDefaultOrg(u"acme-corp"_s);
        settings.sync();
    }
    const auto restore = qScopeGuard([this] {
        AppSettings settings(m_env.files().settings);
        settings.setDefaultRegion(QString());
        settings.setDefaultOrg(QString());
        settings.sync();
    });
    Ui::MainWindow window(m_env.files());
    window.profiles()->start(RunSpec{});
    QCOMPARE(window.document()->spec().region, u"fra"_s);
    QCOMPARE(window.document()->spec().org, u"acme-corp"_s);
    QVERIFY(!window.isWindowModified()); // a blank Machine is nothing to save
    // A spec from the command line wins over the defaults.
    RunSpec fromCommandLine;
    fromCommandLine.image = u"nginx"_s;
    fromCommandLine.region = u"ord"_s;
    Ui::MainWindow other(m_env.files());
    other.profiles()->start(fromCommandLine);
    QCOMPARE(other.document()->spec().region, u"ord"_s);

    // An imported command keeps the app the wizard already has when it names none.
    window.document()->setSpec([] {
        RunSpec spec;
        spec.app = u"demo-app"_s;
        return spec;
    }());
    window.imports()->importCommandLine(u"fly m run redis:7 -r ams"_s);
    QCOMPARE(window.document()->spec().app, u"demo-app"_s);
    QCOMPARE(window.document()->spec().region, u"ams"_s);
}

void TestAfterLaunch::shellMachineEndsWithTheSession()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    window.document()->setSpec(launchable(QString()));
    window.launchShell();
    QTRY_COMPARE_WITH_TIMEOUT(window.launchView()->state(), Ui::LaunchView::State::Succeeded, 30000);
    const QJsonObject machine = window.launchView()->outcome().machine;
    const QString id = machine.value(u"id"_s).toString();
    const QJsonObject config = QJsonDocument::fromJson(m_env.api("GET", u"/v1/apps/demo-app/machines/"_s + id).body).object().value(u"config"_s).toObject();
    QVERIFY(config.value(u"auto_destroy"_s).toBool());
    QCOMPARE(config.value(u"restart"_s).toObject().value(u"policy"_s).toString(), u"no"_s);
    QCOMPARE(config.value(u"init"_s).toObject().value(u"exec"_s).toArray(), (QJsonArray{u"/bin/sleep"_s, u"inf"_s}));

    auto *console = find<QPushButton>(window, u"openConsoleButton"_s);
    QVERIFY(console->isVisible());
    QCOMPARE(console->isEnabled(), !Ui::LaunchController::flyctlPath().isEmpty()); // only with flyctl installed
    auto *end = find<QPushButton>(window, u"endSessionButton"_s);
    QVERIFY(end->isVisible());
    QTest::mouseClick(end, Qt::LeftButton);
    QTRY_VERIFY(find<QLabel>(window, u"launchHeading"_s)->text().contains(u"session is over"_s));
    const int status = m_env.api("GET", u"/v1/apps/demo-app/machines/"_s + id).status;
    const QString state = QJsonDocument::fromJson(m_env.api("GET", u"/v1/apps/demo-app/machines/"_s + id).body).object().value(u"state"_s).toString();
    QVERIFY2(status == 404 || state == "destroyed"_L1 || state == "destroying"_L1, qPrintable(state));
}

QTEST_MAIN(TestAfterLaunch)
#include "tst_afterlaunch.moc"
