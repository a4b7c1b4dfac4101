// Run profiles: what a user saves comes back equal, holds no token or secret
// value, survives being written by a newer version, and reads its comments.

#include "app/profile/draftstore.h"
#include "app/profile/launchhistory.h"
#include "app/profile/requestdiff.h"
#include "app/profile/runprofile.h"
#include "app/specgenerator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

class TestRunProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveAndOpenGiveTheSameSpec();
    void twoRequestsCompareLineForLine();
    void randomSpecsRoundTrip();
    void pathsAreRelativeToTheProfile();
    void noTokenAndNoSecretValue();
    void newerVersionsAndUnknownFieldsKeepWhatTheyCan();
    void commentsAndBrokenFiles();
    void aFailedSaveLeavesTheOldFile();
    void theExampleProfileOpens();
    void draftsAndHistory();

private:
    static RunSpec sample(const QString &folder)
    {
        RunSpec spec;
        spec.app = u"demo-app"_s;
        spec.org = u"acme-corp"_s;
        spec.workingDir = folder;
        spec.image = u"nginx:1.27"_s;
        spec.region = u"ams"_s;
        spec.name = u"web-1"_s;
        spec.cmd = {u"nginx"_s, u"-g"_s, u"daemon off;"_s};
        spec.guest = GuestSpec{u"performance"_s, 2, 8192, 0, {}, QStringList{u"quiet"_s}, {}};
        spec.env = {{u"MODE"_s, u"production"_s}};
        spec.metadata = {{u"team"_s, u"web"_s}};
        spec.services = {ServiceSpec{u"tcp"_s, 8080, {PortSpec{443, 0, 0, {u"tls"_s, u"http"_s}, {}}}, true, Autostop::Suspend, {}}};
        spec.mounts = {MountSpec{u"vol_demo0000data0001"_s, u"/data"_s, {}}};
        FileSpec local;
        local.guestPath = u"/etc/app.conf"_s;
        local.source = FileSpec::Source::LocalFile;
        local.value = QDir(folder).filePath(u"app.conf"_s);
        FileSpec secret;
        secret.guestPath = u"/etc/db"_s;
        secret.source = FileSpec::Source::Secret;
        secret.value = u"DATABASE_URL"_s;
        FileSpec literal;
        literal.guestPath = u"/etc/motd"_s;
        literal.value = u"hello"_s;
        spec.files = {local, secret, literal};
        spec.restart = RestartSpec{u"on-failure"_s, 3, {}};
        spec.schedule = u"daily"_s;
        return spec;
    }
};

void TestRunProfile::saveAndOpenGiveTheSameSpec()
{
    QTemporaryDir dir;
    QFile conf(dir.filePath(u"app.conf"_s));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("listen 8080\n");
    conf.close();
    const RunSpec spec = sample(dir.path());
    const QString path = dir.filePath(u"web.flightdeck"_s);
    QString error;
    QVERIFY2(RunProfile::save(spec, path, &error), qPrintable(error));

    const RunProfile::ReadResult read = RunProfile::load(path);
    QVERIFY2(read.spec.has_value(), qPrintable(read.error));
    QVERIFY(read.dropped.isEmpty());
    QCOMPARE(*read.spec, spec);

    // A build instead of an image.
    RunSpec built = spec;
    built.image.clear();
    built.build = BuildSpec{dir.path(), u"Dockerfile.web"_s, {{u"VERSION"_s, u"2"_s}}, u"runtime"_s, u"v2"_s, true};
    QVERIFY(RunProfile::save(built, path, &error));
    const RunProfile::ReadResult readBuilt = RunProfile::load(path);
    QVERIFY(readBuilt.spec.has_value());
    QCOMPARE(readBuilt.spec->build->dockerfile, QDir(dir.path()).filePath(u"Dockerfile.web"_s)); // relative to the folder, now absolute
    RunSpec expected = built;
    expected.build->dockerfile = QDir(dir.path()).filePath(u"Dockerfile.web"_s);
    QCOMPARE(*readBuilt.spec, expected);
}

void TestRunProfile::randomSpecsRoundTrip()
{
    // Every spec the request can carry comes back from a profile unchanged.
    SpecGenerator generator(20261126);
    for (int i = 0; i < 500; ++i) {
        RunSpec spec = generator.next(true);
        spec.app = u"app-%1"_s.arg(i);
        const RunProfile::ReadResult read = RunProfile::parse(RunProfile::serialize(spec, QString()), QString());
        QVERIFY2(read.spec.has_value(), qPrintable(read.error));
        if (*read.spec != spec) {
            const RunSpec &back = *read.spec;
            QStringList differing;
            if (!(back.app == spec.app))
                differing.append(u"app"_s);
            if (!(back.org == spec.org))
                differing.append(u"org"_s);
            if (!(back.workingDir == spec.workingDir))
                differing.append(u"workingDir"_s);
            if (!(back.region == spec.region))
                differing.append(u"region"_s);
            if (!(back.name == spec.name))
                differing.append(u"name"_s);
            if (!(back.image == spec.image))
                differing.append(u"image"_s);
            if (!(back.build == spec.build))
                differing.append(u"build"_s);
            if (!(back.cmd == spec.cmd))
                differing.append(u"cmd"_s);
            if (!(back.entrypoint == spec.entrypoint))
                differing.append(u"entrypoint"_s);
            if (!(back.exec == spec.exec))
                differing.append(u"exec"_s);
            if (!(back.swapSizeMb == spec.swapSizeMb))
                differing.append(u"swapSizeMb"_s);
            if (!(back.initExtra == spec.initExtra))
                differing.append(u"initExtra"_s);
            if (!(back.shell == spec.shell))
                differing.append(u"shell"_s);
            if (!(back.shellUser == spec.shellUser))
                differing.append(u"shellUser"_s);
            if (!(back.shellCommand == spec.shellCommand))
                differing.append(u"shellCommand"_s);
            if (!(back.guest == spec.guest))
                differing.append(u"guest"_s);
            if (!(back.rootfs == spec.rootfs))
                differing.append(u"rootfs"_s);
            if (!(back.cacheDriveSizeMb == spec.cacheDriveSizeMb))
                differing.append(u"cacheDriveSizeMb"_s);
            if (!(back.cacheDriveExtra == spec.cacheDriveExtra))
                differing.append(u"cacheDriveExtra"_s);
            if (!(back.services == spec.services))
                differing.append(u"services"_s);
            if (!(back.mounts == spec.mounts))
                differing.append(u"mounts"_s);
            if (!(back.env == spec.env))
                differing.append(u"env"_s);
            if (!(back.metadata == spec.metadata))
                differing.append(u"metadata"_s);
            if (!(back.files == spec.files))
                differing.append(u"files"_s);
            if (!(back.restart == spec.restart))
                differing.append(u"restart"_s);
            if (!(back.autoDestroy == spec.autoDestroy))
                differing.append(u"autoDestroy"_s);
            if (!(back.schedule == spec.schedule))
                differing.append(u"schedule"_s);
            if (!(back.standbyFor == spec.standbyFor))
                differing.append(u"standbyFor"_s);
            if (!(back.skipDnsRegistration == spec.skipDnsRegistration))
                differing.append(u"skipDnsRegistration"_s);
            if (!(back.skipLaunch == spec.skipLaunch))
                differing.append(u"skipLaunch"_s);
            if (!(back.detach == spec.detach))
                differing.append(u"detach"_s);
            if (!(back.manageWithDeploy == spec.manageWithDeploy))
                differing.append(u"manageWithDeploy"_s);
            if (!(back.processGroup == spec.processGroup))
                differing.append(u"processGroup"_s);
            if (!(back.configExtra == spec.configExtra))
                differing.append(u"configExtra"_s);
            if (!(back.bodyExtra == spec.bodyExtra))
                differing.append(u"bodyExtra"_s);
            if (!(back.dnsExtra == spec.dnsExtra))
                differing.append(u"dnsExtra"_s);
            qWarning() << "differs:" << differing;
            QFAIL(qPrintable(u"spec %1 changed on the way through a profile"_s.arg(i)));
        }
    }
}

void TestRunProfile::pathsAreRelativeToTheProfile()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(u"project/config"_s);
    const RunSpec spec = sample(QDir(dir.path()).filePath(u"project"_s));
    QString error;
    QVERIFY(RunProfile::save(spec, dir.filePath(u"web.flightdeck"_s), &error));
    QFile file(dir.filePath(u"web.flightdeck"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(!text.contains(dir.path().toUtf8()), text.constData()); // no absolute path in the file
    QVERIFY(text.contains("\"folder\": \"project\""));
    QVERIFY(text.contains("\"local_path\": \"project/app.conf\""));

    // Moved with its project, the profile still finds the files.
    const QString moved = QDir(dir.path()).filePath(u"moved"_s);
    QVERIFY(QDir().rename(dir.path() + u"/project"_s, dir.path() + u"/moved-project"_s));
    QVERIFY(QDir().mkpath(moved));
    QVERIFY(QFile::copy(dir.filePath(u"web.flightdeck"_s), QDir(moved).filePath(u"web.flightdeck"_s)));
    const RunProfile::ReadResult read = RunProfile::load(QDir(moved).filePath(u"web.flightdeck"_s));
    QVERIFY(read.spec.has_value());
    QCOMPARE(read.spec->workingDir, QDir(moved).filePath(u"project"_s));
}

void TestRunProfile::noTokenAndNoSecretValue()
{
    QTemporaryDir dir;
    const QByteArray token = "fo1_profile-test-token-9f8e7d";
    const QByteArray secretValue = "postgres://demo:demo@db.internal:5432/demo";
    qputenv("FLY_API_TOKEN", token);
    RunSpec spec = sample(dir.path());
    QString error;
    QVERIFY(RunProfile::save(spec, dir.filePath(u"web.flightdeck"_s), &error));
    QFile file(dir.filePath(u"web.flightdeck"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains(token));
    QVERIFY(!text.contains(secretValue));
    QVERIFY(text.contains("\"secret_name\": \"DATABASE_URL\"")); // the secret by name only
    qunsetenv("FLY_API_TOKEN");
}

void TestRunProfile::newerVersionsAndUnknownFieldsKeepWhatTheyCan()
{
    const QByteArray newer = R"({
        "format": "flightdeck-profile",
        "version": 7,
        "app": "demo-app",
        "team_notes": "from the future",
        "build": {"context": ".", "cache_from": "registry/x"},
        "request": {"region": "fra", "config": {"image": "redis:7", "gpu_partition": "a100"}}
    })";
    const RunProfile::ReadResult read = RunProfile::parse(newer, u"/tmp"_s);
    QVERIFY(read.spec.has_value());
    QCOMPARE(read.spec->app, u"demo-app"_s);
    QCOMPARE(read.spec->region, u"fra"_s);
    QVERIFY(read.spec->build.has_value());
    const QString dropped = read.dropped.join(u'\n');
    QVERIFY2(dropped.contains(u"newer Flightdeck (profile version 7"_s), qPrintable(dropped));
    QVERIFY(dropped.contains(u"team_notes"_s));
    QVERIFY(dropped.contains(u"build.cache_from"_s));
    // Unknown keys inside the request travel on unchanged, so they are kept, not dropped.
    QCOMPARE(read.spec->configExtra.value(u"gpu_partition"_s).toString(), u"a100"_s);

    const RunProfile::ReadResult brokenRequest =
        RunProfile::parse(R"({"format": "flightdeck-profile", "version": 1, "app": "x", "request": {"config": {"env": ["A=1"]}}})", QString());
    QVERIFY(brokenRequest.spec.has_value());
    QCOMPARE(brokenRequest.spec->app, u"x"_s);
    QVERIFY(brokenRequest.dropped.join(u' ').contains(u"the request"_s));
}

void TestRunProfile::commentsAndBrokenFiles()
{
    const QByteArray commented = "// A web server\n{\n  \"format\": \"flightdeck-profile\", // the kind of file\n  \"version\": 1,\n"
                                 "  \"request\": {\"config\": {\"image\": \"nginx\", \"env\": {\"URL\": \"http://x//y\"}}}\n}\n";
    const RunProfile::ReadResult read = RunProfile::parse(commented, QString());
    QVERIFY2(read.spec.has_value(), qPrintable(read.error));
    QCOMPARE(read.spec->env.value(u"URL"_s), u"http://x//y"_s); // // inside a string is not a comment

    const RunProfile::ReadResult broken = RunProfile::parse("{\n \"format\": \"flightdeck-profile\",\n \"version\": \n}", QString());
    QVERIFY(!broken.spec.has_value());
    QVERIFY2(broken.error.startsWith(u"line 4"_s), qPrintable(broken.error));
    const RunProfile::ReadResult other = RunProfile::parse(R"({"app": "x"})", QString());
    QVERIFY(other.error.contains(u"not a Flightdeck profile"_s));

    // A raw NUL in a key (found by fuzzing): Qt reads it, but written and read again it names another key.
    const QByteArray withNul("{\n \"format\": \"flightdeck-profile\",\n \"version\": 1,\n \"request\": {\"config\": {\"services\0\": []}}\n}", 93);
    const RunProfile::ReadResult control = RunProfile::parse(withNul, QString());
    QVERIFY(!control.spec.has_value());
    QVERIFY2(control.error.startsWith(u"line 4: a control character (U+0000)"_s), qPrintable(control.error));
}

void TestRunProfile::aFailedSaveLeavesTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"web.flightdeck"_s);
    QString error;
    QVERIFY(RunProfile::save(sample(dir.path()), path, &error));
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray old = before.readAll();
    before.close();
    // The folder cannot take the temporary file: the save fails and the old file is untouched.
    QVERIFY(!RunProfile::save(sample(dir.path()), dir.filePath(u"missing/web.flightdeck"_s), &error));
    QVERIFY(!error.isEmpty());
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"web.flightdeck"_s}); // no temporary left behind
}

void TestRunProfile::theExampleProfileOpens()
{
    const RunProfile::ReadResult read = RunProfile::load(QStringLiteral(FLIGHTDECK_EXAMPLES_DIR "/web-server.flightdeck"));
    QVERIFY2(read.spec.has_value(), qPrintable(read.error));
    QVERIFY(read.dropped.isEmpty());
    QVERIFY(!read.spec->app.isEmpty());
    QVERIFY(!read.spec->services.isEmpty());
}

void TestRunProfile::draftsAndHistory()
{
    QTemporaryDir dir;
    DraftStore drafts(dir.filePath(u"data/draft.flightdeck"_s));
    QVERIFY(!drafts.exists());
    const RunSpec spec = sample(dir.path());
    QString error;
    QVERIFY2(drafts.save(spec, &error), qPrintable(error));
    QVERIFY(drafts.exists());
    QCOMPARE(*drafts.read().spec, spec);
    drafts.discard();
    QVERIFY(!drafts.exists());

    LaunchHistory history(dir.filePath(u"data/history.jsonl"_s));
    QVERIFY(history.entries().isEmpty());
    HistoryEntry first{QDateTime::currentDateTimeUtc(), u"demo-app"_s, u"started"_s, u"m1"_s, {}, QJsonObject{{u"region"_s, u"ams"_s}}};
    QVERIFY(history.append(first));
    // A damaged line (a crash mid-write) is skipped, not fatal.
    QFile file(history.path());
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"time\": \"2026-11-26T1");
    file.write("\n");
    file.close();
    HistoryEntry second = first;
    second.outcome = u"failed"_s;
    second.summary = u"exited with code 3"_s;
    QVERIFY(history.append(second));
    const QList<HistoryEntry> entries = history.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).machineId, u"m1"_s);
    QCOMPARE(entries.at(1).summary, u"exited with code 3"_s);
    QCOMPARE(entries.at(1).request.value(u"region"_s).toString(), u"ams"_s);
}

void TestRunProfile::twoRequestsCompareLineForLine()
{
    // The history's comparison: memory changed, a variable added, an old port gone.
    const QJsonObject older{{u"config"_s, QJsonObject{{u"guest"_s, QJsonObject{{u"memory_mb"_s, 256}}},
                                                      {u"env"_s, QJsonObject{{u"A"_s, u"1"_s}}},
                                                      {u"services"_s, QJsonArray{QJsonObject{{u"internal_port"_s, 80}}, QJsonObject{{u"internal_port"_s, 9000}}}}}}};
    const QJsonObject newer{{u"config"_s, QJsonObject{{u"guest"_s, QJsonObject{{u"memory_mb"_s, 512}}},
                                                      {u"env"_s, QJsonObject{{u"A"_s, u"1"_s}, {u"B"_s, u"2"_s}}},
                                                      {u"services"_s, QJsonArray{QJsonObject{{u"internal_port"_s, 80}}}}}}};
    QCOMPARE(changedPaths(older, newer), (QStringList{u"config.env.B"_s, u"config.guest.memory_mb"_s, u"config.services[1]"_s}));
    QVERIFY(changedPaths(older, older).isEmpty());
    const QList<DiffRow> rows = diffRequests(older, newer);
    const auto find = [&rows](DiffRow::Kind kind, const QString &text) {
        return std::any_of(rows.cbegin(), rows.cend(), [&](const DiffRow &row) { return row.kind == kind && (row.older.contains(text) || row.newer.contains(text)); });
    };
    QVERIFY(find(DiffRow::Kind::Changed, u"256"_s) && find(DiffRow::Kind::Changed, u"512"_s));
    QVERIFY(find(DiffRow::Kind::Added, u"\"B\": \"2\""_s));
    QVERIFY(find(DiffRow::Kind::Removed, u"9000"_s));
    QVERIFY(find(DiffRow::Kind::Same, u"\"A\": \"1\""_s));
    // Every line of each side is in the rows once, in order.
    QStringList left;
    for (const DiffRow &row : rows) {
        if (row.kind != DiffRow::Kind::Added)
            left.append(row.older);
    }
    QCOMPARE(left, QString::fromUtf8(QJsonDocument(older).toJson()).split(u'\n', Qt::SkipEmptyParts));
}

QTEST_GUILESS_MAIN(TestRunProfile)
#include "tst_runprofile.moc"
