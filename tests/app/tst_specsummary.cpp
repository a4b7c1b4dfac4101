// The Review's summary: what a spec creates, in words, line by line, each
// bound to the field of the step that changes it.

#include "app/settings/translations.h"
#include "app/spec/specsummary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

class TestSpecSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // English as a user reads it: its list and plural forms.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(installTranslations(u"en"_s));
    }
    void linesInOrder();
    void sentences_data();
    void sentences();
};

void TestSpecSummary::linesInOrder()
{
    RunSpec spec;
    spec.app = u"demo-app"_s;
    spec.image = u"nginx:1.27"_s;
    ServiceSpec web;
    web.internalPort = 8080;
    web.ports = {PortSpec{443, 0, 0, {u"tls"_s, u"http"_s}, {}}, PortSpec{80, 0, 0, {u"http"_s}, {}}};
    ServiceSpec game;
    game.protocol = u"udp"_s;
    game.internalPort = 7777;
    game.ports = {PortSpec{0, 7000, 7010, {}, {}}};
    spec.services = {web, game};
    QStringList fields;
    const QList<SummaryLine> lines = summarize(spec);
    for (const SummaryLine &line : lines)
        fields.append(line.field);
    QCOMPARE(fields, (QStringList{u"app"_s, u"image"_s, u"region"_s, u"guest"_s, u"services[0]"_s, u"services[1]"_s, u"mounts"_s, u"env"_s, u"restart"_s}));
    QCOMPARE(lines.at(4).text, u"Public TCP 443 (tls, http) and 80 (http), answered on port 8080 inside."_s);
    QCOMPARE(lines.at(5).text, u"Public UDP 7000–7010, answered on port 7777 inside."_s);
}

void TestSpecSummary::sentences_data()
{
    QTest::addColumn<RunSpec>("spec");
    QTest::addColumn<std::optional<bool>>("appExists");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");

    RunSpec plain;
    plain.app = u"web"_s;
    plain.image = u"nginx:1.27"_s;
    QTest::newRow("an app not yet checked") << plain << std::optional<bool>() << u"app"_s
                                            << u"In the app web (created in your personal organization if it does not exist yet)."_s;
    RunSpec inOrg = plain;
    inOrg.org = u"acme"_s;
    QTest::newRow("a new app") << inOrg << std::optional<bool>(false) << u"app"_s << u"In a new app web, created first in acme."_s;
    QTest::newRow("an app of yours") << plain << std::optional<bool>(true) << u"app"_s << u"In your app web."_s;
    QTest::newRow("the image's own command") << plain << std::optional<bool>() << u"image"_s << u"Runs the image nginx:1.27, with the image's own command."_s;
    RunSpec command = plain;
    command.cmd = {u"nginx"_s, u"-g"_s, u"daemon off;"_s};
    QTest::newRow("a command") << command << std::optional<bool>() << u"image"_s << u"Runs the image nginx:1.27, with the command nginx -g 'daemon off;'."_s;
    RunSpec built = plain;
    built.image.clear();
    built.build = BuildSpec{u"/src/web"_s, {}, {}, {}, {}, false};
    QTest::newRow("a build") << built << std::optional<bool>() << u"build.context"_s
                             << u"Runs an image built from Dockerfile in /src/web and pushed to Fly's registry, with the image's own command."_s;
    QTest::newRow("no region") << plain << std::optional<bool>() << u"region"_s << u"A Machine named by Fly.io, in the region nearest to you."_s;
    RunSpec placed = plain;
    placed.name = u"web-1"_s;
    placed.region = u"ams"_s;
    QTest::newRow("a region") << placed << std::optional<bool>() << u"region"_s << u"The Machine web-1, in Amsterdam, Netherlands (ams)."_s;
    QTest::newRow("no services") << plain << std::optional<bool>() << u"services"_s << u"No public ports: reachable only on the app's private network."_s;
    RunSpec stored = plain;
    stored.mounts = {MountSpec{u"data"_s, u"/data"_s, {}}};
    QTest::newRow("a volume") << stored << std::optional<bool>() << u"mounts"_s << u"The volume data at /data."_s;
    RunSpec environment = plain;
    environment.env = {{u"A"_s, u"1"_s}, {u"B"_s, u"2"_s}};
    FileSpec secret;
    secret.guestPath = u"/etc/db"_s;
    secret.source = FileSpec::Source::Secret;
    secret.value = u"DB"_s;
    environment.files = {secret};
    QTest::newRow("variables and a secret") << environment << std::optional<bool>() << u"env"_s
                                            << u"2 environment variables, 0 files and 1 secret of the app."_s;
    RunSpec temporary = plain;
    temporary.autoDestroy = true;
    QTest::newRow("destroyed on exit") << temporary << std::optional<bool>() << u"restart"_s
                                       << u"Started at once; destroyed when it exits and never restarted."_s;
    RunSpec scheduled = plain;
    scheduled.schedule = u"daily"_s;
    scheduled.restart = RestartSpec{u"on-failure"_s, 3, {}};
    QTest::newRow("scheduled") << scheduled << std::optional<bool>() << u"restart"_s
                               << u"Started at once; restarted when it fails, up to 3 times and started daily."_s;
}

void TestSpecSummary::sentences()
{
    QFETCH(RunSpec, spec);
    QFETCH(std::optional<bool>, appExists);
    QFETCH(QString, field);
    QFETCH(QString, text);
    SummaryContext context;
    context.appExists = appExists;
    const QList<SummaryLine> lines = summarize(spec, context);
    const auto line = std::find_if(lines.cbegin(), lines.cend(), [&](const SummaryLine &l) { return l.field == field; });
    QVERIFY2(line != lines.cend(), qPrintable(field));
    QCOMPARE(line->text, text);
}

QTEST_GUILESS_MAIN(TestSpecSummary)
#include "tst_specsummary.moc"
