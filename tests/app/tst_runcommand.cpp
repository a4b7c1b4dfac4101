// `flightdeck run …` as a user types it: the real executable, its output and
// its exit codes. No network and no window are needed for these.

#include "app/spec/flyflags.h"
#include "app/version.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRunCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printConfig();
    void printCommand();
    void invalidInputListsEveryIssueAndExits2();
    void invalidInputNeverOpensAWindow();
    void warningsAloneDoNotFail();
    void tokenNeverPrinted();
    void version();
    void speaksTheUsersLanguage();
    void helpListsEveryFlag();
    void helpIsNotTakenFromTheCommand();
    void tokenHelp();
    void bashCompletesTheFlags();
    void zshAndFishScriptsNameEveryFlag();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Result run(const QStringList &arguments, const QList<std::pair<QString, QString>> &extraEnvironment = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const auto &[name, value] : extraEnvironment)
            environment.insert(name, value);
        // Nowhere to connect to: nothing here may need the network.
        environment.insert(u"FLY_FLAPS_BASE_URL"_s, u"http://127.0.0.1:9"_s);
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        environment.remove(u"QT_QPA_PLATFORM"_s);
        environment.remove(u"FLY_APP"_s);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(FLIGHTDECK_EXECUTABLE), arguments);
        Result result;
        if (!process.waitForFinished(60000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
};

void TestRunCommand::printConfig()
{
    const Result result = run({u"run"_s, u"nginx:1.27"_s, u"-a"_s, u"demo-app"_s, u"-r"_s, u"ams"_s, u"-p"_s, u"443:80/tcp:http:tls"_s, u"--print-config"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QJsonObject body = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(body.value(u"region"_s).toString(), u"ams"_s);
    const QJsonObject config = body.value(u"config"_s).toObject();
    QCOMPARE(config.value(u"image"_s).toString(), u"nginx:1.27"_s);
    QCOMPARE(config.value(u"services"_s).toArray().first().toObject().value(u"internal_port"_s).toInt(), 80);
}

void TestRunCommand::printCommand()
{
    const Result result = run({u"run"_s, u"nginx"_s, u"--memory=1gb"_s, u"-e"_s, u"GREETING=hello world"_s, u"-p"_s, u"80/tcp:http"_s, u"--print-command"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("fly machine run nginx --vm-memory 1024 --env 'GREETING=hello world' --port 80/tcp:http\n"));
}

void TestRunCommand::invalidInputListsEveryIssueAndExits2()
{
    const Result result = run({u"run"_s, u"nginx"_s, u"-p"_s, u"99999:80/tcp:bogus"_s, u"--schedule"_s, u"sometimes"_s, u"--vm-cpus"_s, u"3"_s, u"--print-config"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    const QList<QByteArray> lines = result.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.contains("error: guest.cpus: For the CPU kind shared, 3 CPUs is not valid: valid numbers are 1, 2, 4, 6, 8"));
    QVERIFY(lines.contains("error: services[0].ports[0]: port 99999 is out of range: ports are 1 to 65535"));
    QVERIFY(lines.contains("error: services[0].ports[0]: handler 'bogus' is unknown: use http, tls, pg_tls, edge_http, proxy_proto"));
    QVERIFY(lines.contains("error: schedule: 'sometimes' is not a schedule: choose hourly, daily, weekly or monthly"));
}

void TestRunCommand::invalidInputNeverOpensAWindow()
{
    // Without --print-*, a valid command would open the wizard (and, with no
    // display here, say so and exit 1). Invalid input stops before that.
    const Result result = run({u"run"_s, u"nginx"_s, u"--restart"_s, u"never"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.startsWith("error: restart.policy: invalid restart provided"));
    QVERIFY(!result.err.contains("display"));

    const Result valid = run({u"run"_s, u"nginx"_s});
    QCOMPARE(valid.exitCode, 1);
    QVERIFY(valid.err.contains("no display"));
}

void TestRunCommand::warningsAloneDoNotFail()
{
    const Result result = run({u"run"_s, u"nginx"_s, u"-e"_s, u"API_TOKEN=abc123"_s, u"--use-zstd"_s, u"--print-config"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.contains("warning: env.API_TOKEN: API_TOKEN looks like a secret"));
    QVERIFY(result.err.contains("note: --use-zstd is accepted for compatibility"));
    QVERIFY(QJsonDocument::fromJson(result.out).isObject());
}

void TestRunCommand::tokenNeverPrinted()
{
    const QByteArray token = "fm2_lJPECAAAAAAAAAAA-do-not-print";
    const Result result = run({u"run"_s, u"nginx"_s, u"--access-token"_s, QString::fromLatin1(token), u"--print-config"_s, u"--print-command"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!result.out.contains(token));
    QVERIFY(!result.err.contains(token));
    QVERIFY(result.err.contains("warning: token: --access-token is ignored"));
}

void TestRunCommand::version()
{
    // The project's version, and the libraries' it runs with (a bug report's first line).
    for (const QString &option : {u"--version"_s, u"-v"_s}) {
        const Result result = run({option});
        QCOMPARE(result.exitCode, 0);
        const QString out = QString::fromUtf8(result.out).trimmed();
        static const QRegularExpression line(uR"(^Flightdeck (\d+\.\d+\.\d+), Qt 6\.\d+\.\d+, KSyntaxHighlighting 6\.\d+\.\d+, QtKeychain \d+\.\d+\.\d+( \(built with Qt [0-9.]+\))?$)"_s);
        const QRegularExpressionMatch match = line.match(out);
        QVERIFY2(match.hasMatch(), qPrintable(out));
        QCOMPARE(match.captured(1), QStringLiteral(FLIGHTDECK_VERSION));
    }
}

void TestRunCommand::speaksTheUsersLanguage()
{
    // A German desktop gets German messages on the command line too, from the
    // same catalogue as the window; field ids and flag names stay as they are.
    QTemporaryDir config; // no language chosen in Settings: the system's
    const Result result = run({u"run"_s, u"nginx:1.27"_s, u"-a"_s, u"demo-app"_s, u"--vm-memory"_s, u"128"_s, u"--print-config"_s},
                              {{u"LC_ALL"_s, u"de_DE.UTF-8"_s}, {u"LANG"_s, u"de_DE.UTF-8"_s}, {u"LANGUAGE"_s, u"de"_s},
                               {u"XDG_CONFIG_HOME"_s, config.path()}});
    QCOMPARE(result.exitCode, 2);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(u"Fehler: guest.memory_mb: 128 MB Arbeitsspeicher sind zu wenig"_s), qPrintable(err));
    QVERIFY2(!err.contains(u"error:"_s), qPrintable(err));
}

void TestRunCommand::helpListsEveryFlag()
{
    const Result result = run({u"run"_s, u"--help"_s});
    QCOMPARE(result.exitCode, 0);
    const QString help = QString::fromUtf8(result.out);
    QVERIFY2(help.startsWith(u"Usage:\n  flightdeck run IMAGE|PATH"_s), qPrintable(help));
    // Every flag of the parser's table, with its shorthand and type, under its section.
    const QList<Flightdeck::FlyFlags::FlagHelp> flags = Flightdeck::FlyFlags::flagHelp();
    QVERIFY(flags.size() > 40);
    for (const Flightdeck::FlyFlags::FlagHelp &flag : flags) {
        const QString column = (flag.shorthand.isNull() ? QString() : u"-%1, "_s.arg(flag.shorthand)) + u"--"_s + flag.name
                               + (flag.type.isEmpty() ? QString() : u" "_s + flag.type);
        QVERIFY2(help.contains(column), qPrintable(column));
        QVERIFY2(help.contains(u"\n"_s + flag.group + u":\n"_s), qPrintable(flag.group));
        // and the parser takes what the help offers
        const Flightdeck::FlyFlags::ParseResult parsed =
            Flightdeck::FlyFlags::parse({u"nginx"_s, u"--"_s + flag.name + (flag.type.isEmpty() ? QString() : u"=x"_s)});
        for (const Flightdeck::Issue &issue : parsed.issues)
            QVERIFY2(!issue.message.startsWith(u"unknown flag"_s), qPrintable(issue.message));
    }
    QVERIFY(help.contains(u"-p, --port strings"_s));
    QVERIFY(help.contains(u"(default 300)"_s)); // --wait-timeout
    QVERIFY(help.contains(u"--print-config"_s)); // Flightdeck's own
    QVERIFY(!help.contains(u"--vm-gpus"_s));     // kept only for flyctl's error
    QVERIFY(result.err.isEmpty());
    QCOMPARE(run({u"run"_s, u"-h"_s}).out, result.out);
}

void TestRunCommand::helpIsNotTakenFromTheCommand()
{
    // After "--", --help belongs to the Machine's command.
    const Result result = run({u"run"_s, u"busybox"_s, u"--print-config"_s, u"--"_s, u"grep"_s, u"--help"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject config = QJsonDocument::fromJson(result.out).object().value(u"config"_s).toObject();
    QCOMPARE(config.value(u"init"_s).toObject().value(u"cmd"_s).toArray(), (QJsonArray{u"grep"_s, u"--help"_s}));
}

void TestRunCommand::tokenHelp()
{
    const Result help = run({u"token"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains("flightdeck token set") && help.out.contains("flightdeck token status"), help.out.constData());
    const Result wrong = run({u"token"_s, u"frobnicate"_s});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY(wrong.err.contains("Usage:"));
}

void TestRunCommand::bashCompletesTheFlags()
{
    const Result script = run({u"completion"_s, u"bash"_s});
    QCOMPARE(script.exitCode, 0);
    QTemporaryDir dir;
    QFile file(dir.filePath(u"flightdeck.bash"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(script.out);
    file.close();
    // What bash offers after "flightdeck run --vm-m<Tab>" and "flightdeck t<Tab>".
    QProcess bash;
    bash.start(u"bash"_s, {u"-c"_s,
                           u"source \"$1\" && COMP_WORDS=(flightdeck run --vm-m) COMP_CWORD=2 && _flightdeck && echo \"${COMPREPLY[*]}\" && "
                           "COMP_WORDS=(flightdeck t) COMP_CWORD=1 && _flightdeck && echo \"${COMPREPLY[*]}\""_s,
                           u"bash"_s, file.fileName()});
    QVERIFY(bash.waitForFinished(10000));
    QVERIFY2(bash.exitCode() == 0, bash.readAllStandardError().constData());
    const QStringList lines = QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n');
    QCOMPARE(lines.value(0).split(u' '), (QStringList{u"--vm-memory"_s, u"--vm-max-memory"_s}));
    QVERIFY2(lines.value(1).split(u' ').contains(u"token"_s), qPrintable(lines.value(1)));
    QCOMPARE(run({u"completion"_s, u"tcsh"_s}).exitCode, 2);
}

void TestRunCommand::zshAndFishScriptsNameEveryFlag()
{
    const Result zsh = run({u"completion"_s, u"zsh"_s});
    const Result fish = run({u"completion"_s, u"fish"_s});
    QCOMPARE(zsh.exitCode, 0);
    QCOMPARE(fish.exitCode, 0);
    QVERIFY(zsh.out.startsWith("#compdef flightdeck"));
    const QList<Flightdeck::FlyFlags::FlagHelp> flags = Flightdeck::FlyFlags::flagHelp();
    for (const Flightdeck::FlyFlags::FlagHelp &flag : flags) {
        QVERIFY2(zsh.out.contains(QByteArray("'--" + flag.name.toUtf8() + '[')), qPrintable(flag.name));
        QVERIFY2(fish.out.contains(QByteArray("-l " + flag.name.toUtf8())), qPrintable(flag.name));
    }
}

QTEST_GUILESS_MAIN(TestRunCommand)
#include "tst_runcommand.moc"
