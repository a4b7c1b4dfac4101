// Review's pre-flight checklist against flightdeck-sim and Debian's
// docker-registry: a command pasted through File › Import that fails every
// kind of check, each failure's button leading to its step, a fix seen when
// the step opens again; a good command passing; "Check again" after the
// platform changed; and an image the local simulator resolves itself.

#include "app/launch/preflight.h"
#include "support/imagepusher.h"
#include "support/localregistry.h"
#include "ui/pages/reviewpage.h"
#include "ui/widgets/dialogs.h"
#include "simwindow.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

namespace {
enum Step { Account, App, Image, Command, Region, Resources, Services, Volumes, Environment, Lifecycle, Review };
}

class TestPreflight : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyKindOfCheckCanFail();
    void aGoodCommandPassesAndCanBeCheckedAgain();
    void anImageTheSimulatorResolvesIsNotAsked();
    void theImagesDefaultsShowWhereTheyApply();
    void regionsComeFromThePlatformWithTheirRoom();

private:
    // Pastes `command` through File › Import › Paste a command.
    bool paste(Ui::MainWindow &window, const QString &command);
    // Opens Review from the step list and waits for the checks' answers.
    bool openReview(Ui::MainWindow &window);
    // Each row of the checklist: "<title> (<state>): <answer>".
    QStringList rows(Ui::MainWindow &window);

    TestSupport::SimEnvironment m_env;
    TestSupport::LocalRegistry m_registry;
};

void TestPreflight::initTestCase()
{
    QVERIFY2(m_env.start({u"--full-region"_s, u"fra:performance"_s}), qPrintable(m_env.sim.errorString()));
    QVERIFY2(m_registry.start(), qPrintable(m_registry.errorString()));
    TestSupport::ImagePusher pusher(m_registry.hostAndPort());
    const QJsonObject config{{u"Entrypoint"_s, QJsonArray{u"/usr/bin/web"_s}},
                             {u"Cmd"_s, QJsonArray{u"--port"_s, u"8080"_s}},
                             {u"WorkingDir"_s, u"/srv"_s},
                             {u"User"_s, u"app"_s},
                             {u"ExposedPorts"_s, QJsonObject{{u"8080/tcp"_s, QJsonObject{}}}}};
    QVERIFY2(pusher.pushImage(u"tools/web"_s, u"1.0"_s, config), qPrintable(pusher.errorString()));
}

bool TestPreflight::paste(Ui::MainWindow &window, const QString &command)
{
    Ui::Dialogs::Script::answerText(command);
    const bool chosen = TestSupport::chooseMenuEntry(window, {u"File"_s, u"Import"_s, u"Paste a"_s});
    Ui::Dialogs::Script::takeAsked();
    return chosen;
}

bool TestPreflight::openReview(Ui::MainWindow &window)
{
    TestSupport::clickRow(TestSupport::find<QListWidget>(window, u"stepList"_s), Review);
    auto *review = qobject_cast<Ui::ReviewPage *>(window.wizard()->page(Review));
    return window.wizard()->currentStep() == Review && review
        && QTest::qWaitFor([review] { return !review->preflight()->checks().isEmpty() && !review->preflight()->isRunning(); }, 30000);
}

QStringList TestPreflight::rows(Ui::MainWindow &window)
{
    QStringList texts;
    const QList<QLabel *> labels = TestSupport::find<QWidget>(window, u"preflightChecks"_s)->findChildren<QLabel *>(u"checkText"_s);
    for (const QLabel *label : labels)
        texts.append(QTextDocumentFragment::fromHtml(label->text()).toPlainText());
    return texts;
}

void TestPreflight::everyKindOfCheckCanFail()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    const QString typo = m_registry.hostAndPort() + u"/tools/web:1.277"_s;
    QVERIFY(paste(window, u"fly machine run %1 -a someone-elses-app --org no-such-org -r xyz -v missing:/data "
                          "--file-secret /etc/app.conf=NO_SUCH_SECRET"_s.arg(typo)));
    QVERIFY(openReview(window));

    const QStringList checks = rows(window);
    QCOMPARE(checks.size(), 6);
    QVERIFY2(checks[0].startsWith(u"The token and the organization (failed): The token cannot reach the organization no-such-org"_s), qPrintable(checks[0]));
    QVERIFY2(checks[1].startsWith(u"The app someone-elses-app (failed): "_s) && checks[1].contains(u"choose another name"_s), qPrintable(checks[1]));
    QVERIFY2(checks[2].startsWith(u"The region xyz (failed): The platform has no region xyz."_s), qPrintable(checks[2]));
    QVERIFY2(checks[3].startsWith(u"The volumes (failed): "_s), qPrintable(checks[3]));
    QVERIFY2(checks[4].startsWith(u"The secrets the files come from (failed): "_s), qPrintable(checks[4]));
    QVERIFY2(checks[5].startsWith(u"The image %1 (failed): The image %1 is not in its registry."_s.arg(typo)), qPrintable(checks[5]));
    QVERIFY2(TestSupport::find<QLabel>(window, u"launchReadiness"_s)->text().contains(u"check"_s),
             qPrintable(TestSupport::find<QLabel>(window, u"launchReadiness"_s)->text()));

    // Every failure has its button; the image's leads to the Image step.
    const QList<QPushButton *> buttons = TestSupport::find<QWidget>(window, u"preflightChecks"_s)->findChildren<QPushButton *>(u"checkChange"_s);
    QCOMPARE(buttons.size(), 6);
    QTest::mouseClick(buttons.last(), Qt::LeftButton);
    QTRY_COMPARE(window.wizard()->currentStep(), int(Image));

    // Fixed there, the checks say so when Review opens again.
    auto *image = TestSupport::find<QLineEdit>(window, u"imageEdit"_s);
    image->setFocus();
    QTest::keyClick(image, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(image, m_registry.hostAndPort() + u"/tools/web:1.0"_s);
    QVERIFY(openReview(window));
    QVERIFY2(rows(window).value(5).contains(u"(passed): Found in its registry (sha256:"_s), qPrintable(rows(window).value(5)));
}

void TestPreflight::aGoodCommandPassesAndCanBeCheckedAgain()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    QVERIFY(paste(window, u"fly machine run %1/tools/web:1.0 -a demo-app --org personal -r ams -v data:/data --file-secret /etc/db.url=DATABASE_URL"_s.arg(
                              m_registry.hostAndPort())));
    QVERIFY(openReview(window));
    const QStringList checks = rows(window);
    QCOMPARE(checks.size(), 6);
    for (const QString &check : checks)
        QVERIFY2(check.contains(u"(passed)"_s), qPrintable(check));
    QVERIFY2(checks[3].contains(u"vol_demo0000data0001"_s), qPrintable(checks[3]));
    QCOMPARE(TestSupport::find<QLabel>(window, u"launchReadiness"_s)->text(), u"Ready to launch."_s);
    QVERIFY(TestSupport::find<QWidget>(window, u"preflightChecks"_s)->findChildren<QPushButton *>(u"checkChange"_s).isEmpty());

    // Someone takes the volume away; Check again tells.
    QCOMPARE(m_env.api("DELETE", u"/v1/apps/demo-app/volumes/vol_demo0000data0001"_s).status, 200);
    auto *review = qobject_cast<Ui::ReviewPage *>(window.wizard()->page(Review));
    QTest::mouseClick(TestSupport::find<QPushButton>(window, u"checkAgainButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!review->preflight()->isRunning(), 30000);
    QVERIFY2(rows(window).value(3).startsWith(u"The volumes (failed): There is no unattached volume named 'data' in ams."_s), qPrintable(rows(window).value(3)));
}

void TestPreflight::anImageTheSimulatorResolvesIsNotAsked()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    QVERIFY(paste(window, u"fly machine run nginx:1.27 -a demo-app"_s));
    QVERIFY(openReview(window));
    const QStringList checks = rows(window);
    QCOMPARE(checks.size(), 3);
    QVERIFY2(checks[2].startsWith(u"The image nginx:1.27 (could not check): Not asked"_s), qPrintable(checks[2]));
    QVERIFY2(TestSupport::find<QLabel>(window, u"preflightState"_s)->text().contains(u"could not be made"_s),
             qPrintable(TestSupport::find<QLabel>(window, u"preflightState"_s)->text()));
}

void TestPreflight::theImagesDefaultsShowWhereTheyApply()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    QVERIFY(paste(window, u"fly machine run %1/tools/web:1.0 -a demo-app -p 443:80/tcp:tls:http"_s.arg(m_registry.hostAndPort())));

    TestSupport::clickRow(TestSupport::find<QListWidget>(window, u"stepList"_s), Command);
    auto *cmd = TestSupport::find<QLineEdit>(window, u"cmdEdit"_s);
    QTRY_COMPARE_WITH_TIMEOUT(cmd->placeholderText(), u"empty: from the image, --port 8080"_s, 10000);
    QCOMPARE(TestSupport::find<QLineEdit>(window, u"entrypointEdit"_s)->placeholderText(), u"empty: from the image, /usr/bin/web"_s);
    QCOMPARE(TestSupport::find<QLabel>(window, u"imageDefaults"_s)->text(), u"From the image: it starts in /srv, it runs as the user app."_s);

    // The service hands traffic to port 80, which the image does not listen on.
    TestSupport::clickRow(TestSupport::find<QListWidget>(window, u"stepList"_s), Services);
    QCOMPARE(TestSupport::find<QLabel>(window, u"imageExposedPorts"_s)->text(), u"The image says it listens on 8080/tcp."_s);
    QVERIFY(openReview(window));
    auto *problems = TestSupport::find<QListWidget>(window, u"reviewIssues"_s);
    QCOMPARE(problems->count(), 1);
    QCOMPARE(problems->item(0)->text(),
             u"Warning — services[0].internal_port: the image says it listens on 8080/tcp, not on 80: check the port your app listens on"_s);

    // Another reference: the defaults of the old one are gone at once.
    TestSupport::clickRow(TestSupport::find<QListWidget>(window, u"stepList"_s), Image);
    auto *image = TestSupport::find<QLineEdit>(window, u"imageEdit"_s);
    image->setFocus();
    QTest::keyClick(image, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(image, u"nginx:1.27"_s);
    TestSupport::clickRow(TestSupport::find<QListWidget>(window, u"stepList"_s), Command);
    QCOMPARE(cmd->placeholderText(), u"empty: the image's CMD"_s);
    QVERIFY(!TestSupport::find<QLabel>(window, u"imageDefaults"_s)->isVisible());
}

void TestPreflight::regionsComeFromThePlatformWithTheirRoom()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    // The Region step lists what the platform lists: the nearest marked, the
    // paid-plan one labelled, the retired one (mad) left out, the aliases offered.
    TestSupport::clickRow(TestSupport::find<QListWidget>(window, u"stepList"_s), Region);
    auto *list = TestSupport::find<QListWidget>(window, u"regionList"_s);
    QTRY_VERIFY(TestSupport::find<QWidget>(window, u"regionsStatus"_s)->findChild<QLabel *>()->text().contains(u"from Fly.io"_s));
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts.append(list->item(i)->data(Qt::UserRole).toString() + u" = "_s + list->item(i)->text());
    QVERIFY2(texts.first().startsWith(u" = Let Fly choose — the region nearest to you, Amsterdam, Netherlands"_s), qPrintable(texts.first()));
    QVERIFY2(texts.filter(u"ams = "_s).value(0).endsWith(u"— nearest to you"_s), qPrintable(texts.join(u'\n')));
    QVERIFY2(texts.filter(u"bom = "_s).value(0).endsWith(u"— paid plans only"_s), qPrintable(texts.join(u'\n')));
    QVERIFY2(texts.filter(u"mad = "_s).isEmpty(), qPrintable(texts.join(u'\n')));
    QVERIFY2(texts.contains(u"eu = anywhere in Europe (eu) — Fly picks the region"_s), qPrintable(texts.join(u'\n')));

    // Frankfurt has no room for performance CPUs: Review says so before the create.
    QVERIFY(paste(window, u"fly machine run nginx:1.27 -a demo-app -r fra --vm-size performance-1x"_s));
    QVERIFY(openReview(window));
    QVERIFY2(rows(window).value(2).startsWith(u"The region fra (failed): fra (Frankfurt, Germany) has no room for a Machine of 1 × performance CPU"_s),
             qPrintable(rows(window).value(2)));
    // Shared CPUs fit there: imported while Review shows, the checks follow by themselves.
    QVERIFY(paste(window, u"fly machine run nginx:1.27 -a demo-app -r fra --vm-size shared-cpu-1x"_s));
    QTRY_VERIFY2_WITH_TIMEOUT(rows(window).value(2).startsWith(u"The region fra (passed): fra (Frankfurt, Germany) has room"_s),
                              qPrintable(rows(window).value(2)), 10000);
}

QTEST_MAIN(TestPreflight)
#include "tst_preflight.moc"
