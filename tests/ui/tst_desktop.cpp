// The tray and the notifications on a real desktop: run by
// tests/harness/desktop-session, which gives this test an X server, a tray
// host (stalonetray) and a notification server (dunst) on a private D-Bus
// session. What dunst received is read from the files it wrote; an action is
// invoked the way a user does it, through dunst's context menu.

#include "app/spec/runspecdocument.h"
#include "ui/launch/launchcontroller.h"
#include "ui/launch/launchnotifier.h"
#include "ui/launch/launchview.h"
#include "ui/launch/machinelogview.h"
#include "ui/machines/machinesview.h"
#include "ui/simwindow.h"
#include "ui/widgets/messagebar.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

class TestDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theIconSitsInTheTrayHost();
    void aStartedMachineIsStoppedFromItsNotification();
    void aFailedLaunchOffersItsLogAndLaunchesAgain();
    void destroyFromANotificationAsksFirst();
    void twoLaunchesGoOnSideBySide();

private:
    struct Received
    {
        QString id;
        QString urgency;
        QString summary;
        QString body;
    };
    QList<Received> received() const;
    // Opens dunst's context menu and picks action `key` of notification `id`, as a
    // user picks an entry; the entries offered for that notification.
    QStringList chooseInMenu(const QString &id, const QString &key) const;
    // The user looks at another window: notifications are for then.
    void lookElsewhere();
    RunSpec launchable(const QString &name, const QString &image = u"nginx:1.27"_s) const;
    QString stateOf(const QString &id);
    // Launches `spec` from the window and waits until a notification arrives; that one.
    std::optional<Received> launchAndNotify(Ui::MainWindow &window, const RunSpec &spec);

    TestSupport::SimEnvironment m_env;
    QDir m_desktop;
    QWidget m_elsewhere;
};

void TestDesktop::initTestCase()
{
    const QString desktop = qEnvironmentVariable("FLIGHTDECK_TEST_DESKTOP");
    QVERIFY2(!desktop.isEmpty(), "run through tests/harness/desktop-session");
    m_desktop.setPath(desktop);
    QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
    QVERIFY2(m_env.start({u"--boot-delay"_s, u"100"_s, u"--exit"_s, u"crash-*=3@0.1"_s}), qPrintable(m_env.sim.errorString()));
    // stalonetray takes the tray selection a moment after it starts.
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10000);
    m_elsewhere.setWindowTitle(u"Another program"_s);
    m_elsewhere.resize(300, 200);
}

QList<TestDesktop::Received> TestDesktop::received() const
{
    QFile file(m_desktop.filePath(u"received"_s));
    QList<Received> all;
    if (!file.open(QIODevice::ReadOnly))
        return all;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList fields = line.split(u'\t');
        if (fields.size() >= 4)
            all.append({fields[0], fields[1], fields[2], fields[3]});
    }
    return all;
}

QStringList TestDesktop::chooseInMenu(const QString &id, const QString &key) const
{
    QFile::remove(m_desktop.filePath(u"menu"_s));
    QFile choose(m_desktop.filePath(u"choose"_s));
    if (!choose.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    choose.write(u"%1,%2"_s.arg(id, key).toUtf8());
    choose.close();
    // What `dunstctl context` does: dunst runs its dmenu with the open notifications' actions.
    const QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.Notifications"_s, u"/org/freedesktop/Notifications"_s,
                                                             u"org.dunstproject.cmd0"_s, u"ContextMenuCall"_s);
    if (QDBusConnection::sessionBus().call(call).type() == QDBusMessage::ErrorMessage)
        return {};
    QFile menu(m_desktop.filePath(u"menu"_s));
    if (!QTest::qWaitFor([&] { return menu.exists() && menu.size() > 0; }, 10000) || !menu.open(QIODevice::ReadOnly))
        return {};
    QStringList entries = QString::fromUtf8(menu.readAll()).split(u'\n', Qt::SkipEmptyParts);
    // Earlier notifications may still be open: only this one's entries.
    entries.removeIf([&](const QString &entry) { return !entry.contains(u" [%1,"_s.arg(id)); });
    return entries;
}

void TestDesktop::lookElsewhere()
{
    // Mapped again, so that the X server takes the focus request as newer than
    // the last focus change (a closed window's focus went back to the root).
    m_elsewhere.hide();
    m_elsewhere.show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_elsewhere));
    m_elsewhere.raise();
    m_elsewhere.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&m_elsewhere));
}

RunSpec TestDesktop::launchable(const QString &name, const QString &image) const
{
    RunSpec spec;
    spec.app = u"demo-app"_s;
    spec.image = image;
    spec.region = u"ams"_s;
    spec.name = name;
    spec.restart = RestartSpec{u"no"_s, 0, {}};
    return spec;
}

QString TestDesktop::stateOf(const QString &id)
{
    return m_env.api("GET", u"/v1/apps/demo-app/machines/%1"_s.arg(id)).json.toObject().value(u"state"_s).toString();
}

std::optional<TestDesktop::Received> TestDesktop::launchAndNotify(Ui::MainWindow &window, const RunSpec &spec)
{
    const qsizetype before = received().size();
    window.document()->setSpec(spec);
    lookElsewhere();
    if (window.isActiveWindow())
        return std::nullopt;
    window.launch(false);
    if (!QTest::qWaitFor([&] { return received().size() > before; }, 30000))
        return std::nullopt;
    return received().constLast();
}

void TestDesktop::theIconSitsInTheTrayHost()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    QVERIFY(window.notifier()->usesTray());
    QVERIFY(window.notifier()->usesDesktopNotifications());
    // Embedded: the tray host gave the icon a place on the screen.
    QTRY_VERIFY_WITH_TIMEOUT(window.notifier()->trayIcon()->geometry().isValid(), 10000);
    QVERIFY(window.notifier()->trayIcon()->geometry().width() > 0);
}

void TestDesktop::aStartedMachineIsStoppedFromItsNotification()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    const std::optional<Received> notice = launchAndNotify(window, launchable(u"web-tray"_s));
    QVERIFY(notice);
    QCOMPARE(window.launchView()->state(), Ui::LaunchView::State::Succeeded);
    const QString id = window.launchView()->outcome().machine.value(u"id"_s).toString();
    QCOMPARE(notice->summary, u"Machine %1 is started"_s.arg(id));
    QCOMPARE(notice->body, u"web-tray in demo-app"_s);
    QCOMPARE(notice->urgency, u"NORMAL"_s);

    // The tray menu keeps it with the same actions.
    QMenu *menu = window.notifier()->trayMenu();
    QStringList entries;
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions)
        entries << action->text();
    QVERIFY2(entries.contains(u"web-tray (%1): started"_s.arg(id)), qPrintable(entries.join(u" | "_s)));

    // Stop, from the notification: the Machine stops, and the window says so.
    const QStringList offered = chooseInMenu(notice->id, u"stop"_s);
    const QString tail = u" (Machine %1 is started) [%2,"_s.arg(id, notice->id);
    QCOMPARE(offered.size(), 4);
    for (const QString &action : {u"#Show the launch"_s, u"#Open the log"_s, u"#Stop"_s, u"#Destroy…"_s})
        QVERIFY2(std::any_of(offered.begin(), offered.end(), [&](const QString &line) { return line.startsWith(action + tail); }), qPrintable(offered.join(u'\n')));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), u"stopped"_s, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(window.machinesView()->messages()->text(), u"Stopped %1."_s.arg(id), 20000);
    QVERIFY(window.machinesView()->isVisible());
}

void TestDesktop::aFailedLaunchOffersItsLogAndLaunchesAgain()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    const RunSpec crashing = launchable(u"crash-tray"_s, u"flightdeck/crash-on-start:1"_s);
    std::optional<Received> notice = launchAndNotify(window, crashing);
    QVERIFY(notice);
    QCOMPARE(window.launchView()->state(), Ui::LaunchView::State::Failed);
    const QString id = window.launchView()->outcome().machine.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(notice->summary, u"crash-tray did not start"_s);
    QVERIFY2(notice->body.contains(u"exited with code 3"_s), qPrintable(notice->body));
    QCOMPARE(notice->urgency, u"CRITICAL"_s);

    // Open the log: the Machine's log, in a window of its own.
    const QStringList offered = chooseInMenu(notice->id, u"log"_s);
    QCOMPARE(offered.size(), 4);
    for (const QString &key : {u"default]"_s, u"log]"_s, u"again]"_s, u"destroy]"_s})
        QVERIFY2(std::any_of(offered.begin(), offered.end(), [&](const QString &line) { return line.endsWith(u","_s + key); }), qPrintable(offered.join(u'\n')));
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QDialog *>(u"machineLogDialog"_s), 10000);
    auto *logDialog = window.findChild<QDialog *>(u"machineLogDialog"_s);
    QVERIFY(logDialog->windowTitle().contains(u"crash-tray"_s));
    auto *lines = logDialog->findChild<QPlainTextEdit *>();
    QVERIFY(lines);
    QTRY_VERIFY_WITH_TIMEOUT(lines->toPlainText().contains(u"Machine started"_s), 20000);
    logDialog->close();

    // Launch again, from the next failure's notification: a new launch of the same settings.
    RunSpec second = crashing;
    second.name = u"crash-tray-2"_s;
    notice = launchAndNotify(window, second);
    QVERIFY(notice);
    QSignalSpy started(window.launches(), &Ui::LaunchController::launchStarted);
    QVERIFY(!chooseInMenu(notice->id, u"again"_s).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
    QCOMPARE(window.launches()->lastSpec().name, u"crash-tray-2"_s);
    QTRY_COMPARE_WITH_TIMEOUT(window.launchView()->state(), Ui::LaunchView::State::Failed, 30000);
}

void TestDesktop::destroyFromANotificationAsksFirst()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    const std::optional<Received> notice = launchAndNotify(window, launchable(u"crash-destroy"_s, u"flightdeck/crash-on-start:1"_s));
    QVERIFY(notice);
    const QString id = window.launchView()->outcome().machine.value(u"id"_s).toString();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), u"stopped"_s, 20000);

    // The confirmation names the Machine; the user confirms with the mouse.
    QString asked;
    QTimer confirm;
    confirm.setInterval(50);
    connect(&confirm, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != "destroyMachineDialog"_L1)
            return;
        confirm.stop();
        const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            asked += label->text();
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmDestroyButton"_s), Qt::LeftButton);
    });
    confirm.start();
    QVERIFY(!chooseInMenu(notice->id, u"destroy"_s).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(window.machinesView()->messages()->text(), u"Destroyed %1."_s.arg(id), 20000);
    QVERIFY2(asked.contains(u"crash-destroy (%1)"_s.arg(id)), qPrintable(asked));
    QCOMPARE(stateOf(id), u"destroyed"_s);
}

void TestDesktop::twoLaunchesGoOnSideBySide()
{
    // Machines take 3 s to start: time to begin a second launch while the first waits.
    QCOMPARE(m_env.api("PUT", u"/_sim/boot-delay"_s, R"({"ms": 3000})").status, 200);
    const auto restore = qScopeGuard([this] { m_env.api("PUT", u"/_sim/boot-delay"_s, R"({"ms": 100})"); });
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    window.document()->setSpec(launchable(u"side-1"_s));
    window.launch(false);
    QTRY_VERIFY_WITH_TIMEOUT(window.launchView()->stepSeen(LaunchStep::WaitStarted), 10000);
    // Back to the wizard while it waits, and the next one.
    QTest::mouseClick(TestSupport::find<QPushButton>(window, u"backToWizardButton"_s), Qt::LeftButton);
    QVERIFY(window.wizard()->isVisible());
    window.document()->setSpec(launchable(u"side-2"_s));
    window.launch(false);
    QCOMPARE(window.notifier()->inFlight(), (QStringList{u"side-1"_s, u"side-2"_s}));
    QCOMPARE(window.launches()->runningCount(), 2);

    // The tray menu has both; its first entry brings the first launch back into the view.
    QMenu *menu = window.notifier()->trayMenu();
    menu->popup(window.notifier()->trayIcon()->geometry().bottomLeft());
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    QCOMPARE(menu->actions().at(0)->text(), u"Launching side-1…"_s);
    QCOMPARE(menu->actions().at(1)->text(), u"Launching side-2…"_s);
    QTest::keyClick(menu, Qt::Key_Down);
    QCOMPARE(menu->activeAction(), menu->actions().at(0));
    QTest::keyClick(menu, Qt::Key_Return);
    QVERIFY(window.launchView()->isVisible());
    QVERIFY(window.launchView()->stepSeen(LaunchStep::CreateMachine)); // what it did before it was shown again
    QTRY_COMPARE_WITH_TIMEOUT(window.launchView()->state(), Ui::LaunchView::State::Succeeded, 20000);
    QCOMPARE(window.launchView()->outcome().machine.value(u"name"_s).toString(), u"side-1"_s);

    // Both end, each with its own Machine and its own line in the history.
    QTRY_COMPARE_WITH_TIMEOUT(window.launches()->runningCount(), 0, 20000);
    QVERIFY(window.notifier()->inFlight().isEmpty());
    // The one not on screen says so even to a window in use.
    const auto notified = [this](const QString &body) {
        const QList<Received> all = received();
        return std::any_of(all.cbegin(), all.cend(), [&](const Received &r) { return r.body == body; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(notified(u"side-2 in demo-app"_s), 10000);
    QCOMPARE(TestSupport::lastOutcomes(window, 2), (QStringList{u"side-1:started"_s, u"side-2:started"_s}));
    const QJsonArray machines = m_env.api("GET", u"/v1/apps/demo-app/machines"_s).json.toArray();
    for (const QString &name : {u"side-1"_s, u"side-2"_s})
        QCOMPARE(std::count_if(machines.begin(), machines.end(), [&](const QJsonValue &m) { return m.toObject().value(u"name"_s).toString() == name; }), 1);
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
