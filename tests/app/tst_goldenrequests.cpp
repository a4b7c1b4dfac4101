// Realistic `fly machine run` command lines and the exact request body each
// produces. The bodies under golden/ were generated once, then read and
// checked against reference §3.4 by hand; regenerate with
// FLIGHTDECK_UPDATE_GOLDEN=1 and review the diff before committing.

#include "app/spec/createrequestcodec.h"
#include "app/spec/flyflags.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

class TestGoldenRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void body_data();
    void body();
    void workedExampleMatchesTheReference();

private:
    static QJsonObject bodyFor(const QString &commandLine, Issues *issues);
};

namespace {

QString goldenDir()
{
    return QStringLiteral(FLIGHTDECK_GOLDEN_DIR);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestGoldenRequests::initTestCase()
{
    QVERIFY2(QDir(goldenDir()).exists(), qPrintable(goldenDir()));
}

QJsonObject TestGoldenRequests::bodyFor(const QString &commandLine, Issues *issues)
{
    FlyFlags::ParseContext context;
    context.currentDir = goldenDir();
    const FlyFlags::ParseResult parsed = FlyFlags::parseCommandLine(commandLine, context);
    *issues = parsed.issues;
    CreateRequestCodec::EncodeOptions options;
    options.readLocalFile = [](const QString &path) -> std::optional<QByteArray> {
        QFile file(QDir(goldenDir()).filePath(path));
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        return file.readAll();
    };
    return CreateRequestCodec::toJson(parsed.spec, options);
}

void TestGoldenRequests::body_data()
{
    QTest::addColumn<QString>("argsFile");
    const QStringList cases = QDir(goldenDir()).entryList({u"*.args"_s}, QDir::Files, QDir::Name);
    QVERIFY(cases.size() >= 30);
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << QDir(goldenDir()).filePath(name);
}

void TestGoldenRequests::body()
{
    QFETCH(QString, argsFile);
    const QString commandLine = QString::fromUtf8(readAll(argsFile)).trimmed();
    Issues issues;
    const QJsonObject actual = bodyFor(commandLine, &issues);
    QVERIFY2(!hasErrors(issues), qPrintable(issues.value(0).toLine()));

    const QString jsonFile = argsFile.chopped(5) + u".json"_s;
    if (qEnvironmentVariableIsSet("FLIGHTDECK_UPDATE_GOLDEN")) {
        QFile out(jsonFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
    }
    const QJsonDocument expected = QJsonDocument::fromJson(readAll(jsonFile));
    QVERIFY2(expected.isObject(), qPrintable(u"missing or invalid "_s + jsonFile));
    if (expected.object() != actual) {
        qWarning().noquote() << "actual body:\n" << QJsonDocument(actual).toJson(QJsonDocument::Indented);
        QFAIL(qPrintable(u"request body differs from "_s + jsonFile));
    }
}

void TestGoldenRequests::workedExampleMatchesTheReference()
{
    // The body flyctl sends for the worked example, keys as fly-go writes
    // them; only the image differs (flyctl pins it through GraphQL first).
    const QByteArray expected = R"({"config":{
        "env":{"FOO":"bar"}, "init":{},
        "guest":{"cpu_kind":"shared","cpus":2,"memory_mb":1024},
        "metadata":{"team":"x"},
        "mounts":[{"path":"/data","volume":"vol_abc123"}],
        "services":[{"protocol":"tcp","internal_port":80,"autostop":"suspend",
                     "ports":[{"port":443,"handlers":["http","tls"]},{"port":80,"handlers":["http"]}],
                     "force_instance_key":null}],
        "image":"nginx",
        "files":[{"guest_path":"/etc/motd","raw_value":"aGVsbG8="}],
        "restart":{"policy":"always"},
        "dns":{}},
      "region":"ord","name":"web1","skip_secrets":false})";
    Issues issues;
    const QJsonObject actual = bodyFor(QString::fromUtf8(readAll(QDir(goldenDir()).filePath(u"01-worked-example.args"_s))), &issues);
    QVERIFY(issues.isEmpty());
    QCOMPARE(actual, QJsonDocument::fromJson(expected).object());
}

QTEST_GUILESS_MAIN(TestGoldenRequests)
#include "tst_goldenrequests.moc"
