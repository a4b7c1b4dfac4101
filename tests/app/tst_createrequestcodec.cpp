// RunSpec <-> the create request body: imported configs keep what RunSpec
// does not model, and every spec survives JSON -> spec -> JSON.

#include "app/spec/createrequestcodec.h"
#include "specgenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

class TestCreateRequestCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void existingMachineConfigKeepsUnknownKeys();
    void bodyFieldsAndDefaults();
    void derivedDefaults_data();
    void derivedDefaults();
    void localFilesAreReadAndEncoded();
    void malformedConfigIsReported();
    void bodyIsDeterministic();
    void randomSpecsSurviveJson();

private:
    static QJsonObject json(const char *text) { return QJsonDocument::fromJson(QByteArray(text)).object(); }
};

void TestCreateRequestCodec::existingMachineConfigKeepsUnknownKeys()
{
    // A config as the API returns it for an existing Machine, with keys
    // RunSpec does not model at every level.
    const QJsonObject config = json(R"({
        "env": {"A": "1"},
        "init": {"cmd": ["serve"], "tty": true},
        "guest": {"cpu_kind": "shared", "cpus": 2, "memory_mb": 512, "persist_rootfs": "always"},
        "metadata": {"fly_platform_version": "v2", "fly_process_group": "web", "owner": "me"},
        "mounts": [{"path": "/data", "volume": "vol_1234567890abcdef", "size_gb_limit": 50}],
        "services": [{"protocol": "tcp", "internal_port": 8080, "autostart": true, "autostop": "suspend",
                      "min_machines_running": 1, "concurrency": {"type": "requests", "soft_limit": 20},
                      "ports": [{"port": 443, "handlers": ["tls", "http"], "tls_options": {"alpn": ["h2"]}}],
                      "force_instance_key": null}],
        "checks": {"alive": {"type": "http", "port": 8080, "path": "/health"}},
        "image": "registry.fly.io/demo-app:deployment-01J",
        "files": [{"guest_path": "/etc/conf", "raw_value": "aGVsbG8=", "mode": 384}],
        "restart": {"policy": "on-failure", "max_retries": 3},
        "dns": {"skip_registration": false, "nameservers": ["fdaa::3"]},
        "stop_config": {"timeout": "30s", "signal": "SIGTERM"},
        "rootfs": {"persist": "restart", "size_gb": 5},
        "cache_drive": {"size_mb": 1024},
        "statics": [{"guest_path": "/app/public", "url_prefix": "/static"}]
    })");
    const QJsonObject body{{u"config"_s, config}, {u"region"_s, u"ams"_s}, {u"lease_ttl"_s, 30}, {u"skip_secrets"_s, false}};

    const CreateRequestCodec::Decoded decoded = CreateRequestCodec::fromJson(body);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    const RunSpec &spec = decoded.spec;
    QCOMPARE(spec.guest.cpus, 2);
    QVERIFY(spec.manageWithDeploy);
    QCOMPARE(spec.processGroup, u"web"_s);
    QCOMPARE(spec.services.first().autostop, std::optional<Autostop>(Autostop::Suspend));
    QCOMPARE(spec.files.first().source, FileSpec::Source::Literal);
    QCOMPARE(spec.files.first().value, u"hello"_s);
    QCOMPARE(spec.restart->maxRetries, 3);
    QVERIFY(spec.configExtra.contains(u"checks"_s));
    QVERIFY(spec.configExtra.contains(u"stop_config"_s));
    QCOMPARE(spec.bodyExtra.value(u"lease_ttl"_s).toInt(), 30);

    // Sent back unchanged (dns.skip_registration false is the same as absent).
    QJsonObject expected = body;
    QJsonObject expectedConfig = config;
    expectedConfig.insert(u"dns"_s, QJsonObject{{u"nameservers"_s, QJsonArray{u"fdaa::3"_s}}});
    expected.insert(u"config"_s, expectedConfig);
    QCOMPARE(CreateRequestCodec::toJson(spec), expected);
}

void TestCreateRequestCodec::bodyFieldsAndDefaults()
{
    RunSpec spec;
    spec.image = u"nginx"_s;
    const QJsonObject body = CreateRequestCodec::toJson(spec);
    // What flyctl always sends: an init object, the default guest, dns, skip_secrets.
    QCOMPARE(body, json(R"({"config":{"init":{},"guest":{"cpu_kind":"shared","cpus":1,"memory_mb":256},"image":"nginx","dns":{}},"skip_secrets":false})"));

    spec.skipLaunch = true;
    QVERIFY(CreateRequestCodec::toJson(spec).value(u"skip_launch"_s).toBool());
}

void TestCreateRequestCodec::derivedDefaults_data()
{
    QTest::addColumn<RunSpec>("spec");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected"); // compact JSON of config[key], or "absent"

    RunSpec base;
    base.image = u"alpine"_s;

    RunSpec rm = base;
    rm.autoDestroy = true;
    QTest::newRow("--rm defaults restart to no") << rm << u"restart"_s << uR"({"policy":"no"})"_s;

    RunSpec scheduled = base;
    scheduled.schedule = u"daily"_s;
    QTest::newRow("a schedule defaults restart to on-failure") << scheduled << u"restart"_s << uR"({"policy":"on-failure"})"_s;

    QTest::newRow("otherwise the server's default") << base << u"restart"_s << u"absent"_s;

    RunSpec explicitNone = rm;
    explicitNone.restart = RestartSpec{};
    QTest::newRow("explicit none beats --rm") << explicitNone << u"restart"_s << u"absent"_s;

    RunSpec standby = base;
    standby.standbyFor = QStringList{u"m1"_s, u"m2"_s};
    QTest::newRow("standbys are listed") << standby << u"standbys"_s << uR"(["m1","m2"])"_s;
    QTest::newRow("and named in the env") << standby << u"env"_s << uR"({"FLY_STANDBY_FOR":"m1,m2"})"_s;

    RunSpec shell;
    shell.shell = true;
    QTest::newRow("shell runs ubuntu") << shell << u"image"_s << uR"("ubuntu")"_s;
    QTest::newRow("shell sleeps") << shell << u"init"_s << uR"({"exec":["/bin/sleep","inf"]})"_s;
    QTest::newRow("shell destroys itself") << shell << u"auto_destroy"_s << u"true"_s;

    RunSpec deploy = base;
    deploy.manageWithDeploy = true;
    QTest::newRow("fly deploy metadata") << deploy << u"metadata"_s << uR"({"fly_platform_version":"v2","fly_process_group":"app"})"_s;

    RunSpec build;
    build.app = u"demo-app"_s;
    build.build = BuildSpec{u"."_s, {}, {}, {}, u"v7"_s, false};
    QTest::newRow("a build's tag") << build << u"image"_s << uR"("registry.fly.io/demo-app:v7")"_s;

    RunSpec range = base;
    range.services = {ServiceSpec{u"udp"_s, 3478, {PortSpec{0, 49152, 49200, {}, {}}}, std::nullopt, std::nullopt, {}}};
    QTest::newRow("a range keeps its end") << range << u"services"_s
                                           << uR"([{"protocol":"udp","internal_port":3478,"ports":[{"start_port":49152,"end_port":49200}],"force_instance_key":null}])"_s;
}

void TestCreateRequestCodec::derivedDefaults()
{
    QFETCH(RunSpec, spec);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const QJsonObject config = CreateRequestCodec::toJson(spec).value(u"config"_s).toObject();
    if (expected == "absent"_L1) {
        QVERIFY2(!config.contains(key), qPrintable(key));
        return;
    }
    QVERIFY2(config.contains(key), qPrintable(key));
    const QJsonDocument wanted = QJsonDocument::fromJson((u"{\"v\":"_s + expected + u"}"_s).toUtf8());
    QCOMPARE(config.value(key), wanted.object().value(u"v"_s));
}

void TestCreateRequestCodec::localFilesAreReadAndEncoded()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"app.conf"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("listen 8080\n");
    file.close();

    RunSpec spec;
    spec.image = u"nginx"_s;
    spec.workingDir = dir.path();
    spec.files = {FileSpec{u"/etc/app.conf"_s, FileSpec::Source::LocalFile, u"app.conf"_s, {}}};
    const QJsonArray files = CreateRequestCodec::toJson(spec).value(u"config"_s).toObject().value(u"files"_s).toArray();
    QCOMPARE(files.first().toObject().value(u"raw_value"_s).toString(), QString::fromLatin1(QByteArray("listen 8080\n").toBase64()));
}

void TestCreateRequestCodec::malformedConfigIsReported()
{
    QCOMPARE(CreateRequestCodec::fromJson(json(R"({"config":{"env":{"A":1}}})")).error, u"env.A must be a string"_s);
    QCOMPARE(CreateRequestCodec::fromJson(json(R"({"init":{"cmd":"ls -la"}})")).error, u"init.cmd must be a list of strings"_s);
    QVERIFY(CreateRequestCodec::fromJson(json(R"({"services":[{"internal_port":80,"autostop":"maybe"}]})")).error.contains(u"autostop"_s));
    QCOMPARE(CreateRequestCodec::fromJson(json(R"({"config":[]})")).error, u"config must be an object"_s);
    // Flightdeck always sends skip_secrets false; a request saying otherwise is refused, not quietly changed.
    QVERIFY(CreateRequestCodec::fromJson(json(R"({"config":{"image":"nginx"},"skip_secrets":false})")).ok());
    QCOMPARE(CreateRequestCodec::fromJson(json(R"({"config":{"image":"nginx"},"skip_secrets":true})")).error,
             u"skip_secrets must be false: the Machine always gets the app's secrets"_s);
}

void TestCreateRequestCodec::bodyIsDeterministic()
{
    SpecGenerator generator(7);
    for (int i = 0; i < 50; ++i) {
        const RunSpec spec = generator.next(true);
        const QByteArray body = CreateRequestCodec::toRequestBody(spec);
        QCOMPARE(CreateRequestCodec::toRequestBody(spec), body);
        QVERIFY(body.startsWith("{\n    \""));
    }
}

void TestCreateRequestCodec::randomSpecsSurviveJson()
{
    CreateRequestCodec::EncodeOptions options;
    options.readLocalFile = [](const QString &path) { return std::optional<QByteArray>(path.toUtf8()); };
    SpecGenerator generator(424242);
    for (int i = 0; i < 3000; ++i) {
        const RunSpec spec = generator.next(true);
        const QJsonObject first = CreateRequestCodec::toJson(spec, options);
        const CreateRequestCodec::Decoded decoded = CreateRequestCodec::fromJson(first);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        const QJsonObject second = CreateRequestCodec::toJson(decoded.spec, options);
        if (first != second) {
            qWarning().noquote() << QJsonDocument(first).toJson(QJsonDocument::Compact) << '\n' << QJsonDocument(second).toJson(QJsonDocument::Compact);
            QFAIL("JSON -> spec -> JSON changed the request");
        }
    }
}

QTEST_GUILESS_MAIN(TestCreateRequestCodec)
#include "tst_createrequestcodec.moc"
