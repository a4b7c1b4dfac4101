// Every rule a user can break before submitting, bound to its field, with a
// message that says how to fix it.

#include "app/spec/flytoml.h"
#include "app/spec/validation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

Q_DECLARE_METATYPE(Issue::Severity)

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void aValidSpecHasNoIssues();
    void appIsRequiredForLaunching();
    void buildFolderAndDockerfileMustExist();
    void localFileMustBeReadable();
    void bodySizeLimits();
    void flyToml();
};

namespace {

RunSpec valid()
{
    RunSpec spec;
    spec.app = u"demo-app"_s;
    spec.image = u"nginx:1.27"_s;
    return spec;
}

ServiceSpec service(int internal, QList<PortSpec> ports, const QString &protocol = u"tcp"_s)
{
    ServiceSpec s;
    s.protocol = protocol;
    s.internalPort = internal;
    s.ports = std::move(ports);
    return s;
}

PortSpec port(int number, QStringList handlers = {})
{
    PortSpec p;
    p.port = number;
    p.handlers = std::move(handlers);
    return p;
}

PortSpec range(int start, int end)
{
    PortSpec p;
    p.startPort = start;
    p.endPort = end;
    return p;
}

} // namespace

void TestValidation::rules_data()
{
    QTest::addColumn<RunSpec>("spec");
    QTest::addColumn<Issue::Severity>("severity");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message"); // a part of the message

    const auto E = Issue::Severity::Error;
    const auto W = Issue::Severity::Warning;
    RunSpec s;

    s = valid(); s.app = u"My_App"_s;
    QTest::newRow("app name characters") << s << E << u"app"_s << u"at most 63 lowercase letters, digits and dashes"_s;
    s = valid(); s.app = QString(64, u'a');
    QTest::newRow("app name length") << s << E << u"app"_s << u"not a valid app name"_s;
    s = valid(); s.org = u"Acme Corp"_s;
    QTest::newRow("organization not a slug") << s << E << u"org"_s << u"'Acme Corp' is not an organization slug"_s;
    s = valid(); s.image.clear();
    QTest::newRow("no image") << s << E << u"image"_s << u"choose an image to run"_s;
    s = valid(); s.image = u"Nginx:latest"_s;
    QTest::newRow("image uppercase") << s << E << u"image"_s << u"is not an image reference"_s;
    s = valid(); s.image = u"nginx:"_s;
    QTest::newRow("image empty tag") << s << E << u"image"_s << u"is not an image reference"_s;
    s = valid(); s.region = u"AMS"_s;
    QTest::newRow("region") << s << E << u"region"_s << u"use a code such as ams"_s;
    s = valid(); s.name = u"web server"_s;
    QTest::newRow("machine name") << s << E << u"name"_s << u"not a valid Machine name"_s;
    s = valid(); s.guest.cpuKind = u"gpu"_s;
    QTest::newRow("cpu kind") << s << E << u"guest.cpu_kind"_s << u"choose shared or performance"_s;
    s = valid(); s.guest.cpus = 3;
    QTest::newRow("cpu count") << s << E << u"guest.cpus"_s << u"valid numbers are 1, 2, 4, 6, 8"_s;
    s = valid(); s.guest.memoryMb = 300;
    QTest::newRow("memory step, nearest proposed") << s << E << u"guest.memory_mb"_s << u"256 MB steps (try 256 MB)"_s;
    s = valid(); s.guest.cpus = 2; s.guest.memoryMb = 256;
    QTest::newRow("memory too low") << s << E << u"guest.memory_mb"_s << u"use at least 512 MB (try 512 MB)"_s;
    s = valid(); s.guest.memoryMb = 4096;
    QTest::newRow("memory too high") << s << E << u"guest.memory_mb"_s << u"use at most 2048 MB (try 2048 MB)"_s;
    s = valid(); s.guest.cpuKind = u"performance"_s; s.guest.cpus = 1; s.guest.memoryMb = 3000;
    QTest::newRow("performance memory step") << s << E << u"guest.memory_mb"_s << u"1024 MB steps (try 3072 MB)"_s;
    s = valid(); s.guest.maxMemoryMb = 128;
    QTest::newRow("max memory below memory") << s << E << u"guest.max_memory_mb"_s << u"below the memory"_s;
    s = valid(); s.services = {service(80, {port(0)})};
    QTest::newRow("port zero") << s << E << u"services[0].ports[0]"_s << u"ports are 1 to 65535"_s;
    s = valid(); s.services = {service(80, {port(70000)})};
    QTest::newRow("port too big") << s << E << u"services[0].ports[0]"_s << u"port 70000 is out of range"_s;
    s = valid(); s.services = {service(0, {port(80)})};
    QTest::newRow("internal port") << s << E << u"services[0].internal_port"_s << u"internal port 0 is out of range"_s;
    s = valid(); s.services = {service(80, {range(8010, 8000)})};
    QTest::newRow("range backwards") << s << E << u"services[0].ports[0]"_s << u"ends before it starts"_s;
    s = valid(); s.services = {service(80, {range(8000, 70000)})};
    QTest::newRow("range end too big") << s << E << u"services[0].ports[0]"_s << u"end port 70000"_s;
    s = valid(); s.services = {service(80, {port(80)}, u"sctp"_s)};
    QTest::newRow("protocol") << s << E << u"services[0].protocol"_s << u"use tcp or udp"_s;
    s = valid(); s.services = {service(80, {port(80, {u"https"_s})})};
    QTest::newRow("unknown handler") << s << E << u"services[0].ports[0]"_s << u"handler 'https' is unknown"_s;
    s = valid(); s.services = {service(80, {})};
    QTest::newRow("service without ports") << s << E << u"services[0].ports"_s << u"has no public port"_s;
    s = valid(); s.services = {service(80, {port(80)})}; s.services[0].autostart = false; s.services[0].autostop = Autostop::Stop;
    QTest::newRow("stop without start") << s << W << u"services[0].autostart"_s << u"nothing starts this Machine again"_s;
    s = valid(); s.mounts = {MountSpec{u"vol_1"_s, u"data"_s, {}}};
    QTest::newRow("mount path relative") << s << E << u"mounts[0].path"_s << u"must be absolute"_s;
    s = valid(); s.mounts = {MountSpec{u""_s, u"/data"_s, {}}};
    QTest::newRow("mount without volume") << s << E << u"mounts[0].volume"_s << u"choose a volume"_s;
    s = valid(); s.mounts = {MountSpec{u"vol_1"_s, u"/a"_s, {}}, MountSpec{u"vol_1"_s, u"/b"_s, {}}};
    QTest::newRow("volume twice") << s << W << u"mounts[1].volume"_s << u"is mounted twice"_s;
    s = valid(); s.mounts = {MountSpec{u"vol_1"_s, u"/a"_s, {}}, MountSpec{u"vol_2"_s, u"/a"_s, {}}};
    QTest::newRow("two volumes, one path") << s << E << u"mounts[1].path"_s << u"two volumes are mounted at /a"_s;
    s = valid(); s.env.insert(u""_s, u"x"_s);
    QTest::newRow("env without name") << s << E << u"env"_s << u"has no name"_s;
    s = valid(); s.env.insert(u"MY-VAR"_s, u"x"_s);
    QTest::newRow("env name") << s << E << u"env.MY-VAR"_s << u"not a valid variable name"_s;
    s = valid(); s.env.insert(u"DATABASE_PASSWORD"_s, u"hunter2"_s);
    QTest::newRow("secret by name") << s << W << u"env.DATABASE_PASSWORD"_s << u"fly secrets set"_s;
    s = valid(); s.env.insert(u"UPSTREAM"_s, u"ghp_abcdefghijklmnop"_s);
    QTest::newRow("secret by value") << s << W << u"env.UPSTREAM"_s << u"looks like a secret"_s;
    s = valid(); s.env.insert(u"DATABASE_URL"_s, u"postgres://app:s3cret@db:5432/app"_s);
    QTest::newRow("password in a URL") << s << W << u"env.DATABASE_URL"_s << u"looks like a secret"_s;
    s = valid(); s.metadata.insert(u""_s, u"x"_s);
    QTest::newRow("metadata without name") << s << E << u"metadata"_s << u"has no name"_s;
    s = valid(); s.metadata.insert(u"team name"_s, u"x"_s);
    QTest::newRow("metadata name") << s << E << u"metadata.team name"_s << u"not a valid metadata name"_s;
    s = valid(); s.files = {FileSpec{u"etc/motd"_s, FileSpec::Source::Literal, u"hi"_s, {}}};
    QTest::newRow("file path relative") << s << E << u"files[0].guest_path"_s << u"must be absolute"_s;
    s = valid(); s.files = {FileSpec{u"/etc/key"_s, FileSpec::Source::Secret, QString(), {}}};
    QTest::newRow("secret file without secret") << s << E << u"files[0].secret_name"_s << u"choose the app secret"_s;
    s = valid(); s.files = {FileSpec{u"/a"_s, FileSpec::Source::Literal, u"1"_s, {}}, FileSpec{u"/a"_s, FileSpec::Source::Literal, u"2"_s, {}}};
    QTest::newRow("file twice") << s << W << u"files[1].guest_path"_s << u"written twice"_s;
    s = valid(); s.schedule = u"every minute"_s;
    QTest::newRow("schedule") << s << E << u"schedule"_s << u"choose hourly, daily, weekly or monthly"_s;
    s = valid(); s.schedule = u"daily"_s; s.restart = RestartSpec{u"always"_s, 0, {}};
    QTest::newRow("schedule with always") << s << W << u"restart.policy"_s << u"never waits for its schedule"_s;
    s = valid(); s.restart = RestartSpec{u"never"_s, 0, {}};
    QTest::newRow("restart policy") << s << E << u"restart.policy"_s << u"choose no, always or on-failure"_s;
    s = valid(); s.restart = RestartSpec{u"always"_s, 3, {}};
    QTest::newRow("retries without on-failure") << s << W << u"restart.max_retries"_s << u"only count with the on-failure policy"_s;
    s = valid(); s.rootfs = RootfsSpec{u"sometimes"_s, 0, {}};
    QTest::newRow("rootfs persist") << s << E << u"rootfs.persist"_s << u"never, always or restart"_s;
    s = valid(); s.swapSizeMb = -1;
    QTest::newRow("swap negative") << s << E << u"init.swap_size_mb"_s << u"greater than zero"_s;
    s = valid(); s.standbyFor = QStringList{u""_s};
    QTest::newRow("empty standby") << s << E << u"standbys"_s << u"standby target is empty"_s;
    s = valid(); s.manageWithDeploy = true; s.processGroup.clear();
    QTest::newRow("deploy without group") << s << E << u"metadata.fly_process_group"_s << u"process group"_s;
}

void TestValidation::rules()
{
    QFETCH(RunSpec, spec);
    QFETCH(Issue::Severity, severity);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const Issues issues = Validation::validate(spec);
    const bool found = std::any_of(issues.cbegin(), issues.cend(), [&](const Issue &issue) {
        return issue.severity == severity && issue.field == field && issue.message.contains(message);
    });
    if (!found) {
        QStringList lines;
        for (const Issue &issue : issues)
            lines.append(issue.toLine());
        QFAIL(qPrintable(u"expected %1 containing \"%2\"; got: %3"_s.arg(field, message, lines.join(u" / "_s))));
    }
}

void TestValidation::aValidSpecHasNoIssues()
{
    RunSpec spec = valid();
    spec.region = u"ams"_s;
    spec.name = u"web-1"_s;
    spec.guest = GuestSpec{u"performance"_s, 2, 8192, 16384, {}, {}, {}};
    spec.services = {service(8080, {port(443, {u"tls"_s, u"http"_s}), port(80, {u"http"_s})}), service(3478, {range(49152, 49200)}, u"udp"_s)};
    spec.mounts = {MountSpec{u"vol_1234567890abcdef"_s, u"/data"_s, {}}};
    spec.env = {{u"NODE_ENV"_s, u"production"_s}, {u"PORT"_s, u"8080"_s}};
    spec.metadata = {{u"team"_s, u"web"_s}};
    spec.files = {FileSpec{u"/etc/motd"_s, FileSpec::Source::Literal, u"hello"_s, {}}};
    spec.restart = RestartSpec{u"on-failure"_s, 5, {}};
    spec.schedule = u"daily"_s;
    const Issues issues = Validation::validate(spec, {true, true});
    QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).toLine()));
}

void TestValidation::appIsRequiredForLaunching()
{
    RunSpec spec = valid();
    spec.app.clear();
    QVERIFY(Validation::validate(spec).isEmpty());
    const Issues issues = Validation::validate(spec, {true, true});
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, u"app"_s);
}

void TestValidation::buildFolderAndDockerfileMustExist()
{
    QTemporaryDir dir;
    RunSpec spec = valid();
    spec.image.clear();
    spec.build = BuildSpec{dir.filePath(u"missing"_s), {}, {}, {}, {}, false};
    QCOMPARE(Validation::validate(spec).value(0).field, u"build.context"_s);

    spec.build->contextDir = dir.path();
    QCOMPARE(Validation::validate(spec).value(0).field, u"build.dockerfile"_s);

    QFile dockerfile(dir.filePath(u"Dockerfile"_s));
    QVERIFY(dockerfile.open(QIODevice::WriteOnly));
    dockerfile.write("FROM scratch\n");
    dockerfile.close();
    QVERIFY(Validation::validate(spec).isEmpty());

    spec.build->dockerfile = u"Dockerfile.prod"_s; // relative to the working folder
    spec.workingDir = dir.path();
    QCOMPARE(Validation::validate(spec).value(0).field, u"build.dockerfile"_s);
}

void TestValidation::localFileMustBeReadable()
{
    RunSpec spec = valid();
    spec.files = {FileSpec{u"/etc/app.conf"_s, FileSpec::Source::LocalFile, u"/nonexistent/app.conf"_s, {}}};
    const Issues issues = Validation::validate(spec);
    QCOMPARE(issues.value(0).field, u"files[0].local_path"_s);
    QVERIFY(issues.value(0).message.contains(u"could not read file /nonexistent/app.conf"_s));
}

void TestValidation::bodySizeLimits()
{
    RunSpec spec = valid();
    spec.files = {FileSpec{u"/big"_s, FileSpec::Source::Literal, QString(qsizetype(200) * 1024, u'x'), {}}};
    Issues issues = Validation::validate(spec);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Issue::Severity::Warning);
    QVERIFY(issues.first().message.contains(u"KiB"_s));

    spec.files.first().value = QString(qsizetype(800) * 1024, u'x'); // base64 makes it over 1 MiB
    issues = Validation::validate(spec);
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.first().isError());
    QVERIFY(issues.first().message.contains(u"over the API's 1 MiB limit"_s));
}

void TestValidation::flyToml()
{
    FlyToml::Contents contents = FlyToml::parse(u"app = 'my-app'\n[build]\ndockerfile = 'Dockerfile.web'\n[[services]]\ninternal_port = 8080\n"_s);
    QVERIFY(contents.error.isEmpty());
    QCOMPARE(contents.app, u"my-app"_s);
    QCOMPARE(contents.dockerfile, u"Dockerfile.web"_s);

    contents = FlyToml::parse(u"app = \n"_s);
    QVERIFY(contents.error.startsWith(u"line 1"_s));

    contents = FlyToml::read(u"/nonexistent/fly.toml"_s);
    QVERIFY(!contents.error.isEmpty());
    QVERIFY(contents.app.isEmpty());
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
