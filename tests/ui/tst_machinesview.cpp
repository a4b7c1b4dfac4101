// The app's Machines after the launch, through the real window against a
// real flightdeck-sim: the list refreshes by itself while it shows; stop,
// start and destroy are clicked and confirmed as a user does them; a lease
// someone else holds is said in words; the log opens live; clone and update
// bring a Machine's config into the wizard, and an update shows what changes
// and changes the Machine itself.

#include "app/spec/runspecdocument.h"
#include "ui/launch/machinelogview.h"
#include "ui/machines/machinesview.h"
#include "ui/machines/machineupdate.h"
#include "ui/preview/jsonpreview.h"
#include "ui/simwindow.h"
#include "ui/widgets/messagebar.h"

#include <QDialog>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Flightdeck;
using TestSupport::find;

namespace {

enum Column { Name, Id, State, Region, Image, Size, Created, Checks };

// A new Machine shows in the API's lists only after their lag (2 s in the
// simulator, as in the real API's replicated store), so it can take the view
// one refresh (5 s) to list it.
constexpr int kListedMs = 15000;

} // namespace

class TestMachinesView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theListShowsTheAppsMachinesAndFollowsThem();
    void stopStartAndDestroyAsAUserDoes();
    void aLeaseHeldElsewhereIsSaidInWords();
    void actionsThatCannotRunNowAreSaidInWords();
    void theLogOpensAndCloneFillsTheWizard();
    void updateShowsWhatChangesAndUpdatesTheMachine();

private:
    // A Machine made by another client, started; its id.
    QString createMachine(const QString &name, const QString &app = u"demo-app"_s);
    QString stateOf(const QString &id, const QString &app = u"demo-app"_s);
    // The window, connected, its wizard on demo-app, the Machines shown from the menu.
    bool openMachines(Ui::MainWindow &window, const QString &app = u"demo-app"_s);
    QTreeWidgetItem *row(QTreeWidget *table, const QString &id);
    // Waits until the table lists Machine `id`, then clicks its row; the table, or null when it never came.
    QTreeWidget *clickRow(Ui::MainWindow &window, const QString &id);
    void clickButton(Ui::MainWindow &window, const QString &name);
    QString messages(Ui::MainWindow &window);

    TestSupport::SimEnvironment m_env;
};

void TestMachinesView::initTestCase()
{
    QVERIFY2(m_env.start({u"--boot-delay"_s, u"150"_s}), qPrintable(m_env.sim.errorString()));
}

QString TestMachinesView::createMachine(const QString &name, const QString &app)
{
    const QJsonObject body{{u"name"_s, name}, {u"region"_s, u"ams"_s}, {u"config"_s, QJsonObject{{u"image"_s, u"nginx:1.27"_s}}}};
    const TestSupport::HttpResponse created = m_env.api("POST", u"/v1/apps/%1/machines"_s.arg(app), QJsonDocument(body).toJson());
    const QString id = created.json.toObject().value(u"id"_s).toString();
    if (id.isEmpty() || m_env.api("GET", u"/v1/apps/%1/machines/%2/wait?state=started&timeout=20"_s.arg(app, id)).status != 200)
        return {};
    return id;
}

QString TestMachinesView::stateOf(const QString &id, const QString &app)
{
    return m_env.api("GET", u"/v1/apps/%1/machines/%2"_s.arg(app, id)).json.toObject().value(u"state"_s).toString();
}

bool TestMachinesView::openMachines(Ui::MainWindow &window, const QString &app)
{
    if (!TestSupport::openConnected(window))
        return false;
    RunSpec spec = window.document()->spec();
    spec.app = app;
    window.document()->setSpec(spec);
    if (!TestSupport::chooseMenuEntry(window, {u"Machine"_s, u"The app's Machines"_s}))
        return false;
    auto *dock = find<QDockWidget>(window, u"machinesDock"_s);
    return dock && QTest::qWaitFor([dock] { return dock->isVisible(); }, 5000);
}

QTreeWidgetItem *TestMachinesView::row(QTreeWidget *table, const QString &id)
{
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        if (table->topLevelItem(i)->text(Id) == id)
            return table->topLevelItem(i);
    }
    return nullptr;
}

QTreeWidget *TestMachinesView::clickRow(Ui::MainWindow &window, const QString &id)
{
    auto *table = find<QTreeWidget>(window, u"machinesTable"_s);
    if (!table || !QTest::qWaitFor([&] { return row(table, id) != nullptr; }, kListedMs))
        return nullptr;
    table->scrollToItem(row(table, id));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(row(table, id)).center());
    return table;
}

void TestMachinesView::clickButton(Ui::MainWindow &window, const QString &name)
{
    auto *button = find<QPushButton>(window, name);
    QVERIFY(button);
    QTRY_VERIFY2(button->isEnabled(), qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton);
}

QString TestMachinesView::messages(Ui::MainWindow &window)
{
    return window.machinesView()->messages()->text();
}

void TestMachinesView::theListShowsTheAppsMachinesAndFollowsThem()
{
    const QString web = createMachine(u"list-web"_s);
    const QString worker = createMachine(u"list-worker"_s);
    QVERIFY(!web.isEmpty() && !worker.isEmpty());

    Ui::MainWindow window(m_env.files());
    QVERIFY(openMachines(window));
    auto *table = find<QTreeWidget>(window, u"machinesTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(row(table, web) && row(table, worker), kListedMs);
    const QTreeWidgetItem *item = row(table, web);
    QCOMPARE(item->text(Name), u"list-web"_s);
    QCOMPARE(item->text(State), u"started"_s);
    QCOMPARE(item->text(Region), u"ams"_s);
    QCOMPARE(item->text(Image), u"nginx:1.27"_s);
    QCOMPARE(item->text(Size), u"shared-cpu-1x"_s); // the platform's default size, by its preset's name
    QVERIFY(!item->text(Created).isEmpty());
    QCOMPARE(item->text(Checks), u"none"_s);
    QVERIFY(find<QLabel>(window, u"machinesTitle"_s)->text().startsWith(u"Machines of demo-app"_s));

    // Someone else stops it: the view shows it without being asked, within its refresh.
    QCOMPARE(m_env.api("POST", u"/v1/apps/demo-app/machines/%1/stop"_s.arg(web), "{}").status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(row(table, web)->text(State), u"stopped"_s, Ui::MachinesView::kRefreshMs * 3);

    // Another app: its Machines, and none of this one's.
    QCOMPARE(m_env.api("POST", u"/v1/apps"_s, R"({"app_name":"other-app","org_slug":"personal"})").status, 201);
    const QString other = createMachine(u"other-web"_s, u"other-app"_s);
    RunSpec spec = window.document()->spec();
    spec.app = u"other-app"_s;
    window.document()->setSpec(spec);
    QTRY_VERIFY_WITH_TIMEOUT(row(table, other), kListedMs);
    QVERIFY(!row(table, web));

    // Hidden, it asks nothing.
    window.findChild<QDockWidget *>(u"machinesDock"_s)->close();
    QTest::qWait(50);
    QVERIFY(m_env.api("DELETE", u"/_sim/requests"_s).status < 300);
    QTest::qWait(Ui::MachinesView::kRefreshMs + 1000);
    const QJsonArray seen = m_env.api("GET", u"/_sim/requests"_s).json.toArray();
    for (const QJsonValue &request : seen)
        QVERIFY2(!request[u"path"_s].toString().endsWith(u"/machines"_s), qPrintable(request[u"path"_s].toString()));
}

void TestMachinesView::stopStartAndDestroyAsAUserDoes()
{
    const QString id = createMachine(u"act-web"_s);
    QVERIFY(!id.isEmpty());
    Ui::MainWindow window(m_env.files());
    QVERIFY(openMachines(window));
    QTreeWidget *table = clickRow(window, id);
    QVERIFY(table);
    QCOMPARE(window.machinesView()->currentMachineId(), id);
    // A started Machine can stop, restart and suspend, not start.
    QVERIFY(!find<QPushButton>(window, u"startMachineButton"_s)->isEnabled());

    clickButton(window, u"stopMachineButton"_s);
    QVERIFY2(messages(window).contains(id), qPrintable(messages(window))); // what it does, while it does it
    QTRY_COMPARE_WITH_TIMEOUT(messages(window), u"Stopped %1."_s.arg(id), 20000);
    QCOMPARE(stateOf(id), u"stopped"_s);
    QTRY_COMPARE(row(table, id)->text(State), u"stopped"_s);

    clickButton(window, u"startMachineButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(messages(window), u"Started %1."_s.arg(id), 20000);
    QCOMPARE(stateOf(id), u"started"_s);
    QTRY_COMPARE(row(table, id)->text(State), u"started"_s);

    // Destroy asks, naming the Machine; a running one needs "kill it" ticked; Cancel keeps it.
    QString asked;
    bool confirmEnabledAtFirst = true;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<QDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            asked += label->text();
        confirmEnabledAtFirst = dialog->findChild<QPushButton *>(u"confirmDestroyButton"_s)->isEnabled();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    clickButton(window, u"destroyMachineButton"_s);
    QVERIFY2(asked.contains(u"act-web (%1)"_s.arg(id)), qPrintable(asked));
    QVERIFY(!confirmEnabledAtFirst);
    QCOMPARE(stateOf(id), u"started"_s);

    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<QDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        TestSupport::clickTo(dialog->findChild<QCheckBox *>(u"forceDestroyCheck"_s), true);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmDestroyButton"_s), Qt::LeftButton);
    });
    clickButton(window, u"destroyMachineButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(messages(window), u"Destroyed %1."_s.arg(id), 20000);
    QCOMPARE(stateOf(id), u"destroyed"_s);
    QTRY_VERIFY(!row(table, id)); // destroyed Machines leave the list
}

void TestMachinesView::aLeaseHeldElsewhereIsSaidInWords()
{
    const QString id = createMachine(u"leased-web"_s);
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_env.api("POST", u"/v1/apps/demo-app/machines/%1/lease?ttl=60"_s.arg(id), R"({"description":"a deploy"})").status, 201);

    Ui::MainWindow window(m_env.files());
    QVERIFY(openMachines(window));
    QTreeWidget *table = clickRow(window, id);
    QVERIFY(table);
    clickButton(window, u"restartMachineButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(messages(window).contains(u"someone else is changing this Machine"_s), 20000);
    QVERIFY2(messages(window).contains(u"user@flightdeck.sim"_s), qPrintable(messages(window))); // who holds it
    QCOMPARE(stateOf(id), u"started"_s);
    // The buttons come back for the next try.
    QTRY_VERIFY(find<QPushButton>(window, u"restartMachineButton"_s)->isEnabled());
}

void TestMachinesView::actionsThatCannotRunNowAreSaidInWords()
{
    const QString id = createMachine(u"busy-web"_s);
    QVERIFY(!id.isEmpty());
    Ui::MainWindow window(m_env.files());
    QVERIFY(openMachines(window));
    QTreeWidget *table = clickRow(window, id);
    QVERIFY(table);
    // A started Machine: Start is not offered.
    QTRY_VERIFY(find<QPushButton>(window, u"stopMachineButton"_s)->isEnabled());
    QVERIFY(!find<QPushButton>(window, u"startMachineButton"_s)->isEnabled());

    // A slow stop: while it runs, every action button waits, and a notification's
    // Restart (MachinesView::runOn, what its button calls) is told to wait.
    const QByteArray slowStop = R"({"method": "POST", "path": "/stop$", "action": "delay", "ms": 3000, "count": 1})";
    QVERIFY(m_env.api("POST", u"/_sim/faults"_s, slowStop).status < 300);
    clickButton(window, u"stopMachineButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(messages(window), u"Stopping %1…"_s.arg(id), 10000); // the lease is taken, the stop sent
    QVERIFY(!find<QPushButton>(window, u"restartMachineButton"_s)->isEnabled());
    QVERIFY(!find<QPushButton>(window, u"destroyMachineButton"_s)->isEnabled());
    window.machinesView()->runOn(MachineAction::Kind::Restart, u"demo-app"_s, id);
    QTRY_COMPARE_WITH_TIMEOUT(messages(window), u"Wait until the action on %1 ends."_s.arg(id), 2000);
    QTRY_COMPARE_WITH_TIMEOUT(messages(window), u"Stopped %1."_s.arg(id), 20000);
    QCOMPARE(stateOf(id), u"stopped"_s); // the restart was not sent

    // Stop again from a notification, on the Machine already stopped: nothing is sent.
    QVERIFY(m_env.api("DELETE", u"/_sim/requests"_s).status < 300);
    window.machinesView()->runOn(MachineAction::Kind::Stop, u"demo-app"_s, id);
    QTRY_COMPARE_WITH_TIMEOUT(messages(window), u"Nothing to do: %1 is stopped."_s.arg(id), 10000);
    const QJsonArray seen = m_env.api("GET", u"/_sim/requests"_s).json.toArray();
    for (const QJsonValue &request : seen)
        QVERIFY2(!request[u"path"_s].toString().endsWith(u"/stop"_s), qPrintable(request[u"path"_s].toString()));
    QVERIFY(m_env.api("DELETE", u"/_sim/faults"_s).status < 300);
}

void TestMachinesView::theLogOpensAndCloneFillsTheWizard()
{
    const QString id = createMachine(u"log-web"_s);
    QVERIFY(!id.isEmpty());
    Ui::MainWindow window(m_env.files());
    QVERIFY(openMachines(window));
    QTreeWidget *table = clickRow(window, id);
    QVERIFY(table);

    // Enter in the table opens the log, live.
    QTest::keyClick(table, Qt::Key_Return);
    QDialog *logDialog = nullptr;
    QTRY_VERIFY((logDialog = window.findChild<QDialog *>(u"machineLogDialog"_s)) && logDialog->isVisible());
    QVERIFY(logDialog->windowTitle().contains(u"log-web"_s));
    auto *text = logDialog->findChild<QPlainTextEdit *>(u"machineLogText"_s);
    QTRY_VERIFY_WITH_TIMEOUT(text->toPlainText().contains(u"Pulling container image nginx:1.27"_s), 10000);
    QVERIFY(logDialog->findChild<Ui::MachineLogView *>()->isFollowing());
    logDialog->close();

    clickButton(window, u"cloneMachineButton"_s);
    QTRY_COMPARE(window.document()->spec().image, u"nginx:1.27"_s);
    QCOMPARE(window.document()->spec().region, u"ams"_s);
    QVERIFY(window.document()->spec().name.isEmpty()); // a new Machine gets a name of its own
    QVERIFY(!window.machineUpdate()->isActive());
}

void TestMachinesView::updateShowsWhatChangesAndUpdatesTheMachine()
{
    const QString id = createMachine(u"update-web"_s);
    QVERIFY(!id.isEmpty());
    const QString before = m_env.api("GET", u"/v1/apps/demo-app/machines/%1"_s.arg(id)).json[u"instance_id"_s].toString();
    Ui::MainWindow window(m_env.files());
    QVERIFY(openMachines(window));
    QTreeWidget *table = clickRow(window, id);
    QVERIFY(table);
    clickButton(window, u"updateMachineButton"_s);
    QTRY_VERIFY(window.machineUpdate()->isActive());

    // Review, in update mode: Update instead of Create, nothing to compare yet.
    auto *wizard = window.wizard();
    QTRY_COMPARE(wizard->currentStep(), wizard->stepCount() - 1);
    auto *update = find<QPushButton>(window, u"createAndStartButton"_s);
    QCOMPARE(update->text().remove(u'&'), u"Update update-web (%1)"_s.arg(id));
    QVERIFY(!find<QPushButton>(window, u"createOnlyButton"_s)->isVisible());
    QVERIFY(find<QWidget>(window, u"updateDiff"_s)->isVisible());
    auto *diffSummary = find<QWidget>(window, u"updateDiff"_s)->findChild<QLabel *>(u"diffSummary"_s);
    QTRY_VERIFY2(find<QLabel>(window, u"launchReadiness"_s)->text() == u"Nothing changes yet: the update would send the config the Machine has."_s,
                 qPrintable(diffSummary->text()));
    QVERIFY(find<QLabel>(window, u"jsonPreviewRequestLine"_s)->text().endsWith(u"/v1/apps/demo-app/machines/"_s + id));

    // More memory, typed on Resources.
    wizard->goToStep(wizard->stepForField(u"guest.memory_mb"_s));
    auto *memory = find<QSpinBox>(window, u"memorySpin"_s);
    TestSupport::typeValue(memory, 512);
    QTest::keyClick(memory, Qt::Key_Tab);
    QCOMPARE(window.document()->spec().guest.memoryMb, 512);
    wizard->goToStep(wizard->stepCount() - 1);
    const QString differs = diffSummary->text();
    QVERIFY2(differs.contains(u"config.guest.memory_mb"_s), qPrintable(differs));
    QCOMPARE(find<QLabel>(window, u"launchReadiness"_s)->text(), u"Ready to update."_s);

    QTest::mouseClick(update, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.messages()->text().startsWith(u"Updated %1"_s.arg(id)), 30000);
    const QJsonObject after = m_env.api("GET", u"/v1/apps/demo-app/machines/%1"_s.arg(id)).json.toObject();
    QCOMPARE(after[u"config"_s][u"guest"_s][u"memory_mb"_s].toInt(), 512);
    QVERIFY(after[u"instance_id"_s].toString() != before);
    QCOMPARE(after[u"state"_s].toString(), u"started"_s); // running again, as before
    QCOMPARE(after[u"name"_s].toString(), u"update-web"_s);
    QCOMPARE(m_env.api("GET", u"/v1/apps/demo-app/machines/%1/lease"_s.arg(id)).status, 404); // the lease went back
    // No new Machine: the app has the same ones as before.
    int named = 0;
    const QJsonArray machines = m_env.api("GET", u"/v1/apps/demo-app/machines"_s).json.toArray();
    for (const QJsonValue &machine : machines)
        named += machine[u"name"_s].toString() == "update-web"_L1;
    QCOMPARE(named, 1);

    // Leaving update mode: Create again.
    QTest::mouseClick(find<QPushButton>(window, u"leaveUpdateButton"_s), Qt::LeftButton);
    QVERIFY(!window.machineUpdate()->isActive());
    QCOMPARE(update->text().remove(u'&'), u"Create and start"_s);
    QVERIFY(find<QPushButton>(window, u"createOnlyButton"_s)->isVisible());
    QVERIFY(find<QLabel>(window, u"jsonPreviewRequestLine"_s)->text().endsWith(u"/v1/apps/demo-app/machines"_s));
}

QTEST_MAIN(TestMachinesView)
#include "tst_machinesview.moc"
