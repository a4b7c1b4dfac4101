// fly machine run's flag syntax: every value form, flyctl's errors, and the
// writer's promise that its command line parses back to the same RunSpec.

#include "app/spec/createrequestcodec.h"
#include "app/spec/flyflags.h"
#include "app/spec/shellwords.h"
#include "specgenerator.h"

#include <QDir>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

class TestFlyFlags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueForms_data();
    void valueForms();
    void errors_data();
    void errors();
    void machineConfigIsTheBaseFlagsApplyOnTop();
    void machineConfigFromFile();
    void flyTomlSuppliesAppAndDockerfile();
    void environmentSuppliesAppAndOrg();
    void accessTokenIsNeverTaken();
    void goldenCommandsRoundTrip_data();
    void goldenCommandsRoundTrip();
    void writerExplainsMachineConfig();
    void randomSpecsRoundTrip();

private:
    static FlyFlags::ParseResult parse(const QString &commandLine)
    {
        FlyFlags::ParseContext context;
        context.readFile = [](const QString &) { return std::optional<QByteArray>(); };
        return FlyFlags::parseCommandLine(commandLine, context);
    }
    static QString describe(const RunSpec &spec)
    {
        return QString::fromUtf8(QJsonDocument(CreateRequestCodec::toJson(spec)).toJson(QJsonDocument::Compact));
    }
};

// Each row: a command line, and one expression of the resulting spec as text.
void TestFlyFlags::valueForms_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected");

    QTest::newRow("long flag, space") << u"nginx --app demo"_s << u"app"_s << u"demo"_s;
    QTest::newRow("long flag, equals") << u"nginx --app=demo"_s << u"app"_s << u"demo"_s;
    QTest::newRow("shorthand, space") << u"nginx -a demo"_s << u"app"_s << u"demo"_s;
    QTest::newRow("shorthand, attached") << u"nginx -ademo"_s << u"app"_s << u"demo"_s;
    QTest::newRow("shorthand, equals") << u"nginx -a=demo"_s << u"app"_s << u"demo"_s;
    QTest::newRow("flags before the image") << u"-a demo -r ams nginx"_s << u"image"_s << u"nginx"_s;
    QTest::newRow("last string wins") << u"nginx -r ams -r ord"_s << u"region"_s << u"ord"_s;
    QTest::newRow("bare bool") << u"nginx --rm"_s << u"autoDestroy"_s << u"true"_s;
    QTest::newRow("bool=false") << u"nginx --rm=false"_s << u"autoDestroy"_s << u"false"_s;
    QTest::newRow("bool=0") << u"nginx --rm=0"_s << u"autoDestroy"_s << u"false"_s;
    QTest::newRow("bool=T") << u"nginx --rm=T"_s << u"autoDestroy"_s << u"true"_s;
    QTest::newRow("bool takes no separate value") << u"nginx --rm false"_s << u"cmd"_s << u"false"_s;
    QTest::newRow("--cpus alias") << u"nginx --cpus 2"_s << u"guest.cpus"_s << u"2"_s;
    QTest::newRow("--memory alias") << u"nginx --memory 1gb"_s << u"guest.memoryMb"_s << u"1024"_s;
    QTest::newRow("--vm-cpukind alias") << u"nginx --vm-cpukind performance"_s << u"guest.cpuKind"_s << u"performance"_s;
    QTest::newRow("memory 2GiB") << u"nginx --vm-memory 2GiB"_s << u"guest.memoryMb"_s << u"2048"_s;
    QTest::newRow("memory plain MB") << u"nginx --vm-memory 768"_s << u"guest.memoryMb"_s << u"768"_s;
    QTest::newRow("memory not recomputed for cpus") << u"nginx --vm-cpus 2"_s << u"guest.memoryMb"_s << u"256"_s;
    QTest::newRow("size then cpus") << u"nginx --vm-size shared-cpu-4x --vm-cpus 2"_s << u"guest.memoryMb"_s << u"1024"_s;
    QTest::newRow("bare --autostop is stop") << u"nginx -p 80 --autostop"_s << u"autostop"_s << u"stop"_s;
    QTest::newRow("--autostop=suspend") << u"nginx -p 80 --autostop=suspend"_s << u"autostop"_s << u"suspend"_s;
    QTest::newRow("--autostop=true is stop") << u"nginx -p 80 --autostop=true"_s << u"autostop"_s << u"stop"_s;
    QTest::newRow("--autostop=off") << u"nginx -p 80 --autostop=off"_s << u"autostop"_s << u"off"_s;
    QTest::newRow("--autostop takes no separate value") << u"nginx -p 80 --autostop suspend"_s << u"cmd"_s << u"suspend"_s;
    QTest::newRow("--autostart=false") << u"nginx -p 80 --autostart=false"_s << u"autostart"_s << u"false"_s;
    QTest::newRow("port list splits on commas") << u"nginx -p 80,443:8080"_s << u"ports"_s << u"80/tcp>80 8080/tcp>443"_s;
    QTest::newRow("port range keeps its end") << u"nginx -p 8000-8010:80"_s << u"ports"_s << u"80/tcp>8000-8010"_s;
    QTest::newRow("internal port 0 becomes external") << u"nginx -p 8080:0"_s << u"ports"_s << u"8080/tcp>8080"_s;
    QTest::newRow("same port replaces handlers") << u"nginx -p 80/tcp:http -p 80/tcp:tls"_s << u"ports"_s << u"80/tcp>80[tls]"_s;
    QTest::newRow("udp") << u"nginx -p 53/udp"_s << u"ports"_s << u"53/udp>53"_s;
    QTest::newRow("env keeps commas") << u"nginx -e A=1,B=2"_s << u"env"_s << u"A=1,B=2"_s;
    QTest::newRow("env value with =") << u"nginx -e URL=a=b"_s << u"env"_s << u"URL=a=b"_s;
    QTest::newRow("env last duplicate wins") << u"nginx -e A=1 -e A=2"_s << u"env"_s << u"A=2"_s;
    QTest::newRow("empty env value") << u"nginx -e A="_s << u"env"_s << u"A="_s;
    QTest::newRow("volume list splits on commas") << u"nginx -v a:/a,b:/b"_s << u"mounts"_s << u"a:/a b:/b"_s;
    QTest::newRow("volume options ignored") << u"nginx -v vol_x:/data:ro"_s << u"mounts"_s << u"vol_x:/data"_s;
    QTest::newRow("same mount path replaces volume") << u"nginx -v a:/d -v b:/d"_s << u"mounts"_s << u"b:/d"_s;
    QTest::newRow("standby list") << u"nginx --standby-for m1,m2"_s << u"standbys"_s << u"m1,m2"_s;
    QTest::newRow("empty standby list is none") << u"nginx --standby-for ''"_s << u"standbys"_s << u"none"_s;
    QTest::newRow("kernel args are not split") << u"nginx --kernel-arg a,b --kernel-arg c"_s << u"kernelArgs"_s << u"a,b|c"_s;
    QTest::newRow("entrypoint is shlex split") << u"nginx --entrypoint \"tini -- 'my app'\""_s << u"entrypoint"_s << u"tini|--|my app"_s;
    QTest::newRow("entrypoint comment") << u"nginx --entrypoint 'run #comment'"_s << u"entrypoint"_s << u"run"_s;
    QTest::newRow("-- ends flags") << u"alpine -- ls -la --color"_s << u"cmd"_s << u"ls|-la|--color"_s;
    QTest::newRow("restart on-fail becomes on-failure") << u"nginx --restart on-fail"_s << u"restart"_s << u"on-failure"_s;
    QTest::newRow("restart= is explicit none") << u"nginx --restart="_s << u"restart"_s << u"(none)"_s;
    QTest::newRow("no restart flag") << u"nginx"_s << u"restart"_s << u"(default)"_s;
    QTest::newRow("rootfs size 512mb is 0 GB") << u"nginx --rootfs-size 512mb"_s << u"rootfs"_s << u"persist= size=0"_s;
    QTest::newRow("rootfs persist") << u"nginx --rootfs-persist restart"_s << u"rootfs"_s << u"persist=restart size=0"_s;
    QTest::newRow("cache drive 10gb") << u"nginx --cachedrive-size 10gb"_s << u"cacheDrive"_s << u"10240"_s;
    QTest::newRow("swap 1gb") << u"nginx --swap-size 1gb"_s << u"swap"_s << u"1024"_s;
    QTest::newRow("file literal cut at first =") << u"nginx --file-literal /etc/x=a=b"_s << u"files"_s << u"/etc/x literal a=b"_s;
    QTest::newRow("files ordered local, literal, secret")
        << u"nginx --file-secret /s=S --file-literal /l=L --file-local /f=F"_s << u"files"_s << u"/f local F|/l literal L|/s secret S"_s;
    QTest::newRow("a folder means a build") << u"./app -a demo"_s << u"build"_s << u"./app"_s;
    QTest::newRow("--dockerfile forces a build") << u"nginx --dockerfile Dockerfile.dev"_s << u"build"_s << u". Dockerfile.dev"_s;
    QTest::newRow("create means skip_launch") << u"fly machine create nginx"_s << u"skipLaunch"_s << u"true"_s;
    QTest::newRow("flyctl prefix") << u"flyctl m run nginx"_s << u"image"_s << u"nginx"_s;
    QTest::newRow("deploy metadata is lifted") << u"nginx -m fly_platform_version=v2 -m fly_process_group=web"_s << u"deploy"_s << u"web"_s;
    QTest::newRow("--shell") << u"--shell"_s << u"shell"_s << u"true root /bin/bash"_s;
    QTest::newRow("--shell user and command") << u"--shell --user app --command zsh"_s << u"shell"_s << u"true app zsh"_s;
}

void TestFlyFlags::valueForms()
{
    QFETCH(QString, commandLine);
    QFETCH(QString, what);
    QFETCH(QString, expected);

    const FlyFlags::ParseResult result = parse(commandLine);
    QVERIFY2(!hasErrors(result.issues), qPrintable(result.issues.value(0).toLine()));
    const RunSpec &s = result.spec;
    QString actual;
    if (what == "app"_L1)
        actual = s.app;
    else if (what == "image"_L1)
        actual = s.image;
    else if (what == "region"_L1)
        actual = s.region;
    else if (what == "cmd"_L1)
        actual = s.cmd.join(u'|');
    else if (what == "entrypoint"_L1)
        actual = s.entrypoint.join(u'|');
    else if (what == "autoDestroy"_L1)
        actual = s.autoDestroy ? u"true"_s : u"false"_s;
    else if (what == "guest.cpus"_L1)
        actual = QString::number(s.guest.cpus);
    else if (what == "guest.memoryMb"_L1)
        actual = QString::number(s.guest.memoryMb);
    else if (what == "guest.cpuKind"_L1)
        actual = s.guest.cpuKind;
    else if (what == "autostop"_L1)
        actual = !s.services.value(0).autostop ? u"unset"_s
            : *s.services.first().autostop == Autostop::Stop ? u"stop"_s
            : *s.services.first().autostop == Autostop::Suspend ? u"suspend"_s : u"off"_s;
    else if (what == "autostart"_L1)
        actual = s.services.value(0).autostart.has_value() ? (*s.services.first().autostart ? u"true"_s : u"false"_s) : u"unset"_s;
    else if (what == "ports"_L1) {
        QStringList services;
        for (const ServiceSpec &service : s.services) {
            QStringList ports;
            for (const PortSpec &port : service.ports) {
                QString text = port.isRange() ? u"%1-%2"_s.arg(port.startPort).arg(port.endPort) : QString::number(port.port);
                if (!port.handlers.isEmpty())
                    text += u'[' + port.handlers.join(u',') + u']';
                ports.append(text);
            }
            services.append(u"%1/%2>%3"_s.arg(service.internalPort).arg(service.protocol, ports.join(u',')));
        }
        actual = services.join(u' ');
    } else if (what == "env"_L1) {
        QStringList pairs;
        for (auto it = s.env.cbegin(); it != s.env.cend(); ++it)
            pairs.append(it.key() + u'=' + it.value());
        actual = pairs.join(u' ');
    } else if (what == "mounts"_L1) {
        QStringList mounts;
        for (const MountSpec &mount : s.mounts)
            mounts.append(mount.volume + u':' + mount.path);
        actual = mounts.join(u' ');
    } else if (what == "standbys"_L1)
        actual = s.standbyFor ? s.standbyFor->join(u',') : u"none"_s;
    else if (what == "kernelArgs"_L1)
        actual = s.guest.kernelArgs ? s.guest.kernelArgs->join(u'|') : u"none"_s;
    else if (what == "restart"_L1)
        actual = !s.restart ? u"(default)"_s : s.restart->policy.isEmpty() ? u"(none)"_s : s.restart->policy;
    else if (what == "rootfs"_L1)
        actual = s.rootfs ? u"persist=%1 size=%2"_s.arg(s.rootfs->persist).arg(s.rootfs->sizeGb) : u"none"_s;
    else if (what == "cacheDrive"_L1)
        actual = QString::number(s.cacheDriveSizeMb);
    else if (what == "swap"_L1)
        actual = QString::number(s.swapSizeMb);
    else if (what == "files"_L1) {
        QStringList files;
        for (const FileSpec &file : s.files) {
            const QString source = file.source == FileSpec::Source::LocalFile ? u"local"_s
                : file.source == FileSpec::Source::Literal                     ? u"literal"_s
                : file.source == FileSpec::Source::Secret                      ? u"secret"_s
                                                                               : u"raw"_s;
            files.append(u"%1 %2 %3"_s.arg(file.guestPath, source, file.value));
        }
        actual = files.join(u'|');
    } else if (what == "build"_L1)
        actual = s.build ? (s.build->contextDir + (s.build->dockerfile.isEmpty() ? QString() : u' ' + s.build->dockerfile)) : u"none"_s;
    else if (what == "skipLaunch"_L1)
        actual = s.skipLaunch ? u"true"_s : u"false"_s;
    else if (what == "deploy"_L1)
        actual = s.manageWithDeploy && s.metadata.isEmpty() ? s.processGroup : u"not lifted"_s;
    else if (what == "shell"_L1)
        actual = u"%1 %2 %3"_s.arg(s.shell ? u"true"_s : u"false"_s, s.shellUser, s.shellCommand);
    else
        QFAIL("unknown column");
    QCOMPARE(actual, expected);
}

void TestFlyFlags::errors_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown flag") << u"nginx --frobnicate"_s << u"command"_s << u"unknown flag: --frobnicate"_s;
    QTest::newRow("unknown shorthand") << u"nginx -z"_s << u"command"_s << u"unknown shorthand flag: 'z' in -z"_s;
    QTest::newRow("missing value") << u"nginx --region"_s << u"region"_s << u"flag needs an argument: --region"_s;
    QTest::newRow("bad bool") << u"nginx --rm=maybe"_s << u"rm"_s << u"strconv.ParseBool: parsing \"maybe\": invalid syntax"_s;
    QTest::newRow("bad int") << u"nginx --vm-cpus two"_s << u"vm-cpus"_s << u"strconv.ParseInt: parsing \"two\""_s;
    QTest::newRow("cpus zero") << u"nginx --vm-cpus 0"_s << u"guest.cpus"_s << u"--vm-cpus must be greater than zero, got: 0"_s;
    QTest::newRow("memory garbage") << u"nginx --vm-memory lots"_s << u"guest.memory_mb"_s << u"invalid size: invalid size: 'lots'"_s;
    QTest::newRow("memory zero") << u"nginx --vm-memory 100kb"_s << u"guest.memory_mb"_s << u"--vm-memory cannot be zero"_s;
    QTest::newRow("cpu kind") << u"nginx --vm-cpu-kind turbo"_s << u"guest.cpu_kind"_s << u"--vm-cpu-kind must be set to 'shared' or 'performance'"_s;
    QTest::newRow("size in family") << u"nginx --vm-size shared-cpu-3x"_s << u"guest.size"_s << u"'shared-cpu-3x' is an invalid machine size, choose one of: [shared-cpu-1x"_s;
    QTest::newRow("size family") << u"nginx --vm-size huge"_s << u"guest.size"_s << u"expected to start with 'shared' or 'performance'"_s;
    QTest::newRow("gpu flags") << u"nginx --vm-gpus 1"_s << u"guest.gpus"_s << u"GPU machines are no longer supported"_s;
    QTest::newRow("rootfs persist") << u"nginx --rootfs-persist sometimes"_s << u"rootfs.persist"_s << u"must be one of: never, always, restart"_s;
    QTest::newRow("rootfs negative") << u"nginx --rootfs-size -1"_s << u"rootfs.size_gb"_s << u"--rootfs-size must not be negative"_s;
    QTest::newRow("swap zero") << u"nginx --swap-size 0"_s << u"init.swap_size_mb"_s << u"--swap-size must be greater than zero"_s;
    QTest::newRow("cache negative") << u"nginx --cachedrive-size -5"_s << u"cache_drive.size_mb"_s << u"--cachedrive-size must not be negative"_s;
    QTest::newRow("env without =") << u"nginx -e FOO"_s << u"env"_s << u"invalid key/value pairs specified for flag env"_s;
    QTest::newRow("metadata without =") << u"nginx -m team"_s << u"metadata"_s << u"invalid key/value pairs specified for flag metadata"_s;
    QTest::newRow("build arg without =") << u"./app --build-arg X"_s << u"build.args"_s << u"invalid build-arg: 'X': must be in the format NAME=VALUE"_s;
    QTest::newRow("port three parts") << u"nginx -p 1:2:3"_s << u"services"_s << u"port definition must be at most 2 elements (external:internal)"_s;
    QTest::newRow("port two slashes") << u"nginx -p 80/tcp/x"_s << u"services"_s << u"port must be at most two elements (ports/protocol:handler)"_s;
    QTest::newRow("bare range") << u"nginx -p 8000-8010"_s << u"services"_s << u"invalid port: strconv.Atoi: parsing \"8000-8010\""_s;
    QTest::newRow("bad internal") << u"nginx -p 80:x"_s << u"services"_s << u"invalid machine (internal) port"_s;
    QTest::newRow("bad external") << u"nginx -p x:80"_s << u"services"_s << u"invalid external port"_s;
    QTest::newRow("range end is checked") << u"nginx -p 10-abc:80"_s << u"services"_s << u"invalid end port for port range"_s;
    QTest::newRow("range three parts") << u"nginx -p 1-2-3:80"_s << u"services"_s << u"external port must be at most 2 elements"_s;
    QTest::newRow("entrypoint quote") << u"nginx --entrypoint \"sh -c 'x\""_s << u"init.entrypoint"_s << u"invalid entrypoint: EOF found when expecting closing quote"_s;
    QTest::newRow("restart never") << u"nginx --restart never"_s << u"restart.policy"_s << u"invalid restart provided"_s;
    QTest::newRow("autostop on") << u"nginx -p 80 --autostop=on"_s << u"services.autostop"_s << u"invalid autostop value \"on\""_s;
    QTest::newRow("volume without path") << u"nginx -v data"_s << u"mounts"_s << u"Can't infer volume and mount path from 'data'"_s;
    QTest::newRow("file without =") << u"nginx --file-literal /etc/x"_s << u"files"_s << u"invalid --file-literal argument /etc/x"_s;
    QTest::newRow("file relative") << u"nginx --file-secret etc/x=S"_s << u"files"_s << u"guest path, etc/x, must be absolute"_s;
    QTest::newRow("machine config source") << u"nginx --machine-config cfg.yaml"_s << u"machine_config"_s << u"invalid machine config source: \"cfg.yaml\""_s;
    QTest::newRow("machine config json") << u"nginx --machine-config '{oops'"_s << u"machine_config"_s << u"invalid machine config \"{oops\""_s;
    QTest::newRow("machine config file missing") << u"nginx --machine-config nowhere.json"_s << u"machine_config"_s << u"could not read machine config file nowhere.json"_s;
    QTest::newRow("wait timeout zero") << u"nginx --wait-timeout 0"_s << u"wait_timeout"_s << u"--wait-timeout takes seconds from 1 to 3600, got '0'"_s;
    QTest::newRow("wait timeout word") << u"nginx --wait-timeout long"_s << u"wait-timeout"_s << u"strconv.ParseInt: parsing \"long\""_s;
    QTest::newRow("id is for update") << u"nginx --id 123"_s << u"command"_s << u"use 'flyctl machine update'"_s;
    QTest::newRow("unterminated quote") << u"nginx -e 'A=1"_s << u"command"_s << u"EOF found when expecting closing quote"_s;
}

void TestFlyFlags::errors()
{
    QFETCH(QString, commandLine);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const FlyFlags::ParseResult result = parse(commandLine);
    const auto found = std::find_if(result.issues.cbegin(), result.issues.cend(), [&](const Issue &issue) {
        return issue.isError() && issue.field == field && issue.message.contains(message);
    });
    if (found == result.issues.cend()) {
        QStringList lines;
        for (const Issue &issue : result.issues)
            lines.append(issue.toLine());
        QFAIL(qPrintable(u"expected an error on %1 containing \"%2\", got: %3"_s.arg(field, message, lines.join(u" / "_s))));
    }
}

void TestFlyFlags::machineConfigIsTheBaseFlagsApplyOnTop()
{
    const FlyFlags::ParseResult result = parse(
        uR"(nginx --machine-config '{"env":{"A":"1","B":"1"},"guest":{"cpu_kind":"performance","cpus":2,"memory_mb":4096},"files":[{"guest_path":"/f","raw_value":"eA=="}],"services":[{"protocol":"tcp","internal_port":80,"ports":[{"port":80,"handlers":["http"]}]}],"metrics":{"port":9091}}' -e B=2 --vm-memory 8gb --file-literal /f= -p 80/tcp:tls)"_s);
    QVERIFY(!hasErrors(result.issues));
    const RunSpec &spec = result.spec;
    QCOMPARE(spec.env.value(u"A"_s), u"1"_s);
    QCOMPARE(spec.env.value(u"B"_s), u"2"_s); // the flag wins
    QCOMPARE(spec.guest.cpuKind, u"performance"_s);
    QCOMPARE(spec.guest.memoryMb, 8192);
    QVERIFY(spec.files.isEmpty()); // an empty value removes the file
    QCOMPARE(spec.services.size(), 1);
    QCOMPARE(spec.services.first().ports.first().handlers, QStringList{u"tls"_s});
    QCOMPARE(spec.configExtra.value(u"metrics"_s).toObject().value(u"port"_s).toInt(), 9091); // kept, unmodeled
}

void TestFlyFlags::machineConfigFromFile()
{
    FlyFlags::ParseContext context;
    context.readFile = [](const QString &path) -> std::optional<QByteArray> {
        if (path == "base.json"_L1)
            return QByteArray(R"({"image":"from-file:1","auto_destroy":true})");
        return std::nullopt;
    };
    const FlyFlags::ParseResult result = FlyFlags::parse({u"--machine-config"_s, u"base.json"_s}, context);
    QVERIFY(result.issues.isEmpty());
    QCOMPARE(result.spec.image, u"from-file:1"_s);
    QVERIFY(result.spec.autoDestroy);
}

void TestFlyFlags::flyTomlSuppliesAppAndDockerfile()
{
    QTemporaryDir dir;
    QFile toml(dir.filePath(u"fly.toml"_s));
    QVERIFY(toml.open(QIODevice::WriteOnly));
    toml.write("app = \"toml-app\"\nprimary_region = \"ams\"\n\n[build]\n  dockerfile = \"Dockerfile.fly\"\n");
    toml.close();

    FlyFlags::ParseContext context;
    context.currentDir = dir.path();
    FlyFlags::ParseResult result = FlyFlags::parse({u"."_s}, context);
    QVERIFY(result.issues.isEmpty());
    QCOMPARE(result.spec.app, u"toml-app"_s);
    QCOMPARE(result.spec.workingDir, dir.path());
    QVERIFY(result.spec.build);
    QCOMPARE(result.spec.build->dockerfile, u"Dockerfile.fly"_s);

    // Flags beat fly.toml.
    result = FlyFlags::parse({u"."_s, u"-a"_s, u"flag-app"_s, u"--dockerfile"_s, u"Other"_s}, context);
    QCOMPARE(result.spec.app, u"flag-app"_s);
    QCOMPARE(result.spec.build->dockerfile, u"Other"_s);

    // --config names the file from anywhere.
    result = FlyFlags::parse({u"nginx"_s, u"-c"_s, dir.filePath(u"fly.toml"_s)});
    QCOMPARE(result.spec.app, u"toml-app"_s);
}

void TestFlyFlags::environmentSuppliesAppAndOrg()
{
    FlyFlags::ParseContext context;
    context.environment = {{u"FLY_APP"_s, u"env-app"_s}, {u"FLY_ORGANIZATION"_s, u"env-org"_s}};
    FlyFlags::ParseResult result = FlyFlags::parse({u"nginx"_s}, context);
    QCOMPARE(result.spec.app, u"env-app"_s);
    QCOMPARE(result.spec.org, u"env-org"_s);
    result = FlyFlags::parse({u"nginx"_s, u"-a"_s, u"x"_s, u"--org"_s, u"y"_s}, context);
    QCOMPARE(result.spec.app, u"x"_s);
    QCOMPARE(result.spec.org, u"y"_s);
}

void TestFlyFlags::accessTokenIsNeverTaken()
{
    const QString token = u"fm2_lJPECAAAAAAAAAAA-secret"_s;
    const FlyFlags::ParseResult result = parse(u"nginx -t "_s + token);
    QVERIFY(result.ignored.contains(u"--access-token"_s));
    QVERIFY(!describe(result.spec).contains(token));
    QVERIFY(!FlyFlags::write(result.spec).commandLine.contains(token));
    for (const Issue &issue : result.issues)
        QVERIFY(!issue.message.contains(token));
}

void TestFlyFlags::goldenCommandsRoundTrip_data()
{
    QTest::addColumn<QString>("commandLine");
    const QDir golden(QStringLiteral(FLIGHTDECK_GOLDEN_DIR));
    const QStringList files = golden.entryList({u"*.args"_s}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(golden.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTest::newRow(qPrintable(name)) << QString::fromUtf8(file.readAll()).trimmed();
    }
}

void TestFlyFlags::goldenCommandsRoundTrip()
{
    QFETCH(QString, commandLine);
    const FlyFlags::ParseResult first = parse(commandLine);
    QVERIFY(!hasErrors(first.issues));
    const FlyFlags::WriteResult written = FlyFlags::write(first.spec);
    const FlyFlags::ParseResult second = parse(written.commandLine);
    QVERIFY2(!hasErrors(second.issues), qPrintable(written.commandLine));
    QVERIFY2(second.spec == first.spec, qPrintable(written.commandLine + u"\n"_s + describe(first.spec) + u"\n"_s + describe(second.spec)));
    QCOMPARE(FlyFlags::write(second.spec).commandLine, written.commandLine); // normalized: a fixed point
}

void TestFlyFlags::writerExplainsMachineConfig()
{
    RunSpec spec;
    spec.image = u"nginx"_s;
    spec.restart = RestartSpec{u"on-failure"_s, 3, {}};
    spec.configExtra.insert(u"metrics"_s, QJsonObject{{u"port"_s, 9091}});
    const FlyFlags::WriteResult written = FlyFlags::write(spec);
    QVERIFY(written.commandLine.contains(u"--machine-config"_s));
    QVERIFY(written.notes.join(u' ').contains(u"restart travels in --machine-config"_s));
    QVERIFY(written.notes.join(u' ').contains(u"metrics travels in --machine-config"_s));
    QCOMPARE(parse(written.commandLine).spec, spec);

    RunSpec plain;
    plain.image = u"nginx"_s;
    QVERIFY(FlyFlags::write(plain).notes.isEmpty());
    QCOMPARE(FlyFlags::write(plain).commandLine, u"fly machine run nginx"_s);
}

void TestFlyFlags::randomSpecsRoundTrip()
{
    SpecGenerator generator(20261126);
    int viaMachineConfig = 0;
    for (int i = 0; i < 3000; ++i) {
        const RunSpec spec = generator.next(false);
        const FlyFlags::WriteResult written = FlyFlags::write(spec);
        viaMachineConfig += written.commandLine.contains(u"--machine-config"_s) ? 1 : 0;

        // Through a shell: quoting must survive.
        const std::optional<QStringList> words = ShellWords::split(written.commandLine);
        QVERIFY2(words && *words == written.arguments, qPrintable(written.commandLine));

        const FlyFlags::ParseResult parsed = parse(written.commandLine);
        if (hasErrors(parsed.issues) || !(parsed.spec == spec)) {
            qWarning().noquote() << "case" << i << '\n' << written.commandLine << '\n' << parsed.issues.value(0).toLine() << '\n'
                                 << describe(spec) << '\n' << describe(parsed.spec);
            QFAIL("a written command line did not parse back to the same RunSpec");
        }
    }
    // Both paths were exercised.
    QVERIFY(viaMachineConfig > 100);
    QVERIFY(viaMachineConfig < 2900);
}

QTEST_GUILESS_MAIN(TestFlyFlags)
#include "tst_flyflags.moc"
