// The soak: the real Launcher against flightdeck-sim, many launches four at a
// time, with random faults at every step (resets, answers lost after the
// create, 5xx, 429 with Retry-After, hangs, slow answers) and a list that lags
// the creates. For every launch: one Machine when it succeeded, none when it
// failed before the create was sent, never more than one, never another
// launch's. Afterwards: no QNetworkReply alive, no child process left, and the
// heap after warm-up grown by less than the bound in docs/reliability.md.
//
// FLIGHTDECK_SOAK_LAUNCHES sets the number of launches (default 60, as in CI;
// docs/reliability.md has the full run of 300).

#include "app/api/apiclient.h"
#include "app/launch/launcher.h"
#include "support/httpclient.h"
#include "support/simprocess.h"
#include "support/simstate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>
#include <QTimer>

#include <memory>

#if defined(__SANITIZE_ADDRESS__)
// From the sanitizer runtime (sanitizer/allocator_interface.h, which GCC does not install).
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#elif defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;
using namespace Flightdeck;

namespace {

const QString kToken = u"fm2_soak-test-token-61d0"_s;
const QString kApp = u"soak-app"_s;

// Bytes the program has allocated and not freed: ASan's own count under ASan
// (its quarantine makes RSS meaningless), glibc's otherwise.
qint64 heapInUse()
{
#if defined(__SANITIZE_ADDRESS__)
    return qint64(__sanitizer_get_current_allocated_bytes());
#elif defined(__GLIBC__)
    return qint64(mallinfo2().uordblks);
#else
    return -1;
#endif
}

// A real QNetworkAccessManager that counts the replies it made that still exist.
class CountingNetwork final : public QNetworkAccessManager
{
public:
    int alive = 0;
    int made = 0;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *data) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(operation, request, data);
        ++alive;
        ++made;
        connect(reply, &QObject::destroyed, this, [this] { --alive; });
        return reply;
    }
};

// This process's children, from /proc (Linux).
QList<qint64> childProcesses()
{
    QList<qint64> children;
    const QStringList tasks = QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile file(u"/proc/self/task/%1/children"_s.arg(task));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> pids = file.readAll().simplified().split(' ');
        for (const QByteArray &pid : pids) {
            if (!pid.isEmpty())
                children.append(pid.toLongLong());
        }
    }
    return children;
}

struct Verdict
{
    QString launchId;
    bool succeeded = false;
    bool createSent = false; // the create step began: a create may have reached the server
    QString machineLaunchId; // the launch id on the Machine the outcome names
    QString summary;
};

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void launchesUnderRandomFaults();

private:
    TestSupport::HttpResponse control(const QByteArray &method, const QString &what, const QJsonValue &body = {});
    QHash<QString, int> machinesByLaunchId();
    void startNext();

    TestSupport::SimProcess m_sim;
    QNetworkAccessManager m_controlNetwork;
    std::unique_ptr<CountingNetwork> m_network;
    std::unique_ptr<ApiClient> m_api;
    int m_total = 60;
    int m_started = 0;
    int m_running = 0;
    QList<Verdict> m_verdicts;
    std::function<void()> m_afterEach;
};

void TestSoak::initTestCase()
{
    bool ok = false;
    const int launches = qEnvironmentVariableIntValue("FLIGHTDECK_SOAK_LAUNCHES", &ok);
    if (ok && launches > 0)
        m_total = launches;
    QVERIFY2(m_sim.start({u"--token"_s, kToken, u"--no-rate-limits"_s, u"--boot-delay"_s, u"50"_s, u"--list-lag"_s, u"1500"_s}),
             qPrintable(m_sim.errorString()));
}

TestSupport::HttpResponse TestSoak::control(const QByteArray &method, const QString &what, const QJsonValue &body)
{
    const QByteArray bytes = body.isObject() ? QJsonDocument(body.toObject()).toJson() : QByteArray();
    return TestSupport::httpRequest(m_controlNetwork, method, m_sim.url(u"/_sim/"_s + what), bytes);
}

QHash<QString, int> TestSoak::machinesByLaunchId()
{
    return TestSupport::machinesByLaunchId(control("GET", u"state"_s).json.toObject(), kApp);
}

void TestSoak::startNext()
{
    while (m_running < 4 && m_started < m_total) {
        ++m_started;
        ++m_running;
        RunSpec spec;
        spec.app = kApp;
        spec.image = u"nginx:1.27"_s;
        spec.region = u"ams"_s;
        LaunchOptions options;
        options.launchId = Launcher::newLaunchId();
        options.requestTimeoutMs = 1500; // a hang costs this much
        options.settleMs = 200;
        auto *launcher = new Launcher(m_api.get(), spec, options);
        auto verdict = std::make_shared<Verdict>();
        verdict->launchId = options.launchId;
        connect(launcher, &Launcher::stepChanged, launcher, [verdict](const StepEvent &event) {
            if (event.step == LaunchStep::CreateMachine)
                verdict->createSent = true;
        });
        connect(launcher, &Launcher::finished, this, [this, launcher, verdict](const LaunchOutcome &outcome) {
            verdict->succeeded = outcome.succeeded;
            verdict->machineLaunchId = outcome.machine.value(u"config"_s).toObject().value(u"metadata"_s).toObject().value(u"flightdeck_launch_id"_s).toString();
            if (outcome.diagnosis)
                verdict->summary = outcome.diagnosis->summary;
            m_verdicts.append(*verdict);
            launcher->deleteLater();
            --m_running;
            if (m_afterEach)
                m_afterEach();
            startNext();
        });
        launcher->start();
    }
}

void TestSoak::launchesUnderRandomFaults()
{
    QCOMPARE(control("PUT", u"seed"_s, QJsonObject{{u"seed"_s, 17}}).status, 200);
    const TestSupport::HttpResponse app = TestSupport::httpRequest(m_controlNetwork, "POST", m_sim.url(u"/v1/apps"_s),
                                                                   QJsonDocument(QJsonObject{{u"name"_s, kApp}, {u"org_slug"_s, u"personal"_s}}).toJson(),
                                                                   {{"Authorization", "Bearer " + kToken.toUtf8()}});
    QCOMPARE(app.status / 100, 2);
    const QString create = u"^/v1/apps/soak-app/machines$"_s;
    const QString machine = u"^/v1/apps/soak-app/machines/[^/]+$"_s;
    const QString wait = u"^/v1/apps/soak-app/machines/[^/]+/wait"_s;
    // Each matching request rolls each fault in turn; the first that comes up is what it gets.
    const QList<QJsonObject> faults{
        {{u"method"_s, u"POST"_s}, {u"path"_s, create}, {u"action"_s, u"reset"_s}, {u"probability"_s, 0.06}},
        {{u"method"_s, u"POST"_s}, {u"path"_s, create}, {u"action"_s, u"reset-after"_s}, {u"probability"_s, 0.08}},
        {{u"method"_s, u"POST"_s}, {u"path"_s, create}, {u"status"_s, 503}, {u"probability"_s, 0.06}},
        {{u"method"_s, u"POST"_s}, {u"path"_s, create}, {u"status"_s, 429}, {u"retry_after"_s, 1}, {u"probability"_s, 0.05}},
        {{u"method"_s, u"POST"_s}, {u"path"_s, create}, {u"action"_s, u"hang"_s}, {u"probability"_s, 0.03}},
        {{u"method"_s, u"POST"_s}, {u"path"_s, create}, {u"action"_s, u"delay"_s}, {u"ms"_s, 700}, {u"probability"_s, 0.1}},
        {{u"method"_s, u"GET"_s}, {u"path"_s, create}, {u"status"_s, 502}, {u"probability"_s, 0.05}},
        {{u"method"_s, u"GET"_s}, {u"path"_s, create}, {u"action"_s, u"delay"_s}, {u"ms"_s, 500}, {u"probability"_s, 0.1}},
        {{u"method"_s, u"GET"_s}, {u"path"_s, wait}, {u"action"_s, u"reset"_s}, {u"probability"_s, 0.05}},
        {{u"method"_s, u"GET"_s}, {u"path"_s, wait}, {u"status"_s, 500}, {u"probability"_s, 0.05}},
        {{u"method"_s, u"GET"_s}, {u"path"_s, wait}, {u"status"_s, 429}, {u"retry_after"_s, 1}, {u"probability"_s, 0.04}},
        {{u"method"_s, u"GET"_s}, {u"path"_s, wait}, {u"action"_s, u"delay"_s}, {u"ms"_s, 600}, {u"probability"_s, 0.1}},
        {{u"method"_s, u"GET"_s}, {u"path"_s, machine}, {u"status"_s, 503}, {u"probability"_s, 0.05}},
        {{u"method"_s, u"GET"_s}, {u"path"_s, machine}, {u"action"_s, u"reset"_s}, {u"probability"_s, 0.03}},
    };
    for (const QJsonObject &fault : faults)
        QCOMPARE(control("POST", u"faults"_s, fault).status, 201);

    m_network = std::make_unique<CountingNetwork>();
    Endpoints endpoints;
    endpoints.machinesApi = m_sim.baseUrl();
    endpoints.graphql = m_sim.baseUrl().resolved(QUrl(u"/graphql"_s));
    m_api = std::make_unique<ApiClient>(m_network.get(), endpoints, FlyToken::parse(kToken));

    // The warm-up is the first third: Qt's connection pool grows to its six
    // connections (each with its buffers) as faults close and hang them.
    const int warmUp = std::max(1, m_total / 3);
    qint64 heapAfterWarmUp = -1;
    qint64 heapAtEnd = -1; // taken as the last launch finishes, before the checks below read the simulator's state
    bool measuredAtEnd = false;
    QStringList heapSeries; // every sixth of the run, for the record
    m_afterEach = [&] {
        const qsizetype done = m_verdicts.size();
        if (done == warmUp || done == m_total || done % std::max(1, m_total / 6) == 0)
            QTimer::singleShot(0, this, [&, done] {
                QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
                const qint64 heap = heapInUse();
                if (done == warmUp)
                    heapAfterWarmUp = heap;
                if (done == m_total) {
                    heapAtEnd = heap;
                    measuredAtEnd = true;
                }
                heapSeries.append(u"%1: %2 KiB"_s.arg(done).arg(heap / 1024));
            });
    };
    startNext();
    QVERIFY2(QTest::qWaitFor([&] { return m_verdicts.size() == m_total && measuredAtEnd; }, m_total * 30000),
             qPrintable(u"%1 of %2 launches finished"_s.arg(m_verdicts.size()).arg(m_total)));
    // What the simulator did (its log keeps the latest 2000 requests): the faults really came up.
    int lost = 0, serverErrors = 0, rateLimited = 0, slow = 0;
    const QJsonArray requests = control("GET", u"requests"_s).json.toArray();
    for (const QJsonValue &value : requests) {
        const int status = value.toObject().value(u"status"_s).toInt();
        lost += status == 0; // reset, reset after carrying it out, or hung
        serverErrors += status >= 500;
        rateLimited += status == 429;
        slow += value.toObject().value(u"duration_ms"_s).toInt() >= 500;
    }
    control("DELETE", u"faults"_s);
    QVERIFY2(lost > 0 && serverErrors > 0 && rateLimited > 0 && slow > 0,
             qPrintable(u"faults seen: %1 lost, %2 5xx, %3 429, %4 slow"_s.arg(lost).arg(serverErrors).arg(rateLimited).arg(slow)));

    // Every launch: exactly one Machine when it succeeded, its own; none when no create was sent; never two.
    const QHash<QString, int> machines = machinesByLaunchId();
    int succeeded = 0;
    int failedBeforeCreate = 0;
    QSet<QString> ours;
    for (const Verdict &verdict : std::as_const(m_verdicts)) {
        ours.insert(verdict.launchId);
        const int count = machines.value(verdict.launchId);
        const QString what = u"launch %1 (%2; %3)"_s.arg(verdict.launchId, verdict.succeeded ? u"succeeded"_s : u"failed"_s, verdict.summary);
        QVERIFY2(count <= 1, qPrintable(what + u": %1 Machines"_s.arg(count)));
        if (verdict.succeeded) {
            ++succeeded;
            QVERIFY2(count == 1, qPrintable(what + u": no Machine"_s));
            QCOMPARE(verdict.machineLaunchId, verdict.launchId); // never another launch's Machine
        } else if (!verdict.createSent) {
            ++failedBeforeCreate;
            QVERIFY2(count == 0, qPrintable(what + u": a Machine without a create"_s));
        }
    }
    for (auto it = machines.cbegin(); it != machines.cend(); ++it)
        QVERIFY2(ours.contains(it.key()), qPrintable(u"a Machine of no launch: %1"_s.arg(it.key())));
    // The faults leave most launches able to finish; a soak where none does proves nothing.
    QVERIFY2(succeeded * 2 > m_total, qPrintable(u"only %1 of %2 launches succeeded"_s.arg(succeeded).arg(m_total)));

    // Nothing left behind.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QTRY_COMPARE_WITH_TIMEOUT(m_network->alive, 0, 10000);
    const QList<qint64> children = childProcesses();
    for (const qint64 child : children)
        QVERIFY2(child == m_sim.processId(), qPrintable(u"child process %1 left"_s.arg(child)));
    const qint64 growth = heapAtEnd - heapAfterWarmUp;
    qInfo().noquote() << u"soak: %1 launches, %2 succeeded, %3 failed before the create, %4 requests (%9 answers lost, %10 5xx, %11 429, %12 slow);"
                         " heap %5 KiB after %6 launches, %7 KiB at the end (%8 KiB grown)"_s
                             .arg(m_total)
                             .arg(succeeded)
                             .arg(failedBeforeCreate)
                             .arg(m_network->made)
                             .arg(heapAfterWarmUp / 1024)
                             .arg(warmUp)
                             .arg(heapAtEnd / 1024)
                             .arg(growth / 1024)
                             .arg(lost)
                             .arg(serverErrors)
                             .arg(rateLimited)
                             .arg(slow);
    qInfo().noquote() << u"soak: the heap after each sixth of the launches: "_s + heapSeries.join(u", "_s);
    if (heapAfterWarmUp >= 0) {
        // The bound (docs/reliability.md): measured, the heap after the warm-up moves
        // within about 100 KiB either way; a leak of 5 KiB a launch crosses this in the full run.
        constexpr qint64 boundBytes = qint64(1) << 20;
        QVERIFY2(growth < boundBytes, qPrintable(u"the heap grew by %1 KiB after the warm-up"_s.arg(growth / 1024)));
    }
    m_api.reset();
    m_network.reset();
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
