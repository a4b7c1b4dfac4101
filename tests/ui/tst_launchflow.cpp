// From Review's buttons to a Machine, against a real flightdeck-sim: the
// progress view's timeline, the Machine it reports, the diagnosis of a
// Machine that exits at start with the way back to the setting, create-only,
// and cancel.

#include "launch/launchview.h"
#include "pages/reviewpage.h"
#include "spec/runspecdocument.h"
#include "support/httpclient.h"
#include "ui/simwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTest>

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

private:
    // A window on the Review step with a launchable spec.
    void prepare(Ui::MainWindow &window, const QString &name);
    QJsonObject machine(const QString &id);

    TestSupport::SimEnvironment m_env;
};

void TestLaunchFlow::initTestCase()
{
    // Machines named crash-* exit with code 3 a moment after they start.
    QVERIFY2(m_env.start({u"--boot-delay"_s, u"150"_s, u"--exit"_s, u"crash-*=3@0.1"_s}), qPrintable(m_env.sim.errorString()));
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

QJsonObject TestLaunchFlow::machine(const QString &id)
{
    const TestSupport::HttpResponse answer = m_env.api("GET", u"/v1/apps/demo-app/machines/"_s + id);
    return answer.status == 200 ? QJsonDocument::fromJson(answer.body).object() : QJsonObject();
}

void TestLaunchFlow::createAndStartReachesStarted()
{
    Ui::MainWindow window;
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
    Ui::MainWindow window;
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
    Ui::MainWindow window;
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

    Ui::MainWindow window;
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

QTEST_MAIN(TestLaunchFlow)
#include "tst_launchflow.moc"
