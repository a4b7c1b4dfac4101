// The wizard's steps, driven through their real widgets offscreen: a walk that
// ends with the same request `flightdeck run … --print-config` prints, Next
// refusing a step with errors (and saying why), and jumps to any step.

#include "mainwindow.h"
#include "spec/runspecdocument.h"
#include "widgets/keyvaluetable.h"
#include "wizard/runwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

class TestRunWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walkMatchesTheCommandLine();
    void nextIsBlockedWithTheReasonVisible();
    void stepListJumpsAndShowsStates();
    void resourcesOfferOnlyValidCombinations();
    void previewEditsFillTheForm();
    void regionsWithPrices();
    void lifecycleShowsTheEffectiveDefault();
    void portTableFollowsTheSpec();

private:
    static void selectRegion(QWidget &window, const QString &code)
    {
        auto *list = window.findChild<QListWidget *>(u"regionList"_s);
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == code)
                list->setCurrentRow(i);
        }
    }
    template <typename T>
    static T *find(QWidget &window, const QString &name)
    {
        T *widget = window.findChild<T *>(name);
        if (!widget)
            qWarning() << "no widget" << name;
        return widget;
    }
};

void TestRunWizard::walkMatchesTheCommandLine()
{
    Ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *wizard = find<Ui::RunWizard>(window, u"runWizard"_s);
    auto *next = find<QPushButton>(window, u"nextButton"_s);

    QTest::keyClicks(find<QLineEdit>(window, u"appEdit"_s), u"demo-app"_s);
    QTest::keyClicks(find<QLineEdit>(window, u"imageEdit"_s), u"nginx:1.27"_s);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentStep(), 1);

    QTest::keyClicks(find<QLineEdit>(window, u"cmdEdit"_s), u"sh -c 'echo hello; sleep 3600'"_s);
    QTest::keyClicks(find<QLineEdit>(window, u"entrypointEdit"_s), u"/usr/bin/tini --"_s);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentStep(), 2);

    selectRegion(window, u"ams"_s);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentStep(), 3);

    auto *kind = find<QComboBox>(window, u"cpuKindCombo"_s);
    kind->setFocus();
    kind->setCurrentIndex(kind->findData(u"performance"_s));
    Q_EMIT kind->activated(kind->currentIndex());
    auto *cpus = find<QComboBox>(window, u"cpusCombo"_s);
    cpus->setCurrentIndex(cpus->findData(2));
    Q_EMIT cpus->activated(cpus->currentIndex());
    QCOMPARE(window.document()->spec().guest.memoryMb, 4096); // moved to the nearest valid value
    auto *memory = find<QSpinBox>(window, u"memorySpin"_s);
    memory->setFocus();
    memory->selectAll();
    QTest::keyClicks(memory, u"8192"_s);
    QTest::keyClick(memory, Qt::Key_Tab);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentStep(), 4);

    // Services: one port with TLS and HTTP on internal port 8080, suspended when idle.
    QTest::mouseClick(find<QPushButton>(window, u"addPortButton"_s), Qt::LeftButton);
    auto *autostop = find<QComboBox>(window, u"autostopCombo"_s);
    autostop->setCurrentIndex(2);
    Q_EMIT autostop->activated(2);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentStep(), 5);

    // Environment: typed rows and pasted KEY=VALUE lines.
    auto *env = find<Ui::KeyValueTable>(window, u"env"_s);
    QCOMPARE(env->importText(u"# from .env\nexport NODE_ENV=production\nGREETING=\"hello world\"\nnot a pair\n"_s), QStringList{u"not a pair"_s});
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentStep(), 6);

    // Lifecycle: a name and a restart policy with attempts.
    QTest::keyClicks(find<QLineEdit>(window, u"nameEdit"_s), u"web-1"_s);
    auto *restart = find<QComboBox>(window, u"restartCombo"_s);
    restart->setCurrentIndex(restart->findData(u"on-failure"_s));
    Q_EMIT restart->activated(restart->currentIndex());
    find<QSpinBox>(window, u"retriesSpin"_s)->setValue(3);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentStep(), 7);

    // The preview holds what the command line would send for the same choices.
    QProcess flightdeck;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"FLY_APP"_s);
    flightdeck.setProcessEnvironment(environment);
    flightdeck.start(QStringLiteral(FLIGHTDECK_EXECUTABLE),
                     {u"run"_s, u"nginx:1.27"_s, u"-a"_s, u"demo-app"_s, u"-r"_s, u"ams"_s, u"--entrypoint"_s, u"/usr/bin/tini --"_s, u"--vm-cpu-kind"_s,
                      u"performance"_s, u"--vm-cpus"_s, u"2"_s, u"--vm-memory"_s, u"8192"_s, u"-e"_s, u"NODE_ENV=production"_s, u"-e"_s,
                      u"GREETING=hello world"_s, u"--name"_s, u"web-1"_s, u"-p"_s, u"443:8080/tcp:http:tls"_s, u"--autostart=true"_s,
                      u"--autostop=suspend"_s, u"--machine-config"_s, uR"({"restart":{"policy":"on-failure","max_retries":3}})"_s,
                      u"--print-config"_s, u"--"_s, u"sh"_s, u"-c"_s, u"echo hello; sleep 3600"_s});
    QVERIFY(flightdeck.waitForFinished(30000));
    QCOMPARE(flightdeck.exitCode(), 0);
    const QJsonObject fromCommandLine = QJsonDocument::fromJson(flightdeck.readAllStandardOutput()).object();
    const QJsonObject fromPreview = QJsonDocument::fromJson(find<QPlainTextEdit>(window, u"jsonPreviewEditor"_s)->toPlainText().toUtf8()).object();
    QVERIFY(!fromPreview.isEmpty());
    QCOMPARE(fromPreview, fromCommandLine);

    // Review: nothing to fix, and the command to paste into a terminal.
    auto *issues = find<QListWidget>(window, u"reviewIssues"_s);
    QCOMPARE(issues->count(), 1);
    QCOMPARE(issues->item(0)->text(), u"No problems: ready to launch."_s);
    QVERIFY(find<QPlainTextEdit>(window, u"reviewCommand"_s)->toPlainText().startsWith(u"fly machine run nginx:1.27 --app demo-app --region ams --name web-1"_s));
}

void TestRunWizard::nextIsBlockedWithTheReasonVisible()
{
    Ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *wizard = find<Ui::RunWizard>(window, u"runWizard"_s);
    QTest::keyClicks(find<QLineEdit>(window, u"appEdit"_s), u"Demo_App"_s);
    QTest::keyClicks(find<QLineEdit>(window, u"imageEdit"_s), u"Not An Image"_s);
    QTest::mouseClick(find<QPushButton>(window, u"nextButton"_s), Qt::LeftButton);

    QCOMPARE(wizard->currentStep(), 0);
    auto *reason = find<QLabel>(window, u"nextBlockedReason"_s);
    QVERIFY(reason->isVisible());
    QVERIFY(reason->text().contains(u"2 problem(s)"_s));
    auto *imageMessage = find<QLabel>(window, u"imageEditMessage"_s);
    QVERIFY(imageMessage->isVisible());
    QVERIFY2(imageMessage->text().contains(u"is not an image reference"_s), qPrintable(imageMessage->text()));
    QVERIFY(find<QLabel>(window, u"appEditMessage"_s)->text().contains(u"lowercase letters, digits and dashes"_s));
    QCOMPARE(wizard->stepState(0), Ui::RunWizard::StepState::HasErrors);

    // Fixing the fields lifts the block.
    auto *app = find<QLineEdit>(window, u"appEdit"_s);
    app->selectAll();
    QTest::keyClicks(app, u"demo-app"_s);
    auto *image = find<QLineEdit>(window, u"imageEdit"_s);
    image->selectAll();
    QTest::keyClicks(image, u"nginx"_s);
    QVERIFY(!reason->isVisible());
    QVERIFY(!imageMessage->isVisible());
    QVERIFY(wizard->next());
    QCOMPARE(wizard->currentStep(), 1);

    // An unfinished quote is shown, and what was typed stays.
    auto *cmd = find<QLineEdit>(window, u"cmdEdit"_s);
    QTest::keyClicks(cmd, u"sh -c 'echo"_s);
    QVERIFY(find<QLabel>(window, u"commandSyntaxMessage"_s)->isVisible());
    QCOMPARE(cmd->text(), u"sh -c 'echo"_s);
    QCOMPARE(window.document()->spec().cmd, (QStringList{u"sh"_s, u"-c"_s})); // the last complete reading
}

void TestRunWizard::stepListJumpsAndShowsStates()
{
    Ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *wizard = find<Ui::RunWizard>(window, u"runWizard"_s);
    auto *steps = find<QListWidget>(window, u"stepList"_s);
    QCOMPARE(steps->count(), wizard->stepCount());
    QCOMPARE(wizard->stepState(2), Ui::RunWizard::StepState::Untouched);

    steps->setCurrentRow(wizard->stepCount() - 1); // straight to Review, errors or not
    QCOMPARE(wizard->currentStep(), wizard->stepCount() - 1);
    auto *issues = find<QListWidget>(window, u"reviewIssues"_s);
    QVERIFY(issues->count() >= 2); // no app, no image
    // Activating a problem goes to the step that owns its field.
    for (int i = 0; i < issues->count(); ++i) {
        if (issues->item(i)->data(Qt::UserRole).toString() == "image"_L1)
            Q_EMIT issues->itemActivated(issues->item(i));
    }
    QCOMPARE(wizard->currentStep(), 0);
    QCOMPARE(wizard->stepState(0), Ui::RunWizard::StepState::HasErrors);
}

void TestRunWizard::resourcesOfferOnlyValidCombinations()
{
    Ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    find<Ui::RunWizard>(window, u"runWizard"_s)->goToStep(3); // Resources
    auto *cpus = find<QComboBox>(window, u"cpusCombo"_s);
    QStringList counts;
    for (int i = 0; i < cpus->count(); ++i)
        counts.append(cpus->itemText(i));
    QCOMPARE(counts, (QStringList{u"1"_s, u"2"_s, u"4"_s, u"6"_s, u"8"_s}));
    auto *memory = find<QSpinBox>(window, u"memorySpin"_s);
    QCOMPARE(memory->minimum(), 256);
    QCOMPARE(memory->maximum(), 2048);
    QCOMPARE(memory->singleStep(), 256);

    auto *preset = find<QComboBox>(window, u"presetCombo"_s);
    preset->setCurrentIndex(preset->findData(u"performance-4x"_s));
    Q_EMIT preset->activated(preset->currentIndex());
    const GuestSpec guest = window.document()->spec().guest;
    QCOMPARE(guest.cpuKind, u"performance"_s);
    QCOMPARE(guest.cpus, 4);
    QCOMPARE(guest.memoryMb, 8192);
    QCOMPARE(memory->minimum(), 8192);
    QCOMPARE(memory->maximum(), 32768);
}

void TestRunWizard::previewEditsFillTheForm()
{
    Ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *editor = find<QPlainTextEdit>(window, u"jsonPreviewEditor"_s);
    auto *status = find<QLabel>(window, u"jsonPreviewStatus"_s);
    auto *imageEdit = find<QLineEdit>(window, u"imageEdit"_s);
    QTest::keyClicks(find<QLineEdit>(window, u"appEdit"_s), u"demo-app"_s);

    // JSON → form: a pasted request fills the fields it covers.
    editor->setFocus();
    editor->selectAll();
    editor->insertPlainText(
        uR"({"config":{"image":"redis:7","guest":{"cpu_kind":"shared","cpus":2,"memory_mb":1024},"init":{"cmd":["redis-server","--save",""]},"env":{"MODE":"cache"}},"region":"fra"})"_s);
    QTRY_COMPARE(window.document()->spec().image, u"redis:7"_s);
    QCOMPARE(imageEdit->text(), u"redis:7"_s);
    // The other steps show it when they are shown.
    auto *wizard = find<Ui::RunWizard>(window, u"runWizard"_s);
    wizard->goToStep(2);
    QCOMPARE(find<QListWidget>(window, u"regionList"_s)->currentItem()->data(Qt::UserRole).toString(), u"fra"_s);
    wizard->goToStep(1);
    QCOMPARE(find<QLineEdit>(window, u"cmdEdit"_s)->text(), u"redis-server --save ''"_s);
    wizard->goToStep(0);
    QCOMPARE(window.document()->spec().env.value(u"MODE"_s), u"cache"_s);
    QCOMPARE(window.document()->spec().app, u"demo-app"_s); // the request cannot say it; the form keeps it
    QVERIFY(!status->isVisible());

    // Form → JSON: the preview follows, marks what changed, and keeps the focus out.
    imageEdit->setFocus();
    imageEdit->selectAll();
    QTest::keyClicks(imageEdit, u"redis:7.4"_s);
    QVERIFY(editor->toPlainText().contains(u"\"image\": \"redis:7.4\""_s));
    QVERIFY(!editor->extraSelections().isEmpty());
    QVERIFY(imageEdit->hasFocus());
    // Focusing a field scrolls the preview to its key.
    find<QLineEdit>(window, u"cmdEdit"_s)->setFocus();
    QTRY_VERIFY(editor->textCursor().block().text().contains(u"\"cmd\""_s));

    // Broken JSON: the problem at its line, the spec untouched, the text kept.
    editor->setFocus();
    editor->selectAll();
    const QString broken = u"{\n  \"config\": {\n    \"image\": \n}"_s;
    editor->insertPlainText(broken);
    QTRY_VERIFY(status->isVisible());
    QVERIFY2(status->text().startsWith(u"Line 4: "_s), qPrintable(status->text()));
    QCOMPARE(window.document()->spec().image, u"redis:7.4"_s);
    QTest::keyClicks(find<QLineEdit>(window, u"cmdEdit"_s), u" x"_s); // a form edit meanwhile
    QCOMPARE(editor->toPlainText(), broken);

    // Valid JSON that breaks a rule: refused, with the rule, at the key's line.
    editor->selectAll();
    editor->insertPlainText(u"{\"config\": {\n \"image\": \"redis:7\",\n \"guest\": {\"cpu_kind\": \"shared\", \"cpus\": 1,\n  \"memory_mb\": 300}}}"_s);
    QTRY_VERIFY(status->text().contains(u"guest.memory_mb"_s));
    QVERIFY(status->text().startsWith(u"Line 4: "_s));
    QCOMPARE(window.document()->spec().guest.memoryMb, 1024);
}

void TestRunWizard::regionsWithPrices()
{
    Ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    find<Ui::RunWizard>(window, u"runWizard"_s)->goToStep(2);
    auto *list = find<QListWidget>(window, u"regionList"_s);
    QCOMPARE(list->count(), 19); // "let Fly choose" and 18 regions
    QCOMPARE(list->item(0)->text(), u"Let Fly choose — the region nearest to you (from $1.94/month)"_s);
    selectRegion(window, u"gru"_s);
    QCOMPARE(window.document()->spec().region, u"gru"_s);
    QCOMPARE(list->currentItem()->text(), u"Sao Paulo, Brazil (gru) — $3.14/month"_s);

    // Prices follow the size.
    RunSpec spec = window.document()->spec();
    spec.guest = GuestSpec{u"performance"_s, 1, 2048, 0, {}, {}, {}};
    window.document()->setSpec(spec);
    QCOMPARE(list->currentItem()->text(), u"Sao Paulo, Brazil (gru) — $50.08/month"_s);
    find<Ui::RunWizard>(window, u"runWizard"_s)->goToStep(3);
    QCOMPARE(find<QLabel>(window, u"monthlyCost"_s)->text(), u"$50.08/month while running, in gru"_s);
    find<Ui::RunWizard>(window, u"runWizard"_s)->goToStep(2);

    auto *filter = find<QLineEdit>(window, u"regionFilter"_s);
    QTest::keyClicks(filter, u"tokyo"_s);
    int visible = 0;
    for (int i = 0; i < list->count(); ++i)
        visible += list->item(i)->isHidden() ? 0 : 1;
    QCOMPARE(visible, 1);

    list->setCurrentRow(0);
    QVERIFY(window.document()->spec().region.isEmpty()); // let Fly choose
}

void TestRunWizard::lifecycleShowsTheEffectiveDefault()
{
    Ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *wizard = find<Ui::RunWizard>(window, u"runWizard"_s);
    wizard->goToStep(6);
    auto *effective = find<QLabel>(window, u"restartDefault"_s);
    QVERIFY(effective->text().contains(u"the platform's"_s));
    find<QCheckBox>(window, u"autoDestroyCheck"_s)->setChecked(true);
    QVERIFY(effective->text().contains(u"Default here: no"_s));
    QVERIFY(window.document()->spec().autoDestroy);
    find<QCheckBox>(window, u"autoDestroyCheck"_s)->setChecked(false);
    auto *schedule = find<QComboBox>(window, u"scheduleCombo"_s);
    schedule->setCurrentIndex(schedule->findData(u"daily"_s));
    Q_EMIT schedule->activated(schedule->currentIndex());
    QVERIFY(effective->text().contains(u"on-failure"_s));
    // The preview shows the policy that will really be sent.
    QVERIFY(find<QPlainTextEdit>(window, u"jsonPreviewEditor"_s)->toPlainText().contains(u"\"policy\": \"on-failure\""_s));

    // Always with a schedule: the warning reaches the page.
    auto *restart = find<QComboBox>(window, u"restartCombo"_s);
    restart->setCurrentIndex(restart->findData(u"always"_s));
    Q_EMIT restart->activated(restart->currentIndex());
    QVERIFY(find<QLabel>(window, u"restartComboMessage"_s)->text().contains(u"never waits for its schedule"_s));
}

void TestRunWizard::portTableFollowsTheSpec()
{
    Ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    find<Ui::RunWizard>(window, u"runWizard"_s)->goToStep(4);
    // From the command line's view of ports: a range, udp, handlers.
    RunSpec spec = window.document()->spec();
    spec.services = {ServiceSpec{u"udp"_s, 3478, {PortSpec{0, 49152, 49200, {}, {}}}, true, Autostop::Stop, {}},
                     ServiceSpec{u"tcp"_s, 80, {PortSpec{443, 0, 0, {u"http"_s, u"tls"_s}, {}}, PortSpec{80, 0, 0, {u"http"_s}, {}}}, true, Autostop::Stop,
                                 QJsonObject{{u"min_machines_running"_s, 1}}}};
    window.document()->setSpec(spec);
    auto *table = find<QTableWidget>(window, u"portTable"_s);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(qobject_cast<QLineEdit *>(table->cellWidget(0, 0))->text(), u"49152-49200"_s);
    QCOMPARE(qobject_cast<QComboBox *>(table->cellWidget(0, 2))->currentText(), u"udp"_s);
    QVERIFY(find<QCheckBox>(window, u"handler_1_tls"_s)->isChecked());
    QVERIFY(!find<QCheckBox>(window, u"handler_2_tls"_s)->isChecked());

    // Unticking a handler changes that port only; the service keeps what it had besides ports.
    find<QCheckBox>(window, u"handler_1_tls"_s)->setChecked(false);
    const QList<ServiceSpec> services = window.document()->spec().services;
    QCOMPARE(services.size(), 2);
    QCOMPARE(services.at(1).ports.at(0).handlers, QStringList{u"http"_s});
    QCOMPARE(services.at(1).extra.value(u"min_machines_running"_s).toInt(), 1);
    QCOMPARE(services.at(0).ports.at(0).endPort, 49200);

    // A bad port is explained beside the table.
    auto *external = qobject_cast<QLineEdit *>(table->cellWidget(2, 0));
    external->selectAll();
    QTest::keyClicks(external, u"70000"_s);
    QVERIFY(find<QLabel>(window, u"portTableMessage"_s)->text().contains(u"port 70000 is out of range"_s));
    QVERIFY(!find<Ui::RunWizard>(window, u"runWizard"_s)->next());
}

QTEST_MAIN(TestRunWizard)
#include "tst_runwizard.moc"
