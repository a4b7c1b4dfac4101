// flightdeck-sim over real HTTP: every endpoint and error path, answers
// checked against the published OpenAPI schemas, the Machine lifecycle,
// long-polls, faults, rate limits, the registry and persistence.

#include "support/buildah.h"
#include "support/httpclient.h"
#include "support/localregistry.h"
#include "support/openapi.h"
#include "support/simprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using TestSupport::HttpResponse;

class TestSimApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void authentication_data();
    void authentication();
    void apps();
    void machineLifecycle();
    void createErrors_data();
    void createErrors();
    void bodyLimit();
    void waitParameters();
    void updateMachine();
    void listFilters();
    void leases();
    void volumes();
    void secrets();
    void regions();
    void processExitsAndRestartPolicies();
    void logsOfTheMachines();
    void standbyAndSchedule();
    void graphql();
    void faultsAndRequestLog();
    void latency();
    void rateLimits();
    void registryImages();
    void concurrentWaits();
    void stateSurvivesRestart();

private:
    HttpResponse api(const QByteArray &method, const QString &path, const QJsonValue &body = {}, const QByteArray &auth = "Bearer test-token",
                     const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    HttpResponse control(const QByteArray &method, const QString &what, const QJsonObject &body = {});
    QString createMachine(const QJsonObject &config, const QJsonObject &extra = {});
    QString waitFor(const QString &id, const QString &state, int timeout = 10);

    TestSupport::OpenApi m_openApi;
    std::unique_ptr<TestSupport::SimProcess> m_sim;
    QNetworkAccessManager m_network;
    QStringList m_schemaProblems;
    bool m_schemaChecked = false;
    int m_appCounter = 0;
};

void TestSimApi::initTestCase()
{
    // The schema file lies outside the repository; without it only the schema comparisons are skipped.
    const QString schemaFile = QStringLiteral(FLIGHTDECK_OPENAPI_FILE);
    if (QFile::exists(schemaFile)) {
        QString error;
        QVERIFY2(m_openApi.load(schemaFile, &error), qPrintable(error + u" (FLIGHTDECK_OPENAPI_FILE)"_s));
        m_schemaChecked = true;
    } else {
        qWarning("%s", qPrintable(u"Schema comparisons skipped: %1 does not exist (set the CMake cache variable FLIGHTDECK_OPENAPI_FILE to the "
                                  "Machines API OpenAPI file)"_s.arg(schemaFile)));
    }
    m_sim = std::make_unique<TestSupport::SimProcess>();
    QVERIFY2(m_sim->start({u"--token"_s, u"test-token"_s, u"--token"_s, u"fm2_macaroon"_s, u"--no-rate-limits"_s, u"--boot-delay"_s, u"150"_s,
                           u"--exit"_s, u"crash-*=3@0.3"_s, u"--exit"_s, u"done-*=0@0.3"_s}),
             qPrintable(m_sim->errorString()));
}

void TestSimApi::init()
{
    m_schemaProblems.clear();
}

void TestSimApi::cleanup()
{
    QVERIFY2(m_schemaProblems.isEmpty(), qPrintable(m_schemaProblems.join(u"\n"_s)));
}

HttpResponse TestSimApi::api(const QByteArray &method, const QString &path, const QJsonValue &body, const QByteArray &auth,
                             const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    const QUrl url = m_sim->url(path);
    QList<std::pair<QByteArray, QByteArray>> all = headers;
    if (!auth.isEmpty())
        all.append({"Authorization", auth});
    QByteArray data;
    if (body.isObject())
        data = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        data = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    else if (body.isString())
        data = body.toString().toUtf8();
    const HttpResponse response = TestSupport::httpRequest(m_network, method, url, data, all);
    if (response.status != 0 && response.header("fly-request-id").isEmpty())
        m_schemaProblems.append(u"%1 %2: no fly-request-id"_s.arg(QString::fromLatin1(method), path));
    if (m_schemaChecked && path.startsWith("/v1/"_L1) && response.status != 0 && response.status != 429) {
        const QStringList problems = m_openApi.check(QString::fromLatin1(method), url.path(), response.status, response.json);
        for (const QString &problem : problems)
            m_schemaProblems.append(u"%1 %2 → %3: %4"_s.arg(QString::fromLatin1(method), path).arg(response.status).arg(problem));
    }
    return response;
}

HttpResponse TestSimApi::control(const QByteArray &method, const QString &what, const QJsonObject &body)
{
    return api(method, u"/_sim/"_s + what, body, {});
}

QString TestSimApi::createMachine(const QJsonObject &config, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(u"config"_s, config);
    const HttpResponse response = api("POST", u"/v1/apps/demo-app/machines"_s, body);
    if (response.status != 200) {
        qWarning() << "create failed" << response.status << response.body;
        return {};
    }
    return response.json.toObject().value(u"id"_s).toString();
}

QString TestSimApi::waitFor(const QString &id, const QString &state, int timeout)
{
    const HttpResponse response = api("GET", u"/v1/apps/demo-app/machines/%1/wait?state=%2&timeout=%3"_s.arg(id, state).arg(timeout));
    return response.status == 200 ? response.json.toObject().value(u"state"_s).toString() : QString::number(response.status) + u' ' + QString::fromUtf8(response.body);
}

void TestSimApi::authentication_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::newRow("bearer") << QByteArray("Bearer test-token") << 200;
    QTest::newRow("scheme in any case") << QByteArray("bearer test-token") << 200;
    QTest::newRow("macaroons, one accepted") << QByteArray("FlyV1 fm2_other,fm2_macaroon") << 200;
    QTest::newRow("no header") << QByteArray() << 401;
    QTest::newRow("wrong token") << QByteArray("Bearer nope") << 401;
    QTest::newRow("no scheme") << QByteArray("test-token") << 401;
}

void TestSimApi::authentication()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    const HttpResponse response = api("GET", u"/v1/apps/demo-app"_s, {}, authorization);
    QCOMPARE(response.status, status);
    if (status == 401)
        QCOMPARE(response.json.toObject().value(u"error"_s).toString(), u"Authenticate: token validation error"_s);
    else
        QCOMPARE(response.json.toObject().value(u"organization"_s).toObject().value(u"slug"_s).toString(), u"personal"_s);
}

void TestSimApi::apps()
{
    const QString name = u"sim-test-app-%1"_s.arg(++m_appCounter);
    HttpResponse r = api("POST", u"/v1/apps"_s, QJsonObject{{u"name"_s, name}, {u"org_slug"_s, u"personal"_s}, {u"network"_s, QString()}, {u"app_role_id"_s, QString()}});
    QCOMPARE(r.status, 201);
    QCOMPARE(api("GET", u"/v1/apps/"_s + name).json.toObject().value(u"name"_s).toString(), name);

    // The docs' spelling of the name field works too.
    r = api("POST", u"/v1/apps"_s, QJsonObject{{u"app_name"_s, QString(name + u"-b"_s)}, {u"org_slug"_s, u"acme-corp"_s}});
    QCOMPARE(r.status, 201);

    r = api("GET", u"/v1/apps?org_slug=personal"_s);
    QCOMPARE(r.status, 200);
    QStringList names;
    const QJsonArray apps = r.json.toObject().value(u"apps"_s).toArray();
    for (const QJsonValue &app : apps)
        names.append(app.toObject().value(u"name"_s).toString());
    QVERIFY(names.contains(name) && names.contains(u"demo-app"_s) && !names.contains(name + u"-b"_s));
    QCOMPARE(r.json.toObject().value(u"total_apps"_s).toInt(), names.size());

    r = api("POST", u"/v1/apps"_s, QJsonObject{{u"name"_s, name}, {u"org_slug"_s, u"personal"_s}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json.toObject().value(u"status"_s).toString(), u"name_taken"_s);
    QCOMPARE(r.json.toObject().value(u"error"_s).toString(), u"Validation failed: Name has already been taken"_s);

    r = api("POST", u"/v1/apps"_s, QJsonObject{{u"name"_s, u"Bad_Name"_s}, {u"org_slug"_s, u"personal"_s}});
    QCOMPARE(r.status, 422);
    QVERIFY(r.json.toObject().value(u"error"_s).toString().contains(u"Name under 63 chars using numbers, lowercase letters and dashes"_s));
    QCOMPARE(api("POST", u"/v1/apps"_s, QJsonObject{{u"name"_s, QString(64, u'a')}, {u"org_slug"_s, u"personal"_s}}).status, 422);
    QCOMPARE(api("POST", u"/v1/apps"_s, QJsonObject{{u"name"_s, u"x-y"_s}, {u"org_slug"_s, u"nobody"_s}}).status, 404);
    QCOMPARE(api("POST", u"/v1/apps"_s, QJsonObject{{u"org_slug"_s, u"personal"_s}}).status, 400);
    QCOMPARE(api("POST", u"/v1/apps"_s, QJsonValue(u"[1,2]"_s)).status, 400);
    QCOMPARE(api("GET", u"/v1/apps"_s).status, 400);
    QCOMPARE(api("GET", u"/v1/apps?org_slug=nobody"_s).status, 404);

    QCOMPARE(api("DELETE", u"/v1/apps/"_s + name).status, 202);
    r = api("GET", u"/v1/apps/"_s + name);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json.toObject().value(u"error"_s).toString(), u"not_found: app not found"_s);
    QCOMPARE(api("DELETE", u"/v1/apps/"_s + name).status, 404);
}

void TestSimApi::machineLifecycle()
{
    HttpResponse r = api("POST", u"/v1/apps/demo-app/machines"_s,
                         QJsonObject{{u"config"_s, QJsonObject{{u"image"_s, u"nginx:1.27"_s},
                                                                {u"guest"_s, QJsonObject{{u"cpu_kind"_s, u"shared"_s}, {u"cpus"_s, 1}, {u"memory_mb"_s, 256}}},
                                                                {u"services"_s, QJsonArray{QJsonObject{{u"protocol"_s, u"tcp"_s}, {u"internal_port"_s, 80}, {u"autostop"_s, u"stop"_s},
                                                                                                         {u"ports"_s, QJsonArray{QJsonObject{{u"port"_s, 443}, {u"handlers"_s, QJsonArray{u"tls"_s, u"http"_s}}}}}}}}}},
                                     {u"region"_s, u"ord"_s},
                                     {u"name"_s, u"lifecycle-1"_s}});
    QCOMPARE(r.status, 200);
    const QJsonObject created = r.json.toObject();
    const QString id = created.value(u"id"_s).toString();
    QCOMPARE(id.size(), 14);
    QCOMPARE(created.value(u"state"_s).toString(), u"created"_s);
    QCOMPARE(created.value(u"region"_s).toString(), u"ord"_s);
    QCOMPARE(created.value(u"instance_id"_s).toString().size(), 26);
    QVERIFY(created.value(u"private_ip"_s).toString().startsWith(u"fdaa:"_s));
    QCOMPARE(created.value(u"image_ref"_s).toObject().value(u"repository"_s).toString(), u"library/nginx"_s);
    QCOMPARE(created.value(u"config"_s).toObject().value(u"init"_s), QJsonValue(QJsonObject())); // always echoed
    QCOMPARE(created.value(u"events"_s).toArray().first().toObject().value(u"type"_s).toString(), u"launch"_s);

    QCOMPARE(waitFor(id, u"started"_s), u"started"_s);
    r = api("GET", u"/v1/apps/demo-app/machines/"_s + id);
    QCOMPARE(r.json.toObject().value(u"state"_s).toString(), u"started"_s);
    // The API answers autostop "stop" as true.
    QCOMPARE(r.json.toObject().value(u"config"_s).toObject().value(u"services"_s).toArray().first().toObject().value(u"autostop"_s), QJsonValue(u"stop"_s));

    r = api("GET", u"/v1/apps/demo-app/machines/%1/events"_s.arg(id));
    QStringList kinds;
    const QJsonArray events = r.json.toArray();
    for (const QJsonValue &event : events)
        kinds.append(event.toObject().value(u"type"_s).toString() + u'/' + event.toObject().value(u"status"_s).toString());
    QCOMPARE(kinds, (QStringList{u"start/started"_s, u"start/starting"_s, u"launch/created"_s}));
    QCOMPARE(api("GET", u"/v1/apps/demo-app/machines/%1/events?limit=1"_s.arg(id)).json.toArray().size(), 1);

    QCOMPARE(api("POST", u"/v1/apps/demo-app/machines/%1/stop"_s.arg(id), QJsonValue(u"[]"_s)).status, 400);
    QCOMPARE(api("POST", u"/v1/apps/demo-app/machines/%1/stop"_s.arg(id), QJsonObject{{u"signal"_s, u"SIGTERM"_s}, {u"timeout"_s, u"5s"_s}}).status, 200);
    QCOMPARE(waitFor(id, u"stopped"_s), u"stopped"_s);
    QCOMPARE(api("POST", u"/v1/apps/demo-app/machines/%1/stop"_s.arg(id)).status, 412);

    r = api("POST", u"/v1/apps/demo-app/machines/%1/start"_s.arg(id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.toObject().value(u"previous_state"_s).toString(), u"stopped"_s);
    QCOMPARE(waitFor(id, u"started"_s), u"started"_s);
    QCOMPARE(api("POST", u"/v1/apps/demo-app/machines/%1/start"_s.arg(id)).status, 412);

    QCOMPARE(api("POST", u"/v1/apps/demo-app/machines/%1/suspend"_s.arg(id)).status, 200);
    QCOMPARE(waitFor(id, u"suspended"_s), u"suspended"_s);
    QCOMPARE(api("POST", u"/v1/apps/demo-app/machines/%1/start"_s.arg(id)).json.toObject().value(u"previous_state"_s).toString(), u"suspended"_s);
    QCOMPARE(waitFor(id, u"started"_s), u"started"_s);
    QCOMPARE(api("POST", u"/v1/apps/demo-app/machines/%1/restart"_s.arg(id)).status, 200);
    QCOMPARE(waitFor(id, u"started"_s), u"started"_s);

    r = api("DELETE", u"/v1/apps/demo-app/machines/"_s + id);
    QCOMPARE(r.status, 412);
    QVERIFY(r.json.toObject().value(u"error"_s).toString().contains(u"force=true"_s));
    QCOMPARE(api("DELETE", u"/v1/apps/demo-app/machines/%1?kill=true"_s.arg(id)).status, 200); // fly-go's spelling
    QCOMPARE(waitFor(id, u"destroyed"_s), u"destroyed"_s);
    // A destroyed Machine lingers for a while.
    QCOMPARE(api("GET", u"/v1/apps/demo-app/machines/"_s + id).json.toObject().value(u"state"_s).toString(), u"destroyed"_s);
    QCOMPARE(api("POST", u"/v1/apps/demo-app/machines/%1/start"_s.arg(id)).status, 404);
    QCOMPARE(api("GET", u"/v1/apps/demo-app/machines/doesnotexist00"_s).status, 404);
    QCOMPARE(api("GET", u"/v1/apps/no-such-app/machines"_s).status, 404);
}

void TestSimApi::createErrors_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    const auto config = [](QJsonObject c) { return QJsonObject{{u"config"_s, c}}; };
    QTest::newRow("no config") << QJsonObject{{u"region"_s, u"ams"_s}} << 400 << u"invalid_argument: config is required"_s;
    QTest::newRow("no image") << config({{u"env"_s, QJsonObject{}}}) << 400 << u"invalid_argument: config.image is required"_s;
    QTest::newRow("unknown image") << config({{u"image"_s, u"nobody/nothing:1"_s}}) << 400 << u"could not resolve image \"nobody/nothing:1\": not found"_s;
    QTest::newRow("malformed image") << config({{u"image"_s, u"UPPER/Case"_s}}) << 400 << u"invalid image reference"_s;
    QTest::newRow("shared cpus") << config({{u"image"_s, u"nginx"_s}, {u"guest"_s, QJsonObject{{u"cpu_kind"_s, u"shared"_s}, {u"cpus"_s, 3}, {u"memory_mb"_s, 768}}}})
                                 << 400 << u"invalid number of CPUs"_s;
    QTest::newRow("memory step") << config({{u"image"_s, u"nginx"_s}, {u"guest"_s, QJsonObject{{u"cpu_kind"_s, u"shared"_s}, {u"cpus"_s, 1}, {u"memory_mb"_s, 300}}}})
                                 << 400 << u"invalid memory size"_s;
    QTest::newRow("memory too low") << config({{u"image"_s, u"nginx"_s}, {u"guest"_s, QJsonObject{{u"cpu_kind"_s, u"performance"_s}, {u"cpus"_s, 2}, {u"memory_mb"_s, 2048}}}})
                                    << 400 << u"memory size for config is too low"_s;
    QTest::newRow("memory too high") << config({{u"image"_s, u"nginx"_s}, {u"guest"_s, QJsonObject{{u"cpu_kind"_s, u"shared"_s}, {u"cpus"_s, 1}, {u"memory_mb"_s, 4096}}}})
                                     << 400 << u"memory size for config is too high"_s;
    QTest::newRow("gpu") << config({{u"image"_s, u"nginx"_s}, {u"guest"_s, QJsonObject{{u"cpu_kind"_s, u"performance"_s}, {u"cpus"_s, 8}, {u"memory_mb"_s, 32768}, {u"gpu_kind"_s, u"a10"_s}}}})
                         << 400 << u"GPU machines are no longer supported"_s;
    QTest::newRow("protocol") << config({{u"image"_s, u"nginx"_s}, {u"services"_s, QJsonArray{QJsonObject{{u"protocol"_s, u"sctp"_s}, {u"internal_port"_s, 80}}}}})
                              << 400 << u"protocol must be tcp or udp"_s;
    QTest::newRow("port range") << config({{u"image"_s, u"nginx"_s}, {u"services"_s, QJsonArray{QJsonObject{{u"protocol"_s, u"tcp"_s}, {u"internal_port"_s, 80},
                                                                                                      {u"ports"_s, QJsonArray{QJsonObject{{u"port"_s, 70000}}}}}}}})
                                << 400 << u"port 70000 is out of range"_s;
    QTest::newRow("handler") << config({{u"image"_s, u"nginx"_s}, {u"services"_s, QJsonArray{QJsonObject{{u"protocol"_s, u"tcp"_s}, {u"internal_port"_s, 80},
                                                                                                   {u"ports"_s, QJsonArray{QJsonObject{{u"port"_s, 80}, {u"handlers"_s, QJsonArray{u"https"_s}}}}}}}}})
                             << 400 << u"unknown handler \"https\""_s;
    QTest::newRow("autostop") << config({{u"image"_s, u"nginx"_s}, {u"services"_s, QJsonArray{QJsonObject{{u"protocol"_s, u"tcp"_s}, {u"internal_port"_s, 80}, {u"autostop"_s, u"maybe"_s}}}}})
                              << 400 << u"invalid autostop string value \"maybe\""_s;
    QTest::newRow("restart policy") << config({{u"image"_s, u"nginx"_s}, {u"restart"_s, QJsonObject{{u"policy"_s, u"on-fail"_s}}}}) << 400 << u"invalid restart policy"_s;
    QTest::newRow("schedule") << config({{u"image"_s, u"nginx"_s}, {u"schedule"_s, u"minutely"_s}}) << 400 << u"invalid schedule"_s;
    QTest::newRow("two volumes") << config({{u"image"_s, u"nginx"_s}, {u"mounts"_s, QJsonArray{QJsonObject{{u"volume"_s, u"vol_a"_s}, {u"path"_s, u"/a"_s}},
                                                                                                 QJsonObject{{u"volume"_s, u"vol_b"_s}, {u"path"_s, u"/b"_s}}}}})
                                 << 400 << u"at most one volume"_s;
    QTest::newRow("unknown volume") << config({{u"image"_s, u"nginx"_s}, {u"mounts"_s, QJsonArray{QJsonObject{{u"volume"_s, u"vol_nothere00000000"_s}, {u"path"_s, u"/a"_s}}}}})
                                    << 404 << u"not_found: volume vol_nothere00000000 not found"_s;
    QTest::newRow("file path") << config({{u"image"_s, u"nginx"_s}, {u"files"_s, QJsonArray{QJsonObject{{u"guest_path"_s, u"etc/x"_s}, {u"raw_value"_s, u"eA=="_s}}}}})
                               << 400 << u"guest_path must be absolute"_s;
    QJsonObject badRegion = config({{u"image"_s, u"nginx"_s}});
    badRegion.insert(u"region"_s, u"xyz"_s);
    QTest::newRow("region") << badRegion << 400 << u"unknown region \"xyz\""_s;
}

void TestSimApi::createErrors()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    const HttpResponse r = api("POST", u"/v1/apps/demo-app/machines"_s, body);
    QCOMPARE(r.status, status);
    QVERIFY2(r.json.toObject().value(u"error"_s).toString().contains(error), r.body.constData());
}

void TestSimApi::bodyLimit()
{
    const QString big(qsizetype(1024) * 1024, u'x');
    const HttpResponse r = api("POST", u"/v1/apps/demo-app/machines"_s, QJsonObject{{u"config"_s, QJsonObject{{u"image"_s, u"nginx"_s}, {u"env"_s, QJsonObject{{u"BIG"_s, big}}}}}});
    QCOMPARE(r.status, 413);
    QVERIFY(r.json.toObject().value(u"error"_s).toString().contains(u"1 MiB"_s));
    QCOMPARE(api("POST", u"/v1/apps/demo-app/machines"_s, QJsonValue(u"{not json"_s)).status, 400);
}

void TestSimApi::waitParameters()
{
    const QString id = createMachine(QJsonObject{{u"image"_s, u"alpine"_s}}, QJsonObject{{u"skip_launch"_s, true}});
    QVERIFY(!id.isEmpty());
    QCOMPARE(api("GET", u"/v1/apps/demo-app/machines/%1/wait?timeout=0"_s.arg(id)).status, 400);
    QCOMPARE(api("GET", u"/v1/apps/demo-app/machines/%1/wait?timeout=61"_s.arg(id)).status, 400);
    QCOMPARE(api("GET", u"/v1/apps/demo-app/machines/%1/wait?state=dancing&timeout=1"_s.arg(id)).status, 400);
    const HttpResponse r = api("GET", u"/v1/apps/demo-app/machines/%1/wait?state=started&timeout=1"_s.arg(id));
    QCOMPARE(r.status, 408);
    QCOMPARE(r.json.toObject().value(u"error"_s).toString(), u"deadline_exceeded: machine failed to reach desired state, started, currently created"_s);
    // Several states: repeated parameters and a comma list both work.
    QCOMPARE(api("GET", u"/v1/apps/demo-app/machines/%1/wait?state=started&state=suspended&timeout=1"_s.arg(id)).status, 408);
    QCOMPARE(api("GET", u"/v1/apps/demo-app/machines/%1/wait?state=started,stopped&timeout=1"_s.arg(id)).status, 408);
    QCOMPARE(waitFor(id, u"settled"_s, 1), u"created"_s);
    QCOMPARE(api("GET", u"/v1/apps/demo-app/machines/doesnotexist00/wait"_s).status, 404);
    QCOMPARE(api("DELETE", u"/v1/apps/demo-app/machines/"_s + id).status, 200); // created: no force needed
}

void TestSimApi::updateMachine()
{
    const QString id = createMachine(QJsonObject{{u"image"_s, u"nginx:1.26"_s}});
    QCOMPARE(waitFor(id, u"started"_s), u"started"_s);
    const QString version = api("GET", u"/v1/apps/demo-app/machines/"_s + id).json.toObject().value(u"instance_id"_s).toString();

    HttpResponse r = api("POST", u"/v1/apps/demo-app/machines/"_s + id, QJsonObject{{u"config"_s, QJsonObject{{u"image"_s, u"nginx:1.27"_s}}}, {u"current_version"_s, u"01OLDVERSION0000000000000"_s}});
    QCOMPARE(r.status, 409);
    r = api("POST", u"/v1/apps/demo-app/machines/"_s + id, QJsonObject{{u"config"_s, QJsonObject{{u"image"_s, u"nginx:1.27"_s}}}, {u"region"_s, u"syd"_s}});
    QCOMPARE(r.status, 400);
    r = api("POST", u"/v1/apps/demo-app/machines/"_s + id, QJsonObject{{u"config"_s, QJsonObject{{u"image"_s, u"nginx:1.27"_s}}}, {u"current_version"_s, version}});
    QCOMPARE(r.status, 200);
    const QString newVersion = r.json.toObject().value(u"instance_id"_s).toString();
    QVERIFY(newVersion != version);
    QCOMPARE(r.json.toObject().value(u"config"_s).toObject().value(u"image"_s).toString(), u"nginx:1.27"_s);
    // A wait for the old version learns it was replaced.
    r = api("GET", u"/v1/apps/demo-app/machines/%1/wait?state=started&timeout=2&version=%2"_s.arg(id, version));
    QCOMPARE(r.status, 400);
    QVERIFY(r.json.toObject().value(u"error"_s).toString().contains(u"currently replaced"_s));
    QCOMPARE(waitFor(id, u"started"_s), u"started"_s);
    QCOMPARE(api("DELETE", u"/v1/apps/demo-app/machines/%1?force=true"_s.arg(id)).status, 200);
}

void TestSimApi::listFilters()
{
    const QString a = createMachine(QJsonObject{{u"image"_s, u"alpine"_s}, {u"metadata"_s, QJsonObject{{u"flightdeck_launch_id"_s, u"L-1"_s}}}}, QJsonObject{{u"skip_launch"_s, true}});
    const QString b = createMachine(QJsonObject{{u"image"_s, u"alpine"_s}}, QJsonObject{{u"skip_launch"_s, true}, {u"region"_s, u"syd"_s}});
    const auto listedIds = [this](const QString &query) {
        QStringList ids;
        const QJsonArray listed = api("GET", u"/v1/apps/demo-app/machines"_s + query).json.toArray();
        for (const QJsonValue &m : listed)
            ids.append(m.toObject().value(u"id"_s).toString());
        return ids;
    };
    // Like the real list, a new Machine is missing for a while (GET by id finds it at once).
    QVERIFY(!listedIds(QString()).contains(a));
    QCOMPARE(api("GET", u"/v1/apps/demo-app/machines/"_s + a).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(listedIds(QString()).contains(b), 5000);
    // Undocumented filters (metadata.*) are ignored, as the real list may ignore them.
    const QStringList byMetadata = listedIds(u"?metadata.flightdeck_launch_id=L-1"_s);
    QVERIFY(byMetadata.contains(a) && byMetadata.contains(b));
    HttpResponse r = api("GET", u"/v1/apps/demo-app/machines?region=syd&summary=true"_s);
    QCOMPARE(r.json.toArray().size(), 1);
    QVERIFY(!r.json.toArray().first().toObject().contains(u"config"_s));
    QCOMPARE(api("GET", u"/v1/apps/demo-app/machines?state=created"_s).json.toArray().size() >= 2, true);
    QCOMPARE(api("DELETE", u"/v1/apps/demo-app/machines/"_s + b).status, 200);
    QCOMPARE(waitFor(b, u"destroyed"_s), u"destroyed"_s);
    bool listed = false;
    const QJsonArray live = api("GET", u"/v1/apps/demo-app/machines"_s).json.toArray();
    for (const QJsonValue &m : live)
        listed = listed || m.toObject().value(u"id"_s).toString() == b;
    QVERIFY(!listed);
    const QJsonArray all = api("GET", u"/v1/apps/demo-app/machines?include_deleted=true"_s).json.toArray();
    for (const QJsonValue &m : all)
        listed = listed || m.toObject().value(u"id"_s).toString() == b;
    QVERIFY(listed);
    QCOMPARE(api("DELETE", u"/v1/apps/demo-app/machines/"_s + a).status, 200);
}

void TestSimApi::leases()
{
    const QString id = createMachine(QJsonObject{{u"image"_s, u"alpine"_s}});
    QCOMPARE(waitFor(id, u"started"_s), u"started"_s);
    const QString base = u"/v1/apps/demo-app/machines/%1"_s.arg(id);

    HttpResponse r = api("POST", base + u"/lease"_s, QJsonObject{{u"ttl"_s, 60}, {u"description"_s, u"deploying"_s}});
    QCOMPARE(r.status, 201);
    const QJsonObject data = r.json.toObject().value(u"data"_s).toObject();
    QCOMPARE(r.json.toObject().value(u"status"_s).toString(), u"success"_s);
    const QByteArray nonce = data.value(u"nonce"_s).toString().toUtf8();
    QCOMPARE(nonce.size(), 12);
    QVERIFY(data.value(u"expires_at"_s).toInteger() > QDateTime::currentSecsSinceEpoch());

    r = api("POST", base + u"/lease?ttl=30"_s);
    QCOMPARE(r.status, 409);
    QVERIFY(r.json.toObject().value(u"error"_s).toString().contains(u"lease currently held by"_s));
    QCOMPARE(api("POST", base + u"/stop"_s).status, 409);
    QCOMPARE(api("DELETE", base + u"?force=true"_s).status, 409);
    QCOMPARE(api("GET", base + u"/lease"_s).json.toObject().value(u"data"_s).toObject().value(u"description"_s).toString(), u"deploying"_s);
    QCOMPARE(api("POST", base + u"/lease?ttl=90"_s, {}, "Bearer test-token", {{"fly-machine-lease-nonce", nonce}}).status, 201); // refresh
    QCOMPARE(api("POST", base + u"/stop"_s, QJsonObject(), "Bearer test-token", {{"fly-machine-lease-nonce", nonce}}).status, 200);
    QCOMPARE(api("DELETE", base + u"/lease"_s).status, 400);
    QCOMPARE(api("DELETE", base + u"/lease"_s, {}, "Bearer test-token", {{"fly-machine-lease-nonce", "000000000000"}}).status, 409);
    QCOMPARE(api("DELETE", base + u"/lease"_s, {}, "Bearer test-token", {{"fly-machine-lease-nonce", nonce}}).status, 200);
    QCOMPARE(api("GET", base + u"/lease"_s).status, 404);
    QCOMPARE(api("DELETE", base + u"/lease"_s, {}, "Bearer test-token", {{"fly-machine-lease-nonce", nonce}}).status, 404);

    // A lease taken with the create call.
    r = api("POST", u"/v1/apps/demo-app/machines"_s, QJsonObject{{u"config"_s, QJsonObject{{u"image"_s, u"alpine"_s}}}, {u"lease_ttl"_s, 30}, {u"skip_launch"_s, true}});
    QCOMPARE(r.json.toObject().value(u"nonce"_s).toString().size(), 12);
    QCOMPARE(api("DELETE", u"/v1/apps/demo-app/machines/"_s + r.json.toObject().value(u"id"_s).toString()).status, 409);
    QCOMPARE(waitFor(id, u"stopped"_s), u"stopped"_s);
    QCOMPARE(api("DELETE", base).status, 200);
}

void TestSimApi::volumes()
{
    HttpResponse r = api("POST", u"/v1/apps/demo-app/volumes"_s, QJsonObject{{u"name"_s, u"pgdata"_s}, {u"region"_s, u"fra"_s}, {u"size_gb"_s, 10}});
    QCOMPARE(r.status, 200);
    const QString volumeId = r.json.toObject().value(u"id"_s).toString();
    QVERIFY(volumeId.startsWith(u"vol_"_s));
    QCOMPARE(r.json.toObject().value(u"attached_machine_id"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(api("GET", u"/v1/apps/demo-app/volumes/"_s + volumeId).json.toObject().value(u"size_gb"_s).toInt(), 10);
    QVERIFY(api("GET", u"/v1/apps/demo-app/volumes"_s).json.toArray().size() >= 2);
    QCOMPARE(api("POST", u"/v1/apps/demo-app/volumes"_s, QJsonObject{{u"name"_s, u"Bad Name"_s}}).status, 400);
    QCOMPARE(api("POST", u"/v1/apps/demo-app/volumes"_s, QJsonObject{{u"name"_s, u"x"_s}, {u"region"_s, u"eu"_s}}).status, 400); // no meta-regions
    QCOMPARE(api("GET", u"/v1/apps/demo-app/volumes/vol_nothere"_s).status, 404);

    const QJsonObject mount{{u"volume"_s, volumeId}, {u"path"_s, u"/data"_s}};
    r = api("POST", u"/v1/apps/demo-app/machines"_s, QJsonObject{{u"config"_s, QJsonObject{{u"image"_s, u"postgres:16"_s}, {u"mounts"_s, QJsonArray{mount}}}}, {u"region"_s, u"ord"_s}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.toObject().value(u"error"_s).toString(), u"Mounts source volume \"%1\" is in the wrong region (\"fra\" != \"ord\")"_s.arg(volumeId));

    r = api("POST", u"/v1/apps/demo-app/machines"_s, QJsonObject{{u"config"_s, QJsonObject{{u"image"_s, u"postgres:16"_s}, {u"mounts"_s, QJsonArray{mount}}}}, {u"region"_s, u"fra"_s}});
    QCOMPARE(r.status, 200);
    const QString machineId = r.json.toObject().value(u"id"_s).toString();
    QCOMPARE(api("GET", u"/v1/apps/demo-app/volumes/"_s + volumeId).json.toObject().value(u"attached_machine_id"_s).toString(), machineId);

    r = api("POST", u"/v1/apps/demo-app/machines"_s, QJsonObject{{u"config"_s, QJsonObject{{u"image"_s, u"postgres:16"_s}, {u"mounts"_s, QJsonArray{mount}}}}, {u"region"_s, u"fra"_s}});
    QCOMPARE(r.status, 412);
    QVERIFY(r.json.toObject().value(u"error"_s).toString().contains(u"already attached to machine "_s + machineId));
    QCOMPARE(api("DELETE", u"/v1/apps/demo-app/volumes/"_s + volumeId).status, 412);

    QCOMPARE(api("DELETE", u"/v1/apps/demo-app/machines/%1?force=true"_s.arg(machineId)).status, 200);
    QCOMPARE(waitFor(machineId, u"destroyed"_s), u"destroyed"_s);
    QCOMPARE(api("GET", u"/v1/apps/demo-app/volumes/"_s + volumeId).json.toObject().value(u"attached_machine_id"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(api("DELETE", u"/v1/apps/demo-app/volumes/"_s + volumeId).status, 200);
    // A deleted volume stays for a while, being destroyed, as on the real platform; it cannot be mounted meanwhile.
    QCOMPARE(api("GET", u"/v1/apps/demo-app/volumes/"_s + volumeId).json.toObject().value(u"state"_s).toString(), u"pending_destroy"_s);
    r = api("POST", u"/v1/apps/demo-app/machines"_s, QJsonObject{{u"config"_s, QJsonObject{{u"image"_s, u"postgres:16"_s}, {u"mounts"_s, QJsonArray{mount}}}}, {u"region"_s, u"fra"_s}});
    QCOMPARE(r.status, 412);
    QTRY_COMPARE_WITH_TIMEOUT(api("GET", u"/v1/apps/demo-app/volumes/"_s + volumeId).status, 404, 10000);

    // A volume held by an allocation is not free either, though no Machine id is set.
    r = api("POST", u"/v1/apps/demo-app/volumes"_s, QJsonObject{{u"name"_s, u"held"_s}, {u"region"_s, u"fra"_s}});
    const QString held = r.json.toObject().value(u"id"_s).toString();
    QCOMPARE(control("PUT", u"volumes/"_s + held, QJsonObject{{u"attached_alloc_id"_s, u"alloc_3f2a"_s}}).status, 200);
    QCOMPARE(api("GET", u"/v1/apps/demo-app/volumes/"_s + held).json.toObject().value(u"attached_alloc_id"_s).toString(), u"alloc_3f2a"_s);
    const QJsonObject heldMount{{u"volume"_s, held}, {u"path"_s, u"/data"_s}};
    r = api("POST", u"/v1/apps/demo-app/machines"_s, QJsonObject{{u"config"_s, QJsonObject{{u"image"_s, u"postgres:16"_s}, {u"mounts"_s, QJsonArray{heldMount}}}}, {u"region"_s, u"fra"_s}});
    QCOMPARE(r.status, 412);
    QVERIFY(r.json.toObject().value(u"error"_s).toString().contains(u"allocation"_s));
    // A volume is created in a region the client names (flyctl resolves one first).
    QCOMPARE(api("POST", u"/v1/apps/demo-app/volumes"_s, QJsonObject{{u"name"_s, u"noregion"_s}}).status, 400);
}

void TestSimApi::secrets()
{
    HttpResponse r = api("GET", u"/v1/apps/demo-app/secrets"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.toObject().value(u"secrets"_s).toArray().first().toObject().value(u"name"_s).toString(), u"DATABASE_URL"_s);

    r = api("POST", u"/v1/apps/demo-app/secrets"_s, QJsonObject{{u"values"_s, QJsonObject{{u"API_KEY"_s, u"s3cr3t-value"_s}, {u"DATABASE_URL"_s, QJsonValue::Null}}}});
    QCOMPARE(r.status, 200);
    const int version = r.json.toObject().value(u"version"_s).toInt();
    QVERIFY(version >= 2);
    r = api("GET", u"/v1/apps/demo-app/secrets"_s);
    const QJsonArray secrets = r.json.toObject().value(u"secrets"_s).toArray();
    QCOMPARE(secrets.size(), 1);
    QCOMPARE(secrets.first().toObject().value(u"name"_s).toString(), u"API_KEY"_s);
    QVERIFY(!secrets.first().toObject().value(u"digest"_s).toString().isEmpty());
    QVERIFY2(!r.body.contains("s3cr3t-value"), "secret values never leave the simulator");
    QVERIFY(!api("GET", u"/v1/apps/demo-app/secrets?show_secrets=true"_s).body.contains("s3cr3t-value"));

    r = api("POST", u"/v1/apps/demo-app/secrets/TLS_KEY"_s, QJsonObject{{u"value"_s, u"pem"_s}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.toObject().value(u"name"_s).toString(), u"TLS_KEY"_s);
    QCOMPARE(api("POST", u"/v1/apps/demo-app/secrets"_s, QJsonObject{{u"values"_s, QJsonObject{{u"bad name"_s, u"x"_s}}}}).status, 400);
    QCOMPARE(api("POST", u"/v1/apps/demo-app/secrets"_s, QJsonObject{{u"values"_s, u"x"_s}}).status, 400);
    QVERIFY(api("DELETE", u"/v1/apps/demo-app/secrets/TLS_KEY"_s).json.toObject().value(u"version"_s).toInt() > version);
    QCOMPARE(api("DELETE", u"/v1/apps/demo-app/secrets/TLS_KEY"_s).status, 404);
    QCOMPARE(api("GET", u"/v1/apps/no-such-app/secrets"_s).status, 404);
}

void TestSimApi::regions()
{
    const HttpResponse r = api("GET", u"/v1/platform/regions"_s, {}, {}); // no token needed
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.toObject().value(u"nearest"_s).toString(), u"ams"_s);
    QVERIFY(r.json.toObject().value(u"regions"_s).toArray().size() >= 18);
}

void TestSimApi::processExitsAndRestartPolicies()
{
    // on-failure with 2 retries: three runs, then stopped.
    QString id = createMachine(QJsonObject{{u"image"_s, u"alpine"_s}, {u"restart"_s, QJsonObject{{u"policy"_s, u"on-failure"_s}, {u"max_retries"_s, 2}}}},
                               QJsonObject{{u"name"_s, u"crash-retry"_s}});
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(api("GET", u"/v1/apps/demo-app/machines/%1/events?limit=50"_s.arg(id)).body.count("\"type\":\"exit\""), 3, 15000);
    QCOMPARE(waitFor(id, u"stopped"_s), u"stopped"_s);
    const QJsonObject exit = api("GET", u"/v1/apps/demo-app/machines/%1/events"_s.arg(id)).json.toArray().at(0).toObject();
    QCOMPARE(exit.value(u"type"_s).toString(), u"exit"_s);
    QCOMPARE(exit.value(u"request"_s).toObject().value(u"exit_event"_s).toObject().value(u"exit_code"_s).toInt(), 3);
    QCOMPARE(exit.value(u"request"_s).toObject().value(u"restart_count"_s).toInt(), 2);

    // no: one run.
    id = createMachine(QJsonObject{{u"image"_s, u"alpine"_s}, {u"restart"_s, QJsonObject{{u"policy"_s, u"no"_s}}}}, QJsonObject{{u"name"_s, u"crash-once"_s}});
    QCOMPARE(waitFor(id, u"started"_s), u"started"_s);
    QCOMPARE(waitFor(id, u"stopped"_s), u"stopped"_s);
    QCOMPARE(api("GET", u"/v1/apps/demo-app/machines/%1/events"_s.arg(id)).body.count("\"type\":\"exit\""), 1);

    // on-failure with a clean exit: no restart.
    id = createMachine(QJsonObject{{u"image"_s, u"alpine"_s}}, QJsonObject{{u"name"_s, u"done-clean"_s}});
    QCOMPARE(waitFor(id, u"started"_s), u"started"_s);
    QCOMPARE(waitFor(id, u"stopped"_s), u"stopped"_s);

    // always: back up after a clean exit.
    id = createMachine(QJsonObject{{u"image"_s, u"alpine"_s}, {u"restart"_s, QJsonObject{{u"policy"_s, u"always"_s}}}}, QJsonObject{{u"name"_s, u"done-always"_s}});
    QTRY_VERIFY_WITH_TIMEOUT(api("GET", u"/v1/apps/demo-app/machines/%1/events?limit=50"_s.arg(id)).body.count("\"type\":\"exit\"") >= 2, 15000);
    QCOMPARE(api("DELETE", u"/v1/apps/demo-app/machines/%1?force=true"_s.arg(id)).status, 200);

    // auto_destroy: gone when the process ends.
    id = createMachine(QJsonObject{{u"image"_s, u"alpine"_s}, {u"auto_destroy"_s, true}, {u"restart"_s, QJsonObject{{u"policy"_s, u"no"_s}}}},
                       QJsonObject{{u"name"_s, u"done-destroy"_s}});
    QCOMPARE(waitFor(id, u"destroyed"_s), u"destroyed"_s);
}

void TestSimApi::logsOfTheMachines()
{
    // The log service on the GraphQL host (fly-go resource_logs.go): pages after next_token,
    // by instance; what the host and the Machine's init print, and the process's own lines.
    const QString oom = createMachine(QJsonObject{{u"image"_s, u"flightdeck/memory-hog:1"_s}, {u"restart"_s, QJsonObject{{u"policy"_s, u"no"_s}}}});
    const QString other = createMachine(QJsonObject{{u"image"_s, u"alpine"_s}});
    QCOMPARE(waitFor(oom, u"stopped"_s), u"stopped"_s);
    const QJsonObject exit = api("GET", u"/v1/apps/demo-app/machines/%1/events"_s.arg(oom)).json.toArray().at(0).toObject();
    QCOMPARE(exit.value(u"request"_s).toObject().value(u"exit_event"_s).toObject().value(u"oom_killed"_s).toBool(), true);
    QCOMPARE(exit.value(u"request"_s).toObject().value(u"exit_event"_s).toObject().value(u"exit_code"_s).toInt(), 137);

    const auto page = [this](const QString &query) { return api("GET", u"/api/v1/apps/demo-app/logs?"_s + query).json.toObject(); };
    QStringList messages;
    QString token;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QJsonObject answer = page(u"instance=%1&next_token=%2"_s.arg(oom, token));
            const QJsonArray data = answer.value(u"data"_s).toArray();
            for (const QJsonValue &item : data) {
                const QJsonObject attributes = item[u"attributes"_s].toObject();
                if (attributes.value(u"instance"_s).toString() != oom)
                    return false; // another Machine's line
                messages.append(attributes.value(u"meta"_s)[u"event"_s][u"provider"_s].toString() + u' ' + attributes.value(u"message"_s).toString());
            }
            token = answer.value(u"meta"_s)[u"next_token"_s].toString();
            return messages.join(u'\n').contains(u"Starting clean up"_s);
        }(),
        10000);
    const QString text = messages.join(u'\n');
    QVERIFY2(text.contains(u"runner Pulling container image flightdeck/memory-hog:1"_s), qPrintable(text));
    QVERIFY2(text.contains(u"app warming the cache"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Out of memory: Killed process"_s) && text.contains(u"OOM killed"_s), qPrintable(text));
    QCOMPARE(messages.count(u"runner Configuring firecracker"_s), 1); // each line once across the pages
    // Past the end: nothing, and the same token.
    const QJsonObject end = page(u"instance=%1&next_token=%2"_s.arg(oom, token));
    QVERIFY(end.value(u"data"_s).toArray().isEmpty());
    QCOMPARE(end.value(u"meta"_s)[u"next_token"_s].toString(), token);
    // The other Machine has lines of its own; an unknown app, a bad token and no token are refused.
    QTRY_VERIFY_WITH_TIMEOUT(!page(u"instance="_s + other).value(u"data"_s).toArray().isEmpty(), 5000);
    QCOMPARE(api("GET", u"/api/v1/apps/no-such-app/logs"_s).status, 404);
    QCOMPARE(api("GET", u"/api/v1/apps/demo-app/logs?next_token=x"_s).status, 400);
    QCOMPARE(api("GET", u"/api/v1/apps/demo-app/logs"_s, {}, "Bearer wrong").status, 401);
}

void TestSimApi::standbyAndSchedule()
{
    QString id = createMachine(QJsonObject{{u"image"_s, u"alpine"_s}, {u"standbys"_s, QJsonArray{u"0123456789abcd"_s}}});
    HttpResponse r = api("GET", u"/v1/apps/demo-app/machines/%1/wait?state=started&timeout=1"_s.arg(id));
    QCOMPARE(r.status, 408);
    QCOMPARE(api("GET", u"/v1/apps/demo-app/machines/"_s + id).json.toObject().value(u"state"_s).toString(), u"created"_s);

    // A scheduled Machine waits, stopped, for its run: the wait flyctl does times out.
    id = createMachine(QJsonObject{{u"image"_s, u"alpine"_s}, {u"schedule"_s, u"daily"_s}});
    r = api("GET", u"/v1/apps/demo-app/machines/%1/wait?state=started&timeout=1"_s.arg(id));
    QCOMPARE(r.status, 408);
    QCOMPARE(r.json.toObject().value(u"error"_s).toString(), u"deadline_exceeded: machine failed to reach desired state, started, currently stopped"_s);
}

void TestSimApi::graphql()
{
    const auto query = [this](const QString &text, const QJsonObject &variables = {}, const QByteArray &auth = "Bearer test-token") {
        return api("POST", u"/graphql"_s, QJsonObject{{u"query"_s, text}, {u"variables"_s, variables}}, auth);
    };
    HttpResponse r = query(u"query($admin: Boolean!) { organizations(admin: $admin) { nodes { id slug rawSlug name type paidPlan billable viewerRole internalNumericId } } }"_s,
                           QJsonObject{{u"admin"_s, false}});
    QCOMPARE(r.status, 200);
    const QJsonArray nodes = r.json.toObject().value(u"data"_s).toObject().value(u"organizations"_s).toObject().value(u"nodes"_s).toArray();
    QCOMPARE(nodes.size(), 2);
    QCOMPARE(nodes.first().toObject().keys().size(), 9); // exactly what was asked
    QCOMPARE(nodes.first().toObject().value(u"type"_s).toString(), u"PERSONAL"_s);

    r = query(u"query($appName: String!) { appcompact: app(name: $appName) { id name network organization { slug } } }"_s, QJsonObject{{u"appName"_s, u"demo-app"_s}});
    QCOMPARE(r.json.toObject().value(u"data"_s).toObject().value(u"appcompact"_s).toObject().value(u"organization"_s).toObject().value(u"slug"_s).toString(), u"personal"_s);

    r = query(u"{ app(name: \"nope\") { id } }"_s);
    QCOMPARE(r.json.toObject().value(u"data"_s).toObject().value(u"app"_s), QJsonValue(QJsonValue::Null));
    const QJsonObject error = r.json.toObject().value(u"errors"_s).toArray().first().toObject();
    QCOMPARE(error.value(u"message"_s).toString(), u"Could not find App \"nope\""_s);
    QCOMPARE(error.value(u"extensions"_s).toObject().value(u"code"_s).toString(), u"NOT_FOUND"_s);

    r = query(u"query { taken: appNameAvailable(name: \"demo-app\") free: appNameAvailable(name: \"brand-new-name\") bad: appNameAvailable(name: \"Bad\") }"_s);
    const QJsonObject data = r.json.toObject().value(u"data"_s).toObject();
    QCOMPARE(data.value(u"taken"_s).toBool(true), false);
    QCOMPARE(data.value(u"free"_s).toBool(false), true);
    QCOMPARE(data.value(u"bad"_s).toBool(true), false);

    r = query(u"query { nearestRegion { code } platform { requestRegion regions { code name gatewayAvailable } } }"_s);
    QCOMPARE(r.json.toObject().value(u"data"_s).toObject().value(u"nearestRegion"_s).toObject().value(u"code"_s).toString(), u"ams"_s);
    QVERIFY(r.json.toObject().value(u"data"_s).toObject().value(u"platform"_s).toObject().value(u"regions"_s).toArray().size() >= 18);

    r = query(u"query { viewer { ... on User { email } } }"_s);
    QCOMPARE(r.json.toObject().value(u"data"_s).toObject().value(u"viewer"_s).toObject().value(u"email"_s).toString(), u"user@flightdeck.sim"_s);

    QCOMPARE(query(u"query { organizations { nodes { slug } "_s).status, 400);
    QCOMPARE(query(u"query($n: String!) { app(name: $n) { id } }"_s).status, 400); // missing variable
    QVERIFY(query(u"{ bogus }"_s).json.toObject().value(u"errors"_s).toArray().first().toObject().value(u"message"_s).toString().contains(u"bogus"_s));
    QCOMPARE(query(u"{ viewer { email } }"_s, {}, {}).status, 401);
}

void TestSimApi::faultsAndRequestLog()
{
    QCOMPARE(control("DELETE", u"requests"_s).status, 200);
    QCOMPARE(control("POST", u"faults"_s, QJsonObject{{u"method"_s, u"GET"_s}, {u"path"_s, u"^/v1/apps/demo-app$"_s}, {u"status"_s, 503},
                                                      {u"body"_s, QJsonObject{{u"error"_s, u"flaky"_s}, {u"status"_s, u"insufficient_capacity"_s}}}, {u"count"_s, 2}})
                 .status,
             201);
    QCOMPARE(api("GET", u"/v1/apps/demo-app"_s).status, 503);
    QCOMPARE(api("GET", u"/v1/apps/demo-app"_s).json.toObject().value(u"status"_s).toString(), u"insufficient_capacity"_s);
    QCOMPARE(api("GET", u"/v1/apps/demo-app"_s).status, 200);

    const QJsonArray log = control("GET", u"requests"_s).json.toArray();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).toObject().value(u"status"_s).toInt(), 503);
    QCOMPARE(log.at(2).toObject().value(u"path"_s).toString(), u"/v1/apps/demo-app"_s);
    QVERIFY(log.at(2).toObject().contains(u"duration_ms"_s));

    // A reset connection: no HTTP answer at all.
    // (Qt resends a GET once when a kept-alive connection drops, so the fault stays until removed.)
    control("POST", u"faults"_s, QJsonObject{{u"path"_s, u"/v1/apps/demo-app/volumes$"_s}, {u"action"_s, u"reset"_s}});
    HttpResponse r = api("GET", u"/v1/apps/demo-app/volumes"_s);
    control("DELETE", u"faults"_s);
    QCOMPARE(r.status, 0);
    QVERIFY2(r.error == QNetworkReply::RemoteHostClosedError || r.error == QNetworkReply::ConnectionRefusedError || r.error == QNetworkReply::UnknownNetworkError,
             qPrintable(QString::number(r.error)));
    QCOMPARE(api("GET", u"/v1/apps/demo-app/volumes"_s).status, 200);

    // No answer until the client gives up.
    control("POST", u"faults"_s, QJsonObject{{u"path"_s, u"/secrets$"_s}, {u"action"_s, u"hang"_s}, {u"count"_s, 1}});
    QUrl url = m_sim->baseUrl();
    url.setPath(u"/v1/apps/demo-app/secrets"_s);
    r = TestSupport::httpRequest(m_network, "GET", url, {}, {{"Authorization", "Bearer test-token"}}, 1000);
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::OperationCanceledError);

    // Chance with a seed: the same seed fails the same requests.
    const auto pattern = [this] {
        control("DELETE", u"faults"_s);
        control("POST", u"seed"_s, QJsonObject{{u"seed"_s, 42}});
        control("POST", u"faults"_s, QJsonObject{{u"path"_s, u"^/v1/platform/regions$"_s}, {u"status"_s, 500}, {u"probability"_s, 0.5}});
        QString outcome;
        for (int i = 0; i < 24; ++i)
            outcome.append(api("GET", u"/v1/platform/regions"_s, {}, {}).status == 500 ? u'x' : u'.');
        return outcome;
    };
    const QString first = pattern();
    QCOMPARE(pattern(), first);
    QVERIFY2(first.contains(u'x') && first.contains(u'.'), qPrintable(first));
    QCOMPARE(control("DELETE", u"faults"_s).status, 200);
    QCOMPARE(control("POST", u"faults"_s, QJsonObject{{u"action"_s, u"explode"_s}}).status, 400);
    QCOMPARE(control("GET", u"nothing"_s).status, 404);
}

void TestSimApi::latency()
{
    QCOMPARE(control("PUT", u"latency"_s, QJsonObject{{u"ms"_s, 400}}).status, 200);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(api("GET", u"/v1/apps/demo-app"_s).status, 200);
    const qint64 slow = clock.elapsed();
    QCOMPARE(control("PUT", u"latency"_s, QJsonObject{{u"ms"_s, 0}}).status, 200);
    // The delay is added before the answer: a lower bound, not a speed test.
    QVERIFY2(slow >= 400, qPrintable(QString::number(slow)));
}

void TestSimApi::rateLimits()
{
    TestSupport::SimProcess limited;
    QVERIFY2(limited.start({u"--token"_s, u"t"_s, u"--boot-delay"_s, u"0"_s}), qPrintable(limited.errorString()));
    const auto call = [&](const QByteArray &method, const QString &path, const QJsonObject &body = {}) {
        QUrl url = limited.baseUrl();
        url.setPath(path);
        return TestSupport::httpRequest(m_network, method, url, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(), {{"Authorization", "Bearer t"}});
    };
    const HttpResponse created = call("POST", u"/v1/apps/demo-app/machines"_s, QJsonObject{{u"config"_s, QJsonObject{{u"image"_s, u"alpine"_s}}}, {u"skip_launch"_s, true}});
    QCOMPARE(created.status, 200);
    const QString id = created.json.toObject().value(u"id"_s).toString();

    // Mutations: 1/s with bursts of 3, per Machine.
    QList<int> statuses;
    HttpResponse last;
    for (int i = 0; i < 4; ++i) {
        last = call("POST", u"/v1/apps/demo-app/machines/%1/stop"_s.arg(id));
        statuses.append(last.status);
    }
    QCOMPARE(statuses.mid(0, 3), (QList<int>{412, 412, 412}));
    QCOMPARE(statuses.at(3), 429);
    QCOMPARE(last.json.toObject().value(u"error"_s).toString(), u"rate limit exceeded"_s);
    QVERIFY(last.header("Retry-After").toInt() >= 1);

    // Reads: bursts of 10.
    int ok = 0;
    for (int i = 0; i < 12; ++i)
        ok += call("GET", u"/v1/apps/demo-app/machines/"_s + id).status == 200 ? 1 : 0;
    QCOMPARE(ok, 10);

    // The control endpoint turns them off.
    QUrl controlUrl = limited.baseUrl();
    controlUrl.setPath(u"/_sim/rate-limits"_s);
    QCOMPARE(TestSupport::httpRequest(m_network, "PUT", controlUrl, R"({"enabled":false})").status, 200);
    QCOMPARE(call("GET", u"/v1/apps/demo-app/machines/"_s + id).status, 200);
}

void TestSimApi::registryImages()
{
    QTemporaryDir work;
    TestSupport::LocalRegistry registry;
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    const QByteArray failure = TestSupport::pushScratchImage(work.path(), registry.hostAndPort(), u"demo-app:deployment-1"_s);
    QVERIFY2(failure.isEmpty(), failure.constData());

    TestSupport::SimProcess sim;
    QVERIFY2(sim.start({u"--token"_s, u"t"_s, u"--registry"_s, registry.hostAndPort(), u"--boot-delay"_s, u"0"_s}), qPrintable(sim.errorString()));
    QUrl url = sim.baseUrl();
    url.setPath(u"/v1/apps/demo-app/machines"_s);
    const auto create = [&](const QString &image) {
        return TestSupport::httpRequest(m_network, "POST", url, QJsonDocument(QJsonObject{{u"config"_s, QJsonObject{{u"image"_s, image}}}}).toJson(),
                                        {{"Authorization", "Bearer t"}});
    };
    HttpResponse r = create(registry.hostAndPort() + u"/demo-app:deployment-1"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject imageRef = r.json.toObject().value(u"image_ref"_s).toObject();
    QCOMPARE(imageRef.value(u"registry"_s).toString(), registry.hostAndPort());
    QCOMPARE(imageRef.value(u"repository"_s).toString(), u"demo-app"_s);
    QVERIFY(imageRef.value(u"digest"_s).toString().startsWith(u"sha256:"_s));

    r = create(registry.hostAndPort() + u"/demo-app:never-pushed"_s);
    QCOMPARE(r.status, 400);
    QVERIFY(r.json.toObject().value(u"error"_s).toString().contains(u"manifest unknown"_s));
}

void TestSimApi::concurrentWaits()
{
    TestSupport::SimProcess sim;
    QVERIFY2(sim.start({u"--token"_s, u"t"_s, u"--no-rate-limits"_s, u"--boot-delay"_s, u"50"_s}), qPrintable(sim.errorString()));
    const auto url = [&sim](const QString &path) { return sim.url(path); };
    constexpr int count = 100;
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        const HttpResponse r = TestSupport::httpRequest(m_network, "POST", url(u"/v1/apps/demo-app/machines"_s),
                                                        R"({"config":{"image":"alpine"},"skip_launch":true})", {{"Authorization", "Bearer t"}});
        QCOMPARE(r.status, 200);
        ids.append(r.json.toObject().value(u"id"_s).toString());
    }

    // 100 long-polls at once: several managers, since each opens at most 6 connections per host.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    managers.reserve(count / 5);
    for (int i = 0; i < count / 5; ++i)
        managers.push_back(std::make_unique<QNetworkAccessManager>());
    QElapsedTimer clock;
    clock.start();
    // What the answers report, shared with their handlers (which may outlive this function if it fails early).
    struct Polls
    {
        QList<qint64> answeredAt = QList<qint64>(count, -1);
        QList<int> statuses = QList<int>(count, 0);
        int pending = count;
    };
    const auto polls = std::make_shared<Polls>();
    QList<qint64> startedAt(count, -1);
    for (int i = 0; i < count; ++i) {
        QNetworkRequest request(url(u"/v1/apps/demo-app/machines/%1/wait?state=started&timeout=30"_s.arg(ids.at(i))));
        request.setRawHeader("Authorization", "Bearer t");
        request.setTransferTimeout(40000);
        QNetworkReply *reply = managers.at(i / 5)->get(request);
        connect(reply, &QNetworkReply::finished, this, [polls, clock, i, reply] {
            polls->answeredAt[i] = clock.elapsed();
            polls->statuses[i] = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            --polls->pending;
        });
    }
    QTest::qWait(300); // every poll is now parked in the simulator
    for (int i = 0; i < count; ++i)
        QCOMPARE(polls->answeredAt.at(i), -1);

    // Start them one by one; each poll must answer after its own start.
    for (int i = 0; i < count; ++i) {
        startedAt[i] = clock.elapsed();
        const HttpResponse r = TestSupport::httpRequest(m_network, "POST", url(u"/v1/apps/demo-app/machines/%1/start"_s.arg(ids.at(i))), {},
                                                        {{"Authorization", "Bearer t"}});
        QCOMPARE(r.status, 200);
    }
    QTRY_COMPARE_WITH_TIMEOUT(polls->pending, 0, 40000);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(polls->statuses.at(i), 200);
        QVERIFY2(polls->answeredAt.at(i) >= startedAt.at(i), qPrintable(u"wait %1 answered before its Machine was started"_s.arg(i)));
    }
}

void TestSimApi::stateSurvivesRestart()
{
    QTemporaryDir dir;
    const QString stateFile = dir.filePath(u"sim-state.json"_s);
    QString machineId;
    QString volumeId;
    {
        TestSupport::SimProcess sim;
        QVERIFY2(sim.start({u"--token"_s, u"t"_s, u"--state"_s, stateFile, u"--boot-delay"_s, u"0"_s}), qPrintable(sim.errorString()));
        const auto call = [&](const QByteArray &method, const QString &path, const QByteArray &body = {}) {
            QUrl url = sim.baseUrl();
            url.setPath(path);
            return TestSupport::httpRequest(m_network, method, url, body, {{"Authorization", "Bearer t"}});
        };
        QCOMPARE(call("POST", u"/v1/apps"_s, R"({"name":"kept-app","org_slug":"personal"})").status, 201);
        HttpResponse r = call("POST", u"/v1/apps/kept-app/volumes"_s, R"({"name":"keep","region":"ams","size_gb":2})");
        volumeId = r.json.toObject().value(u"id"_s).toString();
        r = call("POST", u"/v1/apps/kept-app/machines"_s, QJsonDocument(QJsonObject{{u"config"_s, QJsonObject{{u"image"_s, u"nginx"_s},
            {u"mounts"_s, QJsonArray{QJsonObject{{u"volume"_s, volumeId}, {u"path"_s, u"/keep"_s}}}}}}, {u"region"_s, u"ams"_s}}).toJson());
        QCOMPARE(r.status, 200);
        machineId = r.json.toObject().value(u"id"_s).toString();
        QCOMPARE(call("GET", u"/v1/apps/kept-app/machines/%1/wait"_s.arg(machineId)).status, 200);
        QTest::qWait(200); // the save is coalesced over 50 ms
    }
    QVERIFY(QFile::exists(stateFile));

    TestSupport::SimProcess again;
    QVERIFY2(again.start({u"--token"_s, u"t"_s, u"--state"_s, stateFile}), qPrintable(again.errorString()));
    const auto get = [&](const QString &path) {
        QUrl url = again.baseUrl();
        url.setPath(path);
        return TestSupport::httpRequest(m_network, "GET", url, {}, {{"Authorization", "Bearer t"}});
    };
    QCOMPARE(get(u"/v1/apps/kept-app"_s).status, 200);
    const HttpResponse machine = get(u"/v1/apps/kept-app/machines/"_s + machineId);
    QCOMPARE(machine.status, 200);
    QCOMPARE(machine.json.toObject().value(u"state"_s).toString(), u"started"_s);
    const HttpResponse volume = get(u"/v1/apps/kept-app/volumes/"_s + volumeId);
    QCOMPARE(volume.status, 200);
    QCOMPARE(volume.json.toObject().value(u"attached_machine_id"_s).toString(), machineId);
    QCOMPARE(get(u"/v1/apps/demo-app"_s).status, 200);
}

QTEST_GUILESS_MAIN(TestSimApi)
#include "tst_simapi.moc"
