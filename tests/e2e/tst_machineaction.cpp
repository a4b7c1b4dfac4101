// Changes to an existing Machine against flightdeck-sim over HTTP: each
// action takes the lease, changes the Machine with its nonce (the simulator
// refuses a leased Machine's change without it), waits for the state it
// leads to and gives the lease back; a lease held elsewhere is a conflict in
// words; an update sends the new config and waits for the new version.

#include "app/api/apiclient.h"
#include "app/launch/launcher.h"
#include "app/launch/machineaction.h"
#include "support/httpclient.h"
#include "support/simprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

Q_DECLARE_METATYPE(Flightdeck::LaunchOutcome)
Q_DECLARE_METATYPE(Flightdeck::MachineAction::Result)

namespace {

const QString kToken = u"fm2_machine-action-test-token-7c2e"_s;
const QString kApp = u"demo-app"_s;

} // namespace

class TestMachineAction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void everyActionTakesTheLeaseAndGivesItBack();
    void destroyingARunningMachineNeedsForce();
    void aLeaseHeldElsewhereIsAConflict();
    void updateSendsTheConfigAndWaitsForTheNewVersion();
    void updateOfAStoppedMachineLeavesItStopped();
    void aStartThatDoesNotFinishInTimeSaysSo();

private:
    QString launchNginx(bool start = true);
    MachineAction::Result run(MachineAction::Kind kind, const QString &id, const std::function<void(MachineAction &)> &setUp = {});
    QString state(const QString &id);
    TestSupport::HttpResponse control(const QByteArray &method, const QString &what, const QJsonObject &body = {});
    TestSupport::HttpResponse flaps(const QByteArray &method, const QString &path, const QByteArray &body = {});
    QStringList requestLines();

    TestSupport::SimProcess m_sim;
    QTemporaryDir m_stateDir;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_api;
};

void TestMachineAction::initTestCase()
{
    qRegisterMetaType<LaunchOutcome>();
    qRegisterMetaType<MachineAction::Result>();
    QVERIFY2(m_sim.start({u"--token"_s, kToken, u"--no-rate-limits"_s, u"--boot-delay"_s, u"100"_s, u"--state"_s,
                          m_stateDir.filePath(u"sim.json"_s)}),
             qPrintable(m_sim.errorString()));
    Endpoints endpoints;
    endpoints.machinesApi = m_sim.baseUrl();
    m_api = std::make_unique<ApiClient>(&m_network, endpoints, FlyToken::parse(kToken));
}

void TestMachineAction::init()
{
    control("DELETE", u"faults"_s);
}

TestSupport::HttpResponse TestMachineAction::control(const QByteArray &method, const QString &what, const QJsonObject &body)
{
    return TestSupport::httpRequest(m_network, method, m_sim.url(u"/_sim/"_s + what), body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
}

TestSupport::HttpResponse TestMachineAction::flaps(const QByteArray &method, const QString &path, const QByteArray &body)
{
    return TestSupport::httpRequest(m_network, method, m_sim.url(u"/v1"_s + path), body, {{"Authorization", "Bearer " + kToken.toUtf8()}});
}

QString TestMachineAction::launchNginx(bool start)
{
    RunSpec spec;
    spec.app = kApp;
    spec.image = u"nginx:1.27"_s;
    spec.region = u"ams"_s;
    spec.skipLaunch = !start;
    LaunchOptions options;
    options.settleMs = 200;
    Launcher launcher(m_api.get(), spec, options);
    QSignalSpy finished(&launcher, &Launcher::finished);
    launcher.start();
    if (!finished.wait(30000))
        return {};
    const auto outcome = finished.first().first().value<LaunchOutcome>();
    return outcome.succeeded ? outcome.machine.value(u"id"_s).toString() : QString();
}

MachineAction::Result TestMachineAction::run(MachineAction::Kind kind, const QString &id, const std::function<void(MachineAction &)> &setUp)
{
    control("DELETE", u"requests"_s);
    MachineAction action(m_api.get(), kind, kApp, id);
    action.setWaitSeconds(20);
    if (setUp)
        setUp(action);
    QSignalSpy finished(&action, &MachineAction::finished);
    QSignalSpy progress(&action, &MachineAction::progress);
    action.start();
    if (!finished.wait(30000))
        return {false, false, u"no answer"_s, std::nullopt, {}};
    // Every step said what it does before it did it.
    if (progress.isEmpty())
        return {false, false, u"no progress was reported"_s, std::nullopt, {}};
    return finished.first().first().value<MachineAction::Result>();
}

QString TestMachineAction::state(const QString &id)
{
    return flaps("GET", u"/apps/%1/machines/%2"_s.arg(kApp, id)).json.toObject().value(u"state"_s).toString();
}

// "POST /v1/apps/demo-app/machines/<id>/lease", one per request the simulator saw.
QStringList TestMachineAction::requestLines()
{
    QStringList lines;
    const QJsonArray requests = control("GET", u"requests"_s).json.toArray();
    for (const QJsonValue &request : requests)
        lines.append(request[u"method"_s].toString() + u' ' + request[u"path"_s].toString());
    return lines;
}

void TestMachineAction::everyActionTakesTheLeaseAndGivesItBack()
{
    const QString id = launchNginx();
    QVERIFY(!id.isEmpty());
    const QString machine = u"/v1/apps/%1/machines/%2"_s.arg(kApp, id);

    const struct
    {
        MachineAction::Kind kind;
        QString path;
        QString after;
    } steps[] = {
        {MachineAction::Kind::Stop, u"/stop"_s, u"stopped"_s},       {MachineAction::Kind::Start, u"/start"_s, u"started"_s},
        {MachineAction::Kind::Suspend, u"/suspend"_s, u"suspended"_s}, {MachineAction::Kind::Start, u"/start"_s, u"started"_s},
        {MachineAction::Kind::Restart, u"/restart"_s, u"started"_s},
    };
    for (const auto &step : steps) {
        const MachineAction::Result result = run(step.kind, id);
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY2(result.message.contains(id), qPrintable(result.message));
        // The order flyctl keeps: lease, change, wait, release.
        const QStringList lines = requestLines();
        QCOMPARE(state(id), step.after);
        QCOMPARE(lines.value(0), u"POST "_s + machine + u"/lease"_s);
        QCOMPARE(lines.value(1), u"POST "_s + machine + step.path);
        QVERIFY2(lines.value(2).startsWith(u"GET "_s + machine + u"/wait"_s), qPrintable(lines.join(u'\n')));
        QCOMPARE(lines.last(), u"DELETE "_s + machine + u"/lease"_s);
        QCOMPARE(flaps("GET", u"/apps/%1/machines/%2/lease"_s.arg(kApp, id)).status, 404);
    }

    QVERIFY(run(MachineAction::Kind::Stop, id).ok);
    const MachineAction::Result destroyed = run(MachineAction::Kind::Destroy, id);
    QVERIFY2(destroyed.ok, qPrintable(destroyed.message));
    QCOMPARE(state(id), u"destroyed"_s);
    const QJsonArray requests = control("GET", u"requests"_s).json.toArray();
    const auto destroy = std::find_if(requests.cbegin(), requests.cend(), [](const QJsonValue &r) { return r[u"method"_s].toString() == "DELETE"_L1; });
    QVERIFY(destroy != requests.cend());
    QVERIFY2(destroy->toObject().value(u"query"_s).toString().contains(u"kill=false"_s), "a stopped Machine is destroyed without killing");
}

void TestMachineAction::destroyingARunningMachineNeedsForce()
{
    const QString id = launchNginx();
    QVERIFY(!id.isEmpty());

    const MachineAction::Result refused = run(MachineAction::Kind::Destroy, id);
    QVERIFY(!refused.ok);
    QVERIFY(!refused.conflict);
    QVERIFY2(refused.message.contains(u"stopped"_s), qPrintable(refused.message)); // the API's reason, in its words
    QCOMPARE(state(id), u"started"_s);
    // The failed try gave its lease back: the next action is not refused by it.
    QCOMPARE(flaps("GET", u"/apps/%1/machines/%2/lease"_s.arg(kApp, id)).status, 404);

    const MachineAction::Result killed = run(MachineAction::Kind::Destroy, id, [](MachineAction &action) { action.setForce(true); });
    QVERIFY2(killed.ok, qPrintable(killed.message));
    QCOMPARE(state(id), u"destroyed"_s);
}

void TestMachineAction::aLeaseHeldElsewhereIsAConflict()
{
    const QString id = launchNginx();
    QVERIFY(!id.isEmpty());
    const TestSupport::HttpResponse held = flaps("POST", u"/apps/%1/machines/%2/lease?ttl=60"_s.arg(kApp, id), R"({"description":"deploy in CI"})");
    QCOMPARE(held.status, 201);

    for (const MachineAction::Kind kind : {MachineAction::Kind::Stop, MachineAction::Kind::Destroy}) {
        const MachineAction::Result result = run(kind, id);
        QVERIFY(!result.ok);
        QVERIFY(result.conflict);
        QVERIFY2(result.message.contains(u"someone else"_s) && result.message.contains(u"user@flightdeck.sim"_s), qPrintable(result.message));
        // Nothing but the refused lease was asked for.
        QCOMPARE(requestLines(), QStringList{u"POST /v1/apps/%1/machines/%2/lease"_s.arg(kApp, id)});
        QCOMPARE(state(id), u"started"_s);
    }
    // Their lease is theirs still.
    QCOMPARE(flaps("GET", u"/apps/%1/machines/%2/lease"_s.arg(kApp, id)).json[u"data"_s][u"description"_s].toString(), u"deploy in CI"_s);
}

void TestMachineAction::updateSendsTheConfigAndWaitsForTheNewVersion()
{
    const QString id = launchNginx();
    QVERIFY(!id.isEmpty());
    const QJsonObject before = flaps("GET", u"/apps/%1/machines/%2"_s.arg(kApp, id)).json.toObject();
    QJsonObject config = before.value(u"config"_s).toObject();
    config.insert(u"env"_s, QJsonObject{{u"GREETING"_s, u"hello"_s}});
    const QByteArray body = QJsonDocument(QJsonObject{{u"name"_s, before.value(u"name"_s)}, {u"region"_s, before.value(u"region"_s)}, {u"config"_s, config}})
                                .toJson(QJsonDocument::Compact);

    const MachineAction::Result result = run(MachineAction::Kind::Update, id, [&body](MachineAction &action) { action.setUpdate(body, true); });
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY(!result.instanceId.isEmpty());
    QVERIFY(result.instanceId != before.value(u"instance_id"_s).toString());
    const QJsonObject after = flaps("GET", u"/apps/%1/machines/%2"_s.arg(kApp, id)).json.toObject();
    QCOMPARE(after.value(u"instance_id"_s).toString(), result.instanceId);
    QCOMPARE(after.value(u"state"_s).toString(), u"started"_s);
    QCOMPARE(after[u"config"_s][u"env"_s][u"GREETING"_s].toString(), u"hello"_s);

    // The bytes given are the bytes sent, to the Machine's own address, and the wait names the new version.
    const QJsonArray requests = control("GET", u"requests"_s).json.toArray();
    QCOMPARE(requests.at(1)[u"path"_s].toString(), u"/v1/apps/%1/machines/%2"_s.arg(kApp, id));
    QCOMPARE(requests.at(1)[u"body"_s].toString().toUtf8(), body);
    QVERIFY2(requests.at(2)[u"query"_s].toString().contains(u"instance_id="_s + result.instanceId), qPrintable(requests.at(2)[u"query"_s].toString()));
}

void TestMachineAction::updateOfAStoppedMachineLeavesItStopped()
{
    const QString id = launchNginx(false);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY(QStringList({u"created"_s, u"stopped"_s}).contains(state(id)));
    const QJsonObject before = flaps("GET", u"/apps/%1/machines/%2"_s.arg(kApp, id)).json.toObject();
    QJsonObject config = before.value(u"config"_s).toObject();
    config.insert(u"guest"_s, QJsonObject{{u"cpu_kind"_s, u"shared"_s}, {u"cpus"_s, 2}, {u"memory_mb"_s, 512}});
    const QByteArray body = QJsonDocument(QJsonObject{{u"config"_s, config}}).toJson(QJsonDocument::Compact);

    const MachineAction::Result result = run(MachineAction::Kind::Update, id, [&body](MachineAction &action) { action.setUpdate(body, false); });
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY2(result.message.contains(u"stays stopped"_s), qPrintable(result.message));
    QVERIFY(QStringList({u"created"_s, u"stopped"_s}).contains(state(id)));
    QCOMPARE(flaps("GET", u"/apps/%1/machines/%2"_s.arg(kApp, id)).json[u"config"_s][u"guest"_s][u"cpus"_s].toInt(), 2);
}

void TestMachineAction::aStartThatDoesNotFinishInTimeSaysSo()
{
    const QString id = launchNginx(false);
    QVERIFY(!id.isEmpty());
    // The platform keeps answering the wait with its timeout, as it does for a Machine stuck starting.
    const QJsonObject fault{{u"method"_s, u"GET"_s}, {u"path"_s, u"/machines/%1/wait"_s.arg(id)}, {u"status"_s, 408},
                            {u"body"_s, QJsonObject{{u"error"_s, u"deadline_exceeded: machine did not reach state started"_s}}}};
    QCOMPARE(control("POST", u"faults"_s, fault).status, 201);

    const MachineAction::Result result = run(MachineAction::Kind::Start, id, [](MachineAction &action) { action.setWaitSeconds(3); });
    QVERIFY(!result.ok);
    QVERIFY2(result.message.startsWith(u"Start did not finish"_s), qPrintable(result.message));
    // It asked more than once, within its own deadline, and gave the lease back after the failure too.
    const QStringList lines = requestLines();
    QVERIFY(std::count_if(lines.cbegin(), lines.cend(), [](const QString &line) { return line.contains(u"/wait"_s); }) > 1);
    QVERIFY(lines.count(u"DELETE /v1/apps/%1/machines/%2/lease"_s.arg(kApp, id)) == 1);
    QCOMPARE(flaps("GET", u"/apps/%1/machines/%2/lease"_s.arg(kApp, id)).status, 404);
}

QTEST_GUILESS_MAIN(TestMachineAction)
#include "tst_machineaction.moc"
