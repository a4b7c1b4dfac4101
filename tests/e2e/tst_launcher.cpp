// The launcher against flightdeck-sim over HTTP: full launches, app
// creation, every fault the simulator injects at each step, the start
// diagnosis, cancel, and the promise of exactly one Machine per launch.

#include "app/api/apiclient.h"
#include "app/api/appinventory.h"
#include "app/api/directory.h"
#include "app/launch/launcher.h"
#include "support/httpclient.h"
#include "support/simprocess.h"
#include "support/simstate.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

Q_DECLARE_METATYPE(Flightdeck::LaunchOutcome)
Q_DECLARE_METATYPE(Flightdeck::StepEvent)

namespace {

const QString kToken = u"fm2_launcher-test-token-4f1d9c"_s;

struct Run
{
    LaunchOutcome outcome;
    QList<StepEvent> events;
};

} // namespace

class TestLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void launchFromImageTakesTwoRequestsToStarted();
    void createsAMissingAppWhenAllowed();
    void refusesAMissingAppOtherwise();
    void createFaults_data();
    void createFaults();
    void lostAnswerNeverAdoptsAStranger_data();
    void lostAnswerNeverAdoptsAStranger();
    void unreadableListStopsWithoutResending_data();
    void unreadableListStopsWithoutResending();
    void appCreateFaults_data();
    void appCreateFaults();
    void waitFaultsAreRetried_data();
    void waitFaultsAreRetried();
    void deadlineWithoutStartIsDiagnosed();
    void exitAtStartIsDiagnosed();
    void aRestartThatRunsOnIsNoFailure();
    void aRestartLoopIsDiagnosed();
    void healthChecksArePartOfStarted();
    void aCriticalCheckFailsAtTheWaitTimeout();
    void healthChecksCanBeSkipped();
    void badRequestIsBoundToItsField();
    void rejectedTokenIsReported();
    void createOnlyAndStandbyStopAfterCreate();
    void volumeByNamePinsTheRegion();
    void volumesBeingDestroyedOrHeldAreNeverChosen();
    void destroySendsWhatFlyGoSends();
    void plainHttpToARemoteHostIsRefused();
    void cancelReportsWhatExists();
    void directory();
    void tokenAppearsInNoFileTheTestsWrote();

private:
    Run launch(RunSpec spec, LaunchOptions options = {}, std::function<void(Launcher &)> during = {});
    TestSupport::HttpResponse control(const QByteArray &method, const QString &what, const QJsonObject &body = {});
    TestSupport::HttpResponse flaps(const QByteArray &method, const QString &path);
    int machinesWithLaunchId(const QString &app, const QString &launchId);
    static RunSpec nginx(const QString &app = u"demo-app"_s);

    TestSupport::SimProcess m_sim;
    QTemporaryDir m_stateDir;
    QNetworkAccessManager m_network;
    int m_counter = 0;
};

void TestLauncher::initTestCase()
{
    qRegisterMetaType<LaunchOutcome>();
    qRegisterMetaType<StepEvent>();
    QVERIFY2(m_sim.start({u"--token"_s, kToken, u"--no-rate-limits"_s, u"--boot-delay"_s, u"100"_s, u"--exit"_s, u"crash-*=2@0.1"_s, u"--checks"_s, u"unhealthy-*=never"_s,
                          u"--state"_s, m_stateDir.filePath(u"sim.json"_s)}),
             qPrintable(m_sim.errorString()));
}

void TestLauncher::init()
{
    control("DELETE", u"faults"_s);
    control("PUT", u"boot-delay"_s, QJsonObject{{u"ms"_s, 100}});
    control("DELETE", u"requests"_s);
}

void TestLauncher::cleanupTestCase()
{
    control("DELETE", u"faults"_s);
}

TestSupport::HttpResponse TestLauncher::control(const QByteArray &method, const QString &what, const QJsonObject &body)
{
    return TestSupport::httpRequest(m_network, method, m_sim.url(u"/_sim/"_s + what), body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
}

TestSupport::HttpResponse TestLauncher::flaps(const QByteArray &method, const QString &path)
{
    return TestSupport::httpRequest(m_network, method, m_sim.url(u"/v1"_s + path), {}, {{"Authorization", "Bearer " + kToken.toUtf8()}});
}

int TestLauncher::machinesWithLaunchId(const QString &app, const QString &launchId)
{
    return TestSupport::machinesByLaunchId(control("GET", u"state"_s).json.toObject(), app).value(launchId);
}

namespace {
// nginx behind a service with one TCP check, the way `fly machine run -p 443:8080/tcp:http:tls` plus a check sends it.
RunSpec withTcpCheck(RunSpec spec)
{
    ServiceSpec service;
    service.internalPort = 8080;
    service.ports = {PortSpec{443, 0, 0, {u"tls"_s, u"http"_s}, {}}};
    service.extra.insert(u"checks"_s, QJsonArray{QJsonObject{{u"type"_s, u"tcp"_s}, {u"interval"_s, u"5s"_s}, {u"timeout"_s, u"2s"_s}}});
    spec.services = {service};
    return spec;
}

QStringList details(const QList<StepEvent> &events, LaunchStep step)
{
    QStringList lines;
    for (const StepEvent &event : events) {
        if (event.step == step)
            lines.append(event.detail);
    }
    return lines;
}
} // namespace

RunSpec TestLauncher::nginx(const QString &app)
{
    RunSpec spec;
    spec.app = app;
    spec.image = u"nginx:1.27"_s;
    spec.region = u"ams"_s;
    return spec;
}

Run TestLauncher::launch(RunSpec spec, LaunchOptions options, std::function<void(Launcher &)> during)
{
    Endpoints endpoints;
    endpoints.machinesApi = m_sim.baseUrl();
    endpoints.graphql = m_sim.baseUrl().resolved(QUrl(u"/graphql"_s));
    QNetworkAccessManager network;
    ApiClient api(&network, endpoints, FlyToken::parse(kToken));
    options.settleMs = options.settleMs == 3000 ? 300 : options.settleMs;
    if (options.requestTimeoutMs == 30000)
        options.requestTimeoutMs = 2000;
    Launcher launcher(&api, spec, options);
    Run run;
    connect(&launcher, &Launcher::stepChanged, this, [&run](const StepEvent &event) { run.events.append(event); });
    QSignalSpy finished(&launcher, &Launcher::finished);
    launcher.start();
    if (during)
        during(launcher);
    if (finished.isEmpty())
        finished.wait(60000);
    if (!finished.isEmpty())
        run.outcome = finished.first().first().value<LaunchOutcome>();
    return run;
}

void TestLauncher::launchFromImageTakesTwoRequestsToStarted()
{
    const Run run = launch(nginx());
    QVERIFY2(run.outcome.succeeded, qPrintable(run.outcome.diagnosis ? run.outcome.diagnosis->summary : QString()));
    QCOMPARE(run.outcome.machine.value(u"state"_s).toString(), u"started"_s);

    // The timeline: every step ran and ended well, in order.
    QList<LaunchStep> finishedSteps;
    for (const StepEvent &event : run.events) {
        QVERIFY(event.status != StepEvent::Status::Failed);
        if (event.status == StepEvent::Status::Done)
            finishedSteps.append(event.step);
    }
    QCOMPARE(finishedSteps, (QList<LaunchStep>{LaunchStep::CheckToken, LaunchStep::ResolveApp, LaunchStep::PrepareImage, LaunchStep::CreateMachine,
                                               LaunchStep::WaitStarted, LaunchStep::WatchChecks}));

    // Round trips up to "started": the create and the wait. The watch adds one.
    const QJsonArray log = control("GET", u"requests"_s).json.toArray();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).toObject().value(u"method"_s).toString(), u"POST"_s);
    QVERIFY(log.at(1).toObject().value(u"path"_s).toString().endsWith(u"/wait"_s));
    QCOMPARE(run.outcome.roundTrips, 3);
}

void TestLauncher::createsAMissingAppWhenAllowed()
{
    const QString app = u"launcher-new-%1"_s.arg(++m_counter);
    LaunchOptions options;
    options.createAppIfMissing = true;
    options.org = u"acme-corp"_s;
    const Run run = launch(nginx(app), options);
    QVERIFY(run.outcome.succeeded);
    const TestSupport::HttpResponse created = flaps("GET", u"/apps/"_s + app);
    QCOMPARE(created.status, 200);
    QCOMPARE(created.json.toObject().value(u"organization"_s).toObject().value(u"slug"_s).toString(), u"acme-corp"_s);
    QVERIFY(run.outcome.existing.join(u' ').contains(app));
}

void TestLauncher::refusesAMissingAppOtherwise()
{
    const QString app = u"launcher-absent-%1"_s.arg(++m_counter);
    const Run run = launch(nginx(app));
    QVERIFY(!run.outcome.succeeded);
    QCOMPARE(run.outcome.diagnosis->field, u"app"_s);
    QVERIFY(run.outcome.diagnosis->summary.contains(app));
    QCOMPARE(flaps("GET", u"/apps/"_s + app).status, 404);
}

void TestLauncher::createFaults_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<QString>("message");

    const QString path = u"^/v1/apps/demo-app/machines$"_s;
    QTest::newRow("503 before create") << QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, path}, {u"status"_s, 503}, {u"count"_s, 1}} << true << QString();
    QTest::newRow("502 twice") << QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, path}, {u"status"_s, 502}, {u"count"_s, 2}} << true << QString();
    QTest::newRow("429") << QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, path}, {u"status"_s, 429}, {u"count"_s, 1}, {u"body"_s, QJsonObject{{u"error"_s, u"rate limit exceeded"_s}}}}
                         << true << QString();
    // The server's Retry-After is what the create waits, as a number or an HTTP date.
    QTest::newRow("429, Retry-After 2") << QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, path}, {u"status"_s, 429}, {u"count"_s, 1}, {u"retry_after"_s, 2}}
                                        << true << u"trying again in 2.0 s"_s;
    QTest::newRow("500 before create") << QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, path}, {u"status"_s, 500}, {u"count"_s, 1}} << true << QString();
    QTest::newRow("reset before create") << QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, path}, {u"action"_s, u"reset"_s}, {u"count"_s, 1}} << true << QString();
    QTest::newRow("created, answer lost") << QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, path}, {u"action"_s, u"reset-after"_s}, {u"count"_s, 1}} << true
                                          << QString();
    QTest::newRow("no answer") << QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, path}, {u"action"_s, u"hang"_s}, {u"count"_s, 1}} << true << QString();
    QTest::newRow("capacity, always") << QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, path}, {u"status"_s, 503},
                                                     {u"body"_s, QJsonObject{{u"error"_s, u"no capacity in ams"_s}, {u"status"_s, u"insufficient_capacity"_s}}}}
                                      << false << u"Try choosing a different region"_s;
    QTest::newRow("lost answers, always") << QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, path}, {u"action"_s, u"reset-after"_s}} << true << QString();
    // A 2xx the client cannot read is settled like a lost answer: looked for by launch id, then sent again.
    QTest::newRow("an answer that is not JSON") << QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, path}, {u"status"_s, 200}, {u"count"_s, 1},
                                                               {u"body"_s, u"<html><body>Gateway says hi</body></html>"_s}}
                                                << true << u"not JSON"_s;
    QTest::newRow("JSON that names no Machine") << QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, path}, {u"status"_s, 200}, {u"count"_s, 1},
                                                               {u"body"_s, QJsonObject{{u"ok"_s, true}}}}
                                                << true << u"names no Machine"_s;
}

void TestLauncher::createFaults()
{
    QFETCH(QJsonObject, fault);
    QFETCH(bool, succeeds);
    QFETCH(QString, message);
    QCOMPARE(control("POST", u"faults"_s, fault).status, 201);

    LaunchOptions options;
    options.launchId = Launcher::newLaunchId();
    const Run run = launch(nginx(), options);
    QCOMPARE(run.outcome.succeeded, succeeds);
    // Whatever happened on the wire: never two Machines for one launch.
    QCOMPARE(machinesWithLaunchId(u"demo-app"_s, options.launchId), succeeds ? 1 : 0);
    if (succeeds && !message.isEmpty()) {
        const QString all = details(run.events, LaunchStep::CreateMachine).join(u'\n');
        QVERIFY2(all.contains(message), qPrintable(all));
    }
    if (!succeeds) {
        QVERIFY2(run.outcome.diagnosis->hint.contains(message) || run.outcome.diagnosis->summary.contains(message), qPrintable(run.outcome.diagnosis->summary));
        QCOMPARE(run.outcome.diagnosis->field, u"region"_s);
    }
}

void TestLauncher::lostAnswerNeverAdoptsAStranger_data()
{
    QTest::addColumn<QString>("action");
    // reset-after: created, answer lost (found after the list's lag); hang: never carried out (sent again).
    QTest::newRow("created, answer lost") << u"reset-after"_s;
    QTest::newRow("not created, no answer") << u"hang"_s;
}

void TestLauncher::lostAnswerNeverAdoptsAStranger()
{
    QFETCH(QString, action);
    // Another launch's Machine, already listed; the list ignores metadata filters, so only the client's match protects it.
    const QString strangerId = Launcher::newLaunchId();
    QUrl url = m_sim.url(u"/v1/apps/demo-app/machines"_s);
    const TestSupport::HttpResponse stranger = TestSupport::httpRequest(
        m_network, "POST", url,
        QJsonDocument(QJsonObject{{u"region"_s, u"ams"_s}, {u"skip_launch"_s, true},
                                  {u"config"_s, QJsonObject{{u"image"_s, u"nginx:1.27"_s}, {u"metadata"_s, QJsonObject{{u"flightdeck_launch_id"_s, strangerId}}}}}})
            .toJson(),
        {{"Authorization", "Bearer " + kToken.toUtf8()}});
    QCOMPARE(stranger.status, 200);
    const QString strangerMachine = stranger.json.toObject().value(u"id"_s).toString();
    QTRY_VERIFY_WITH_TIMEOUT(flaps("GET", u"/apps/demo-app/machines"_s).body.contains(strangerMachine.toUtf8()), 10000);

    control("POST", u"faults"_s, QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, u"^/v1/apps/demo-app/machines$"_s}, {u"action"_s, action}, {u"count"_s, 1}});
    LaunchOptions options;
    options.launchId = Launcher::newLaunchId();
    const Run run = launch(nginx(), options);
    QVERIFY2(run.outcome.succeeded, qPrintable(run.outcome.diagnosis ? run.outcome.diagnosis->summary : QString()));
    const QJsonObject machine = run.outcome.machine;
    QVERIFY(machine.value(u"id"_s).toString() != strangerMachine);
    QCOMPARE(machine.value(u"config"_s).toObject().value(u"metadata"_s).toObject().value(u"flightdeck_launch_id"_s).toString(), options.launchId);
    QVERIFY(!run.outcome.existing.join(u' ').contains(strangerMachine));
    QCOMPARE(machinesWithLaunchId(u"demo-app"_s, options.launchId), 1);
    QCOMPARE(machinesWithLaunchId(u"demo-app"_s, strangerId), 1); // untouched
    QCOMPARE(flaps("GET", u"/apps/demo-app/machines/"_s + strangerMachine).json.toObject().value(u"state"_s).toString(), u"created"_s);
}

void TestLauncher::unreadableListStopsWithoutResending_data()
{
    QTest::addColumn<QJsonObject>("listFault");
    const QString path = u"^/v1/apps/demo-app/machines$"_s;
    QTest::newRow("an error") << QJsonObject{{u"method"_s, u"GET"_s}, {u"path"_s, path}, {u"status"_s, 404},
                                             {u"body"_s, QJsonObject{{u"error"_s, u"not_found: temporarily unavailable"_s}}}};
    // An object where the list should be says nothing about whether the Machine exists.
    QTest::newRow("not a list") << QJsonObject{{u"method"_s, u"GET"_s}, {u"path"_s, path}, {u"status"_s, 200}, {u"body"_s, QJsonObject{{u"machines"_s, QJsonArray()}}}};
}

void TestLauncher::unreadableListStopsWithoutResending()
{
    QFETCH(QJsonObject, listFault);
    // The answer is lost and the list cannot be read: the launch stops rather than risk a second Machine.
    control("POST", u"faults"_s, QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, u"^/v1/apps/demo-app/machines$"_s}, {u"action"_s, u"reset-after"_s}, {u"count"_s, 1}});
    control("POST", u"faults"_s, listFault);
    LaunchOptions options;
    options.launchId = Launcher::newLaunchId();
    const Run run = launch(nginx(), options);
    QVERIFY(!run.outcome.succeeded);
    QVERIFY2(run.outcome.diagnosis->summary.contains(u"could not be checked"_s), qPrintable(run.outcome.diagnosis->summary));
    control("DELETE", u"faults"_s);
    QCOMPARE(machinesWithLaunchId(u"demo-app"_s, options.launchId), 1); // the one the lost answer made; never a second
}

void TestLauncher::appCreateFaults_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("503 before create") << QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, u"^/v1/apps$"_s}, {u"status"_s, 503}, {u"count"_s, 1}} << true;
    QTest::newRow("created, answer lost") << QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, u"^/v1/apps$"_s}, {u"action"_s, u"reset-after"_s}, {u"count"_s, 1}} << true;
    QTest::newRow("refused") << QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, u"^/v1/apps$"_s}, {u"status"_s, 403},
                                            {u"body"_s, QJsonObject{{u"error"_s, u"organization is over its app limit"_s}}}}
                             << false;
}

void TestLauncher::appCreateFaults()
{
    QFETCH(QJsonObject, fault);
    QFETCH(bool, succeeds);
    control("POST", u"faults"_s, fault);
    const QString app = u"launcher-faulty-%1"_s.arg(++m_counter);
    LaunchOptions options;
    options.createAppIfMissing = true;
    const Run run = launch(nginx(app), options);
    QCOMPARE(run.outcome.succeeded, succeeds);
    QCOMPARE(flaps("GET", u"/apps/"_s + app).status, succeeds ? 200 : 404);
    if (!succeeds)
        QVERIFY(run.outcome.diagnosis->summary.contains(u"over its app limit"_s));
}

void TestLauncher::waitFaultsAreRetried_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::newRow("503") << QJsonObject{{u"path"_s, u"/wait$"_s}, {u"status"_s, 503}, {u"count"_s, 2}};
    QTest::newRow("500") << QJsonObject{{u"path"_s, u"/wait$"_s}, {u"status"_s, 500}, {u"count"_s, 2}};
    QTest::newRow("429 with Retry-After") << QJsonObject{{u"path"_s, u"/wait$"_s}, {u"status"_s, 429}, {u"count"_s, 1}};
    QTest::newRow("reset") << QJsonObject{{u"path"_s, u"/wait$"_s}, {u"action"_s, u"reset"_s}, {u"count"_s, 3}};
}

void TestLauncher::waitFaultsAreRetried()
{
    QFETCH(QJsonObject, fault);
    control("POST", u"faults"_s, fault);
    const Run run = launch(nginx());
    QVERIFY2(run.outcome.succeeded, qPrintable(run.outcome.diagnosis ? run.outcome.diagnosis->summary : QString()));
}

void TestLauncher::deadlineWithoutStartIsDiagnosed()
{
    control("PUT", u"boot-delay"_s, QJsonObject{{u"ms"_s, 10000}});
    LaunchOptions options;
    options.deadlineMs = 1500;
    const Run run = launch(nginx(), options);
    QVERIFY(!run.outcome.succeeded);
    QVERIFY2(run.outcome.diagnosis->summary.contains(u"did not start within 1 seconds"_s), qPrintable(run.outcome.diagnosis->summary));
    QVERIFY(run.outcome.existing.join(u' ').contains(run.outcome.machine.value(u"id"_s).toString()));
}

void TestLauncher::exitAtStartIsDiagnosed()
{
    RunSpec spec = nginx();
    spec.name = u"crash-%1"_s.arg(++m_counter);
    spec.restart = RestartSpec{u"no"_s, 0, {}};
    const Run run = launch(spec);
    QVERIFY(!run.outcome.succeeded);
    QCOMPARE(run.outcome.diagnosis->field, u"cmd"_s);
    QVERIFY2(run.outcome.diagnosis->summary.contains(u"exited with code 2"_s), qPrintable(run.outcome.diagnosis->summary));
    QCOMPARE(run.events.last().status, StepEvent::Status::Failed);
}

void TestLauncher::aRestartThatRunsOnIsNoFailure()
{
    // flightdeck/crash-once exits on its first start only; under the default restart policy
    // flyd starts it again and it stays up: the launch succeeds and says what happened.
    RunSpec spec = nginx();
    spec.name = u"once-%1"_s.arg(++m_counter);
    spec.image = u"flightdeck/crash-once:1"_s;
    const Run run = launch(spec);
    QVERIFY2(run.outcome.succeeded, qPrintable(run.outcome.diagnosis ? run.outcome.diagnosis->summary : QString()));
    const QString watched = details(run.events, LaunchStep::WatchChecks).join(u'\n');
    QVERIFY2(watched.contains(u"the process exited and flyd restarts it"_s), qPrintable(watched));
    QVERIFY2(watched.contains(u"running again after 1 restart"_s), qPrintable(watched));
    QCOMPARE(run.outcome.machine.value(u"state"_s).toString(), u"started"_s);
}

void TestLauncher::aRestartLoopIsDiagnosed()
{
    RunSpec spec = nginx();
    spec.name = u"loop-%1"_s.arg(++m_counter);
    spec.image = u"flightdeck/restart-loop:1"_s;
    LaunchOptions options;
    options.logGraceMs = 0; // the events alone
    const Run run = launch(spec, options);
    QVERIFY(!run.outcome.succeeded);
    QCOMPARE(run.outcome.diagnosis->field, u"cmd"_s);
    QVERIFY2(run.outcome.diagnosis->summary.contains(u"restart loop"_s) && run.outcome.diagnosis->summary.contains(u"code 2"_s),
             qPrintable(run.outcome.diagnosis->summary));
}

void TestLauncher::healthChecksArePartOfStarted()
{
    // The simulator's checks start critical and pass 1.5 s after the start: the launch waits for them.
    const Run run = launch(withTcpCheck(nginx()));
    QVERIFY2(run.outcome.succeeded, qPrintable(run.outcome.diagnosis ? run.outcome.diagnosis->summary : QString()));
    const QStringList lines = details(run.events, LaunchStep::WatchChecks);
    const QString all = lines.join(u'\n');
    QVERIFY2(all.contains(u"check servicecheck-00-tcp-8080: critical — dial tcp"_s), qPrintable(all));
    QVERIFY2(all.contains(u"check servicecheck-00-tcp-8080: passing"_s), qPrintable(all));
    QVERIFY2(lines.last().startsWith(u"running; 1 health check"_s) && lines.last().endsWith(u"passing"_s), qPrintable(lines.last()));
    const QJsonArray checks = run.outcome.machine.value(u"checks"_s).toArray();
    QCOMPARE(checks.size(), 1);
    QCOMPARE(checks.first().toObject().value(u"status"_s).toString(), u"passing"_s);
}

void TestLauncher::aCriticalCheckFailsAtTheWaitTimeout()
{
    RunSpec spec = withTcpCheck(nginx());
    spec.name = u"unhealthy-%1"_s.arg(++m_counter); // its checks never pass
    spec.waitTimeoutSeconds = 3;
    const Run run = launch(spec);
    QVERIFY(!run.outcome.succeeded);
    QCOMPARE(run.events.last().step, LaunchStep::WatchChecks);
    QCOMPARE(run.events.last().status, StepEvent::Status::Failed);
    const Diagnosis &diagnosis = *run.outcome.diagnosis;
    QVERIFY2(diagnosis.summary.contains(u"servicecheck-00-tcp-8080 is still critical after 3 s"_s), qPrintable(diagnosis.summary));
    QVERIFY2(diagnosis.summary.contains(u"connection refused"_s), qPrintable(diagnosis.summary));
    QVERIFY2(diagnosis.hint.contains(u"0.0.0.0"_s) && diagnosis.hint.contains(u"internal port"_s), qPrintable(diagnosis.hint));
    QCOMPARE(diagnosis.field, u"services"_s);
    // The Machine runs: it is reported as existing, not hidden.
    QVERIFY(run.outcome.existing.join(u' ').contains(run.outcome.machine.value(u"id"_s).toString()));
}

void TestLauncher::healthChecksCanBeSkipped()
{
    RunSpec spec = withTcpCheck(nginx());
    spec.name = u"unhealthy-%1"_s.arg(++m_counter);
    spec.skipHealthChecks = true;
    const Run run = launch(spec);
    QVERIFY2(run.outcome.succeeded, qPrintable(run.outcome.diagnosis ? run.outcome.diagnosis->summary : QString()));
    const QStringList watched = details(run.events, LaunchStep::WatchChecks);
    QVERIFY2(!watched.isEmpty() && watched.last().contains(u"not watched"_s), qPrintable(watched.join(u'|')));
}

void TestLauncher::badRequestIsBoundToItsField()
{
    RunSpec spec = nginx();
    spec.guest.memoryMb = 300; // the wizard would stop this; the API does too
    Run run = launch(spec);
    QVERIFY(!run.outcome.succeeded);
    QCOMPARE(run.outcome.diagnosis->field, u"guest.memory_mb"_s);
    QVERIFY(run.outcome.diagnosis->summary.contains(u"Request ID"_s));

    spec = nginx();
    spec.image = u"nobody/nothing:1"_s;
    run = launch(spec);
    QCOMPARE(run.outcome.diagnosis->field, u"image"_s);
}

void TestLauncher::rejectedTokenIsReported()
{
    Endpoints endpoints;
    endpoints.machinesApi = m_sim.baseUrl();
    QNetworkAccessManager network;
    ApiClient api(&network, endpoints, FlyToken::parse(u"wrong-token"_s));
    Launcher launcher(&api, nginx(), LaunchOptions{});
    QSignalSpy finished(&launcher, &Launcher::finished);
    launcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const LaunchOutcome outcome = finished.first().first().value<LaunchOutcome>();
    QCOMPARE(outcome.diagnosis->field, u"token"_s);
    QVERIFY(outcome.diagnosis->summary.contains(u"not accepted"_s));
}

void TestLauncher::createOnlyAndStandbyStopAfterCreate()
{
    RunSpec spec = nginx();
    spec.skipLaunch = true;
    Run run = launch(spec);
    QVERIFY(run.outcome.succeeded);
    QCOMPARE(run.outcome.machine.value(u"state"_s).toString(), u"created"_s);
    QCOMPARE(run.events.last().status, StepEvent::Status::Skipped);

    spec = nginx();
    spec.standbyFor = QStringList{run.outcome.machine.value(u"id"_s).toString()};
    run = launch(spec);
    QVERIFY(run.outcome.succeeded);
    QCOMPARE(run.events.at(run.events.size() - 2).step, LaunchStep::WaitStarted);
    QCOMPARE(run.events.at(run.events.size() - 2).status, StepEvent::Status::Skipped);

    spec = nginx();
    spec.detach = true;
    run = launch(spec);
    QVERIFY(run.outcome.succeeded);
    QCOMPARE(run.events.last().step, LaunchStep::WatchChecks);
    QCOMPARE(run.events.last().status, StepEvent::Status::Skipped);
}

void TestLauncher::volumeByNamePinsTheRegion()
{
    const QString app = u"launcher-volumes-%1"_s.arg(++m_counter);
    QUrl url = m_sim.baseUrl();
    url.setPath(u"/v1/apps"_s);
    TestSupport::httpRequest(m_network, "POST", url, QJsonDocument(QJsonObject{{u"name"_s, app}, {u"org_slug"_s, u"personal"_s}}).toJson(),
                             {{"Authorization", "Bearer " + kToken.toUtf8()}});
    url.setPath(u"/v1/apps/%1/volumes"_s.arg(app));
    TestSupport::httpRequest(m_network, "POST", url, R"({"name":"pgdata","region":"fra"})", {{"Authorization", "Bearer " + kToken.toUtf8()}});

    RunSpec spec = nginx(app);
    spec.region.clear();
    spec.mounts = {MountSpec{u"pgdata"_s, u"/data"_s, {}}};
    Run run = launch(spec);
    QVERIFY2(run.outcome.succeeded, qPrintable(run.outcome.diagnosis ? run.outcome.diagnosis->summary : QString()));
    QCOMPARE(run.outcome.machine.value(u"region"_s).toString(), u"fra"_s);

    // The only volume is now attached: a second launch is told so, before any create.
    run = launch(spec);
    QVERIFY(!run.outcome.succeeded);
    QCOMPARE(run.outcome.diagnosis->field, u"mounts"_s);
    QVERIFY(run.outcome.diagnosis->summary.contains(u"no unattached volume named 'pgdata'"_s));
}

void TestLauncher::volumesBeingDestroyedOrHeldAreNeverChosen()
{
    const QString app = u"launcher-volstates-%1"_s.arg(++m_counter);
    const QList<std::pair<QByteArray, QByteArray>> auth{{"Authorization", "Bearer " + kToken.toUtf8()}};
    TestSupport::httpRequest(m_network, "POST", m_sim.url(u"/v1/apps"_s), QJsonDocument(QJsonObject{{u"name"_s, app}, {u"org_slug"_s, u"personal"_s}}).toJson(), auth);
    const auto newVolume = [&] {
        return TestSupport::httpRequest(m_network, "POST", m_sim.url(u"/v1/apps/%1/volumes"_s.arg(app)), R"({"name":"pgdata","region":"fra"})", auth)
            .json.toObject()
            .value(u"id"_s)
            .toString();
    };
    const QString destroying = newVolume();
    const QString held = newVolume();
    QCOMPARE(control("PUT", u"volumes/"_s + destroying, QJsonObject{{u"state"_s, u"pending_destroy"_s}}).status, 200);
    QCOMPARE(control("PUT", u"volumes/"_s + held, QJsonObject{{u"attached_alloc_id"_s, u"alloc_held"_s}}).status, 200);

    // The wizard's list: the volume being destroyed is not there; the held one is there but not free.
    Endpoints endpoints;
    endpoints.machinesApi = m_sim.baseUrl();
    QNetworkAccessManager network;
    ApiClient api(&network, endpoints, FlyToken::parse(kToken));
    QList<VolumeSummary> listed;
    bool answered = false;
    AppInventory(&api).volumes(app, this, [&](const QList<VolumeSummary> &volumes, const std::optional<ApiError> &) { listed = volumes, answered = true; });
    QTRY_VERIFY(answered);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().id, held);
    QVERIFY(!listed.first().isFree());

    // -v pgdata:/data: neither is taken.
    RunSpec spec = nginx(app);
    spec.region.clear();
    spec.mounts = {MountSpec{u"pgdata"_s, u"/data"_s, {}}};
    Run run = launch(spec);
    QVERIFY(!run.outcome.succeeded);
    QCOMPARE(run.outcome.diagnosis->field, u"mounts"_s);
    QCOMPARE(run.outcome.machine, QJsonObject()); // refused before any create

    const QString free = newVolume();
    run = launch(spec);
    QVERIFY2(run.outcome.succeeded, qPrintable(run.outcome.diagnosis ? run.outcome.diagnosis->summary : QString()));
    QCOMPARE(run.outcome.machine.value(u"config"_s).toObject().value(u"mounts"_s).toArray().first().toObject().value(u"volume"_s).toString(), free);
}

void TestLauncher::destroySendsWhatFlyGoSends()
{
    RunSpec spec = nginx();
    spec.skipLaunch = true;
    const Run run = launch(spec);
    QVERIFY(run.outcome.succeeded);
    const QString id = run.outcome.machine.value(u"id"_s).toString();
    control("DELETE", u"requests"_s);

    Endpoints endpoints;
    endpoints.machinesApi = m_sim.baseUrl();
    QNetworkAccessManager network;
    ApiClient api(&network, endpoints, FlyToken::parse(kToken));
    std::optional<std::optional<ApiError>> answer;
    AppInventory(&api).destroyMachine(u"demo-app"_s, id, this, [&answer](const std::optional<ApiError> &error) { answer = error; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(!answer->has_value());
    const QJsonObject entry = control("GET", u"requests"_s).json.toArray().first().toObject();
    QCOMPARE(entry.value(u"method"_s).toString(), u"DELETE"_s);
    // fly-go's Destroy sends kill=; the published API documents force=: both go, so either reading works.
    const QString query = entry.value(u"query"_s).toString();
    QVERIFY2(query.contains(u"kill=true"_s) && query.contains(u"force=true"_s), qPrintable(query));
    QTRY_COMPARE(flaps("GET", u"/apps/demo-app/machines/"_s + id).json.toObject().value(u"state"_s).toString(), u"destroyed"_s);
}

void TestLauncher::plainHttpToARemoteHostIsRefused()
{
    Endpoints endpoints;
    endpoints.machinesApi = QUrl(u"http://api.machines.example"_s);
    QNetworkAccessManager network;
    ApiClient api(&network, endpoints, FlyToken::parse(kToken));
    Launcher launcher(&api, nginx(), LaunchOptions{});
    QSignalSpy finished(&launcher, &Launcher::finished);
    launcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const LaunchOutcome outcome = finished.first().first().value<LaunchOutcome>();
    QCOMPARE(outcome.diagnosis->field, u"endpoint"_s);
    QVERIFY(outcome.diagnosis->summary.contains(u"plain http to a remote host"_s));
    QCOMPARE(api.roundTrips(), 0);

    // The client itself refuses too, whoever calls it.
    bool refused = false;
    api.get(u"/apps/x"_s, this, [&refused](const ApiResult &result) { refused = result.error && result.error->kind == ApiError::Kind::Transport; });
    QTRY_VERIFY(refused);
    QCOMPARE(api.roundTrips(), 0);
}

void TestLauncher::cancelReportsWhatExists()
{
    control("PUT", u"boot-delay"_s, QJsonObject{{u"ms"_s, 20000}});
    const Run run = launch(nginx(), LaunchOptions{}, [](Launcher &launcher) {
        // Cancel while it waits for the start.
        bool waiting = false;
        QObject::connect(&launcher, &Launcher::stepChanged, &launcher, [&waiting](const StepEvent &event) {
            waiting = waiting || (event.step == LaunchStep::WaitStarted && event.status == StepEvent::Status::Running);
        });
        QTRY_VERIFY_WITH_TIMEOUT(waiting, 10000);
        QTest::qWait(100); // the long-poll is on the wire
        launcher.cancel();
    });
    QVERIFY(run.outcome.cancelled);
    QVERIFY(!run.outcome.succeeded);
    const QString id = run.outcome.machine.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(run.outcome.diagnosis->summary.contains(id));
    QCOMPARE(run.events.last().status, StepEvent::Status::Cancelled);
}

void TestLauncher::directory()
{
    Endpoints endpoints;
    endpoints.machinesApi = m_sim.baseUrl();
    endpoints.graphql = m_sim.baseUrl().resolved(QUrl(u"/graphql"_s));
    QNetworkAccessManager network;
    ApiClient api(&network, endpoints, FlyToken::parse(kToken));
    const Directory directory(&api);

    bool answered = false;
    std::optional<ApiError> tokenError = ApiError{};
    directory.checkToken(this, [&](const std::optional<ApiError> &error) { tokenError = error, answered = true; });
    QTRY_VERIFY(answered);
    QVERIFY(!tokenError);

    QList<Organization> orgs;
    answered = false;
    directory.organizations(this, [&](const QList<Organization> &list, const std::optional<ApiError> &) { orgs = list, answered = true; });
    QTRY_VERIFY(answered);
    QCOMPARE(orgs.size(), 2);
    QCOMPARE(orgs.first().slug, u"personal"_s);
    QVERIFY(orgs.first().personal);

    QList<AppSummary> apps;
    answered = false;
    directory.apps(u"personal"_s, this, [&](const QList<AppSummary> &list, const std::optional<ApiError> &) { apps = list, answered = true; });
    QTRY_VERIFY(answered);
    QVERIFY(std::any_of(apps.cbegin(), apps.cend(), [](const AppSummary &app) { return app.name == "demo-app"_L1; }));

    bool free = true;
    answered = false;
    directory.isAppNameAvailable(u"demo-app"_s, this, [&](bool available, const std::optional<ApiError> &) { free = available, answered = true; });
    QTRY_VERIFY(answered);
    QVERIFY(!free);
    answered = false;
    directory.isAppNameAvailable(u"surely-unused-name"_s, this, [&](bool available, const std::optional<ApiError> &) { free = available, answered = true; });
    QTRY_VERIFY(answered);
    QVERIFY(free);

    ApiClient wrong(&network, endpoints, FlyToken::parse(u"not-the-token"_s));
    answered = false;
    Directory(&wrong).checkToken(this, [&](const std::optional<ApiError> &error) { tokenError = error, answered = true; });
    QTRY_VERIFY(answered);
    QVERIFY(tokenError);
    QCOMPARE(tokenError->httpStatus, 401);
}

void TestLauncher::tokenAppearsInNoFileTheTestsWrote()
{
    QTest::qWait(200); // let the simulator save its state
    int scanned = 0;
    QDirIterator files(m_stateDir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(kToken.toUtf8()), qPrintable(file.fileName()));
        ++scanned;
    }
    QVERIFY(scanned >= 1);
    QVERIFY(!control("GET", u"requests"_s).body.contains(kToken.toUtf8()));
}

QTEST_GUILESS_MAIN(TestLauncher)
#include "tst_launcher.moc"
