// `flightdeck run … --yes` as a user runs it: the real executable against
// flightdeck-sim, with the token from the keychain (gnome-keyring on a
// private D-Bus session), the environment or flyctl's config.yml.

#include "app/auth/keychaintokenstore.h"
#include "support/httpclient.h"
#include "support/simprocess.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

namespace {
const QString kToken = u"fm2_headless-keychain-token-7e3a"_s;
}

class TestHeadlessLaunch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tokenFromTheKeychain();
    void tokenFromTheEnvironment();
    void tokenFromFlyConfig();
    void createsTheAppWithYes();
    void startFailureIsDiagnosed();
    void theLogIsPrintedUnderTheSteps();
    void plainHttpIsRefused();
    void healthChecksAreWatched();
    void tokenCommandWithTheKeychain();
    void tokenCommandWithoutAKeychain();
    void tokenIsInNoOutputOrFile();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments, const QMap<QString, QString> &extraEnvironment = {});
    Result flightdeck(const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input = {});

    TestSupport::SimProcess m_sim;
    QTemporaryDir m_home;
    QStringList m_outputs;
};

void TestHeadlessLaunch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // this process's files; the programs it runs get XDG folders of their own
    QVERIFY2(m_sim.start({u"--token"_s, kToken, u"--token"_s, u"other-env-token"_s, u"--token"_s, u"fo1_config-file-token"_s, u"--boot-delay"_s, u"100"_s,
                          u"--exit"_s, u"crash-*=1@0.2"_s, u"--checks"_s, u"unhealthy-*=never"_s, u"--no-rate-limits"_s}),
             qPrintable(m_sim.errorString()));

    KeychainTokenStore store;
    QSignalSpy written(&store, &KeychainTokenStore::writeFinished);
    store.write(kToken);
    QVERIFY(written.wait(20000));
    QCOMPARE(written.first().first().value<KeychainTokenStore::Status>(), KeychainTokenStore::Status::Ok);
}

void TestHeadlessLaunch::cleanupTestCase()
{
    KeychainTokenStore store;
    QSignalSpy removed(&store, &KeychainTokenStore::removeFinished);
    store.remove();
    removed.wait(20000);
}

TestHeadlessLaunch::Result TestHeadlessLaunch::flightdeck(const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FLIGHTDECK_EXECUTABLE), arguments);
    process.write(input);
    process.closeWriteChannel();
    Result result;
    if (!process.waitForFinished(90000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    m_outputs << result.out << result.err;
    return result;
}

TestHeadlessLaunch::Result TestHeadlessLaunch::run(const QStringList &arguments, const QMap<QString, QString> &extraEnvironment)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"FLY_API_TOKEN"_s, u"FLY_ACCESS_TOKEN"_s, u"FLY_CONFIG_DIR"_s, u"DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        environment.remove(name);
    environment.insert(u"HOME"_s, m_home.path()); // no ~/.fly/config.yml unless a test writes one
    environment.insert(u"FLY_FLAPS_BASE_URL"_s, m_sim.baseUrl().toString());
    environment.insert(u"FLY_API_BASE_URL"_s, m_sim.baseUrl().toString());
    for (auto it = extraEnvironment.cbegin(); it != extraEnvironment.cend(); ++it)
        environment.insert(it.key(), it.value());
    return flightdeck(QStringList{u"run"_s} + arguments, environment);
}

void TestHeadlessLaunch::tokenFromTheKeychain()
{
    const Result result = run({u"nginx:1.27"_s, u"-a"_s, u"demo-app"_s, u"-r"_s, u"ord"_s, u"--yes"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(u"ok  Create the Machine"_s));
    QVERIFY(result.out.contains(u"ok  Wait for it to start"_s));
    QVERIFY(result.out.contains(u") is started"_s));
    QVERIFY(result.out.contains(u"region:     ord"_s));
    QVERIFY(result.out.contains(u"private IP: fdaa:"_s));
}

void TestHeadlessLaunch::tokenFromTheEnvironment()
{
    Result result = run({u"alpine"_s, u"-a"_s, u"demo-app"_s, u"--yes"_s, u"--detach"_s}, {{u"FLY_API_TOKEN"_s, u"other-env-token"_s}});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    // The environment wins over the keychain: a wrong one there is reported, not bypassed.
    result = run({u"alpine"_s, u"-a"_s, u"demo-app"_s, u"--yes"_s}, {{u"FLY_API_TOKEN"_s, u"not-a-valid-token"_s}});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"error: token: The API token was not accepted"_s), qPrintable(result.err));
}

void TestHeadlessLaunch::tokenFromFlyConfig()
{
    QTemporaryDir config;
    QFile file(config.filePath(u"config.yml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Secrets set just before (flyctl remembers their version in app_secrets_minvers): the create asks for at least that version.
    QNetworkAccessManager network;
    const QList<std::pair<QByteArray, QByteArray>> auth{{"Authorization", "Bearer " + kToken.toUtf8()}};
    const TestSupport::HttpResponse secrets = TestSupport::httpRequest(network, "POST", m_sim.url(u"/v1/apps/demo-app/secrets"_s),
                                                                       R"({"values":{"HEADLESS_SECRET":"value"}})", auth);
    QCOMPARE(secrets.status, 200);
    const int version = secrets.json.toObject().value(u"version"_s).toInt();
    QVERIFY(version > 0);
    file.write("access_token: fo1_config-file-token\napp_secrets_minvers:\n  demo-app: " + QByteArray::number(version) + "\n");
    file.close();
    TestSupport::httpRequest(network, "DELETE", m_sim.url(u"/_sim/requests"_s));
    Result result = run({u"alpine"_s, u"-a"_s, u"demo-app"_s, u"--yes"_s, u"--detach"_s}, {{u"FLY_CONFIG_DIR"_s, config.path()}});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonArray log = TestSupport::httpRequest(network, "GET", m_sim.url(u"/_sim/requests"_s)).json.toArray();
    QJsonObject posted;
    for (const QJsonValue &entry : log) {
        if (entry.toObject().value(u"method"_s).toString() == "POST"_L1 && entry.toObject().value(u"path"_s).toString() == "/v1/apps/demo-app/machines"_L1)
            posted = QJsonDocument::fromJson(entry.toObject().value(u"body"_s).toString().toUtf8()).object();
    }
    QCOMPARE(posted.value(u"min_secrets_version"_s).toInteger(), version);

    // A config.yml token the API refuses: what to run to refresh it.
    QFile stale(config.filePath(u"config.yml"_s));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("access_token: fo1_expired-config-token\n");
    stale.close();
    result = run({u"alpine"_s, u"-a"_s, u"demo-app"_s, u"--yes"_s}, {{u"FLY_CONFIG_DIR"_s, config.path()}});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"error: token:"_s) && result.err.contains(u"fly auth login"_s), qPrintable(result.err));
}

void TestHeadlessLaunch::createsTheAppWithYes()
{
    const Result result = run({u"nginx"_s, u"-a"_s, u"headless-created-app"_s, u"--org"_s, u"acme-corp"_s, u"--yes"_s, u"--detach"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(u"headless-created-app created"_s));
}

void TestHeadlessLaunch::startFailureIsDiagnosed()
{
    const Result result = run({u"nginx"_s, u"-a"_s, u"demo-app"_s, u"--name"_s, u"crash-headless"_s, u"--restart"_s, u"no"_s, u"--yes"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"error: cmd: The Machine's process exited with code 1"_s), qPrintable(result.err));
    QVERIFY(result.err.contains(u"hint:"_s));
    QVERIFY(result.err.contains(u"already created: the Machine "_s));
}

void TestHeadlessLaunch::theLogIsPrintedUnderTheSteps()
{
    // A Machine that fails: its log under the steps, the lines that say why included.
    const Result failed = run({u"flightdeck/crash-on-start:1"_s, u"-a"_s, u"demo-app"_s, u"--restart"_s, u"no"_s, u"--yes"_s});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.out.contains(u"log | "_s) && failed.out.contains(u" runner Pulling container image flightdeck/crash-on-start:1"_s), qPrintable(failed.out));
    QVERIFY2(failed.out.contains(u" app error: DATABASE_URL is not set"_s), qPrintable(failed.out));
    QVERIFY2(failed.out.contains(u"Main child exited normally with code: 1"_s), qPrintable(failed.out));
    // What the log says wins over the bare exit code, which the summary still gives.
    QVERIFY2(failed.err.contains(u"error: env: The app says DATABASE_URL is not set. (The Machine's process exited with code 1 (once).)"_s),
             qPrintable(failed.err));
    // The lines come after the Machine is created, in order.
    QVERIFY(failed.out.indexOf(u"Create the Machine"_s) < failed.out.indexOf(u"log | "_s));

    // One that runs, followed for two seconds more: what it prints after the start shows too.
    const Result started = run({u"flightdeck/localhost-only:1"_s, u"-a"_s, u"demo-app"_s, u"-p"_s, u"443:8080/tcp:tls:http"_s, u"--logs-for"_s, u"2"_s, u"--yes"_s});
    QCOMPARE(started.exitCode, 0);
    QVERIFY2(started.out.contains(u"Listening on http://127.0.0.1:8080"_s), qPrintable(started.out));
    QVERIFY2(started.out.contains(u"warn runner WARNING The app is not listening on the expected address"_s), qPrintable(started.out));
    // The summary after the log it waited for.
    QVERIFY2(started.out.indexOf(u"WARNING The app"_s) < started.out.indexOf(u" is started"_s), qPrintable(started.out));
    QCOMPARE(run({u"nginx"_s, u"-a"_s, u"demo-app"_s, u"--logs-for"_s, u"soon"_s, u"--yes"_s}).exitCode, 2);
}

void TestHeadlessLaunch::healthChecksAreWatched()
{
    // A service with a TCP check: the launch prints each check as it changes and ends when it passes.
    const QString withCheck = uR"({"services":[{"protocol":"tcp","internal_port":8080,"ports":[{"port":443,"handlers":["tls","http"]}],"checks":[{"type":"tcp","interval":"5s","timeout":"2s"}]}]})"_s;
    Result result = run({u"nginx"_s, u"-a"_s, u"demo-app"_s, u"--machine-config"_s, withCheck, u"--yes"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
    QVERIFY2(result.out.contains(u"check servicecheck-00-tcp-8080: critical — dial tcp"_s), qPrintable(result.out));
    QVERIFY2(result.out.contains(u"check servicecheck-00-tcp-8080: passing"_s), qPrintable(result.out));
    QVERIFY2(result.out.contains(u"ok  Watch it run"_s) && result.out.contains(u"passing"_s), qPrintable(result.out));

    // One that never passes: --wait-timeout ends the wait with the check's name, its output and the setting to change.
    result = run({u"nginx"_s, u"-a"_s, u"demo-app"_s, u"--name"_s, u"unhealthy-cli"_s, u"--machine-config"_s, withCheck, u"--wait-timeout"_s, u"2"_s, u"--yes"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"error: services: The health check servicecheck-00-tcp-8080 is still critical after 2 s"_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"0.0.0.0"_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"already created: the Machine "_s), qPrintable(result.err));

    // --skip-health-checks stops at "started".
    result = run({u"nginx"_s, u"-a"_s, u"demo-app"_s, u"--name"_s, u"unhealthy-skipped"_s, u"--machine-config"_s, withCheck, u"--skip-health-checks"_s, u"--yes"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(u"not watched (--skip-health-checks)"_s), qPrintable(result.out));
}

void TestHeadlessLaunch::plainHttpIsRefused()
{
    const Result result = run({u"nginx"_s, u"-a"_s, u"demo-app"_s, u"--yes"_s, u"--api-url"_s, u"http://api.machines.example"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(u"plain http to a remote host"_s));
}

void TestHeadlessLaunch::tokenCommandWithTheKeychain()
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"FLY_API_TOKEN"_s);
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    QCOMPARE(flightdeck({u"token"_s, u"set"_s}, environment, "fm2_set-through-the-command\n").exitCode, 0);
    Result status = flightdeck({u"token"_s, u"status"_s}, environment);
    QCOMPARE(status.out.trimmed(), u"Stored in the system keychain."_s);
    QCOMPARE(flightdeck({u"token"_s, u"remove"_s}, environment).exitCode, 0);
    QCOMPARE(flightdeck({u"token"_s, u"status"_s}, environment).exitCode, 1);
    QCOMPARE(flightdeck({u"token"_s, u"set"_s}, environment, "").exitCode, 2); // nothing on stdin

    // Put the suite's token back for the launches.
    KeychainTokenStore store;
    QSignalSpy written(&store, &KeychainTokenStore::writeFinished);
    store.write(kToken);
    QVERIFY(written.wait(20000));
}

void TestHeadlessLaunch::tokenCommandWithoutAKeychain()
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // no session bus: no Secret Service
    environment.remove(u"FLY_API_TOKEN"_s);
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));

    Result result = flightdeck({u"token"_s, u"set"_s}, environment, "fm2_no-keychain-token\n");
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"this system has no keychain"_s) && result.err.contains(u"--plaintext"_s), qPrintable(result.err));
    const QString file = home.filePath(u"config/Flightdeck/flightdeck/plaintext-token.ini"_s);
    QVERIFY(!QFile::exists(file) || QFile(file).size() == 0); // nothing stored without the opt-in

    result = flightdeck({u"token"_s, u"set"_s, u"--plaintext"_s}, environment, "fm2_no-keychain-token\n");
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.contains(u"UNENCRYPTED"_s));
    QVERIFY(QFile::exists(file));
    QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(flightdeck({u"token"_s, u"status"_s}, environment).out.startsWith(u"Stored UNENCRYPTED in "_s));
    QCOMPARE(flightdeck({u"token"_s, u"remove"_s}, environment).exitCode, 0);
    QVERIFY(!QFile::exists(file));
    for (const QString &output : std::as_const(m_outputs))
        QVERIFY(!output.contains(u"fm2_no-keychain-token"_s));
}

void TestHeadlessLaunch::tokenIsInNoOutputOrFile()
{
    QVERIFY(!m_outputs.isEmpty());
    for (const QString &output : std::as_const(m_outputs)) {
        QVERIFY(!output.contains(kToken));
        QVERIFY(!output.contains(u"fo1_config-file-token"_s));
        QVERIFY(!output.contains(u"other-env-token"_s));
    }
    // Nothing Flightdeck wrote under its home holds the token.
    QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(kToken.toUtf8()), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestHeadlessLaunch)
#include "tst_headlesslaunch.moc"
