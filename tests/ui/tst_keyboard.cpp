// The window for people who use the keyboard and for screen readers, against
// flightdeck-sim: a Machine launched from an empty window to "started" with
// key events only; every step opens with the focus in its first field; each
// step's mnemonics (its own, the wizard's buttons, the menus) are unique, in
// every language shipped; and every interactive widget on every step has an
// accessible name.

#include "app/settings/translations.h"
#include "simwindow.h"
#include "ui/launch/launchview.h"
#include "ui/wizard/steppage.h"
#include "ui/widgets/dialogs.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTableWidget>
#include <QTreeWidget>
#include <QListWidget>
#include <QTextBrowser>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

namespace {
enum Step { Account, App, Image, Command, Region, Resources, Services, Volumes, Environment, Lifecycle, Review };

// Keys as a keyboard sends them: to whatever has the focus.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

void type(const QString &text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

QString describe(const QWidget *widget)
{
    return u"%1 '%2'"_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

// The mnemonic letter of a text ("&Next >" → 'n'), or nothing.
std::optional<QChar> mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return std::nullopt;
}

// The widgets of the step on screen that a user reaches: visible, enabled.
QList<QWidget *> visibleWidgets(QWidget *root)
{
    QList<QWidget *> found;
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *widget : all) {
        if (widget->isVisible() && widget->isEnabled())
            found.append(widget);
    }
    return found;
}
} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aMachineLaunchedWithTheKeyboardOnly();
    void everyStepHasUniqueMnemonics();
    void everyInteractiveWidgetHasAnAccessibleName();
    void theHelpMenuTellsWithoutTheToken();
    void problemsAndStatesAreSpokenToo();
    void tabFollowsTheReadingOrder();
    void mnemonicsAreUniqueInEveryLanguage_data();
    void mnemonicsAreUniqueInEveryLanguage();

private:
    // "step: letter shared by A and B" for every clash on every step.
    QStringList mnemonicClashes(Ui::MainWindow &window);

    TestSupport::SimEnvironment m_env;
};

void TestKeyboard::initTestCase()
{
    QVERIFY2(m_env.start({u"--boot-delay"_s, u"100"_s}), qPrintable(m_env.sim.errorString()));
}

void TestKeyboard::aMachineLaunchedWithTheKeyboardOnly()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *wizard = window.wizard();

    // The App step opens with the focus in the app's name.
    QTRY_COMPARE(QApplication::focusWidget(), TestSupport::find<QComboBox>(window, u"appCombo"_s));
    type(u"demo-app"_s);
    QTRY_VERIFY(TestSupport::find<QLabel>(window, u"appKind"_s)->text().contains(u"An existing app"_s));
    press(Qt::Key_Return);
    QCOMPARE(wizard->currentStep(), int(Image));
    // The Image step: straight into the reference, past the choice of source.
    QTRY_COMPARE(QApplication::focusWidget(), TestSupport::find<QLineEdit>(window, u"imageEdit"_s));
    type(u"nginx:1.27"_s);
    press(Qt::Key_Return);
    QCOMPARE(wizard->currentStep(), int(Command));

    // Between steps with Alt+arrows and Ctrl+Page keys, from inside a field.
    press(Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(wizard->currentStep(), int(Region));
    press(Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(wizard->currentStep(), int(Resources));
    press(Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(wizard->currentStep(), int(Region));
    press(Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(wizard->currentStep(), int(Command));

    // Ctrl+Enter launches from anywhere; the Machine starts.
    m_env.api("DELETE", u"/_sim/requests"_s);
    press(Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(window.launchView()->state(), Ui::LaunchView::State::Succeeded, 60000);
    const QJsonArray machines = m_env.api("GET", u"/v1/apps/demo-app/machines"_s).json.toArray();
    const auto started = std::count_if(machines.cbegin(), machines.cend(), [](const QJsonValue &machine) {
        return machine.toObject().value(u"state"_s).toString() == "started"_L1
            && machine.toObject().value(u"config"_s).toObject().value(u"image"_s).toString() == "nginx:1.27"_L1;
    });
    QCOMPARE(started, 1);

    // The timeline's state icons have words for a screen reader.
    QAccessibleInterface *timeline = QAccessible::queryAccessibleInterface(TestSupport::find<QTreeWidget>(window, u"launchTimeline"_s));
    QVERIFY(timeline && timeline->tableInterface());
    QStringList states;
    for (int row = 0; row < timeline->tableInterface()->rowCount(); ++row) {
        QAccessibleInterface *cell = timeline->tableInterface()->cellAt(row, 0);
        QVERIFY(cell);
        states.append(cell->text(QAccessible::Description));
    }
    QVERIFY2(!states.isEmpty() && states.first() == u"done"_s && states.count(u"done"_s) + states.count(u"skipped"_s) == states.size(),
             qPrintable(states.join(u", "_s)));
}

void TestKeyboard::problemsAndStatesAreSpokenToo()
{
    // What the eye reads under a field and beside a step, a screen reader hears with the field and the step.
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *wizard = window.wizard();
    wizard->goToStep(Image);
    auto *image = TestSupport::find<QLineEdit>(window, u"imageEdit"_s);
    QTRY_COMPARE(QApplication::focusWidget(), image);
    image->selectAll();
    type(u"Not An Image"_s);
    press(Qt::Key_Return); // refused: the step has an error
    QCOMPARE(wizard->currentStep(), int(Image));
    const auto description = [](QWidget *widget) { return QAccessible::queryAccessibleInterface(widget)->text(QAccessible::Description); };
    QVERIFY2(description(image).contains(u"is not an image reference"_s), qPrintable(description(image)));
    QAccessibleInterface *steps = QAccessible::queryAccessibleInterface(TestSupport::find<QListWidget>(window, u"stepList"_s));
    QVERIFY(steps);
    QAccessibleInterface *imageStep = steps->child(Image);
    QVERIFY(imageStep);
    QCOMPARE(imageStep->text(QAccessible::Description), u"has errors"_s);

    image->selectAll();
    type(u"nginx:1.27"_s);
    QTRY_VERIFY2(!description(image).contains(u"is not an image reference"_s), qPrintable(description(image)));
    QCOMPARE(imageStep->text(QAccessible::Description), u"complete"_s);
}

QStringList TestKeyboard::mnemonicClashes(Ui::MainWindow &window)
{
    QStringList clashes;
    auto *wizard = window.wizard();
    const auto check = [&](int step) {
        QHash<QChar, QStringList> owners;
        const auto note = [&owners](const QString &text, const QString &owner) {
            if (const auto letter = mnemonic(text))
                owners[*letter].append(owner);
        };
        const QList<QAction *> menus = window.menuBar()->actions();
        for (const QAction *menu : menus)
            note(menu->text(), u"menu "_s + menu->text());
        const QList<QWidget *> widgets = visibleWidgets(wizard);
        for (QWidget *widget : widgets) {
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                note(button->text(), describe(widget));
            else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
                note(label->text(), u"label '%1'"_s.arg(label->text()));
            else if (auto *group = qobject_cast<QGroupBox *>(widget))
                note(group->title(), describe(widget));
        }
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            const QString clash = u"step %1: Alt+%2 is %3"_s.arg(step).arg(it.key(), it.value().join(u" and "_s));
            if (it.value().size() > 1 && !clashes.contains(clash))
                clashes.append(clash);
        }
    };
    for (int step = 0; step < wizard->stepCount(); ++step) {
        wizard->goToStep(step);
        check(step);
        TestSupport::revealOptionalParts(window); // and with what shows on request
        check(step);
    }
    return clashes;
}

void TestKeyboard::everyStepHasUniqueMnemonics()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    const QStringList clashes = mnemonicClashes(window);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

void TestKeyboard::everyInteractiveWidgetHasAnAccessibleName()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    auto *wizard = window.wizard();
    QStringList unnamed;
    for (int step = 0; step < wizard->stepCount(); ++step) {
        wizard->goToStep(step);
        const QList<QWidget *> widgets = visibleWidgets(wizard);
        for (QWidget *widget : widgets) {
            // A spin box speaks for the line edit inside it.
            if (!(widget->focusPolicy() & Qt::TabFocus) || qobject_cast<QScrollArea *>(widget) || widget->inherits("QScrollBar")
                || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(u"step %1: %2"_s.arg(step).arg(describe(widget)));
        }
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

void TestKeyboard::theHelpMenuTellsWithoutTheToken()
{
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));

    // Copy diagnostic information: versions, the endpoint, where the token came from; never the token.
    QGuiApplication::clipboard()->clear();
    QVERIFY(TestSupport::chooseMenuEntry(window, {u"Help"_s, u"Copy diagnostic"_s}));
    const QString report = QGuiApplication::clipboard()->text();
    QVERIFY2(report.startsWith(u"Flightdeck "_s) && report.contains(u", Qt "_s) && report.contains(u"KSyntaxHighlighting "_s)
                 && report.contains(u"QtKeychain "_s),
             qPrintable(report));
    QVERIFY2(report.contains(u"Machines API: "_s + m_env.sim.baseUrl().toString()), qPrintable(report));
    QVERIFY2(report.contains(u"Token: from the environment variable FLY_API_TOKEN, accepted by the API"_s), qPrintable(report));
    QVERIFY(!report.contains(m_env.sim.token()));

    // About names the versions.
    Ui::Dialogs::Script::answerQuestion(QMessageBox::Ok);
    QVERIFY(TestSupport::chooseMenuEntry(window, {u"Help"_s, u"About"_s}));
    QCOMPARE(Ui::Dialogs::Script::takeAsked(), QStringList{u"About Flightdeck"_s});

    // The guide, offline: how to give Flightdeck a token, the steps, the checks.
    QString guide;
    QTimer::singleShot(0, this, [&guide] {
        QWidget *dialog = QApplication::activeModalWidget();
        auto *text = dialog ? dialog->findChild<QTextBrowser *>(u"guideText"_s) : nullptr;
        guide = text ? text->toPlainText() : QString();
        if (dialog)
            QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QVERIFY(TestSupport::chooseMenuEntry(window, {u"Help"_s, u"Flightdeck guide"_s}));
    for (const QString &part : {u"Your API token"_s, u"FLY_API_TOKEN"_s, u"Checks before anything is created"_s, u"flightdeck run --help"_s})
        QVERIFY2(guide.contains(part), qPrintable(part + u" not in:\n"_s + guide.left(400)));

    // Keyboard shortcuts lists the window's own: read from its actions.
    QStringList listed;
    QTimer::singleShot(0, this, [&listed] {
        auto *table = QApplication::activeModalWidget() ? QApplication::activeModalWidget()->findChild<QTableWidget *>(u"shortcutsTable"_s) : nullptr;
        for (int row = 0; table && row < table->rowCount(); ++row)
            listed.append(table->item(row, 0)->text() + u" = "_s + table->item(row, 1)->text());
        if (QApplication::activeModalWidget())
            QTest::keyClick(QApplication::activeModalWidget(), Qt::Key_Escape);
    });
    QVERIFY(TestSupport::chooseMenuEntry(window, {u"Help"_s, u"Keyboard"_s}));
    QVERIFY2(listed.contains(QKeySequence(u"Ctrl+Return"_s).toString(QKeySequence::NativeText) + u" = Create and start"_s), qPrintable(listed.join(u'\n')));
    QVERIFY2(listed.contains(QKeySequence(u"Alt+Left"_s).toString(QKeySequence::NativeText) + u" or "_s
                             + QKeySequence(u"Ctrl+PgUp"_s).toString(QKeySequence::NativeText) + u" = Previous step"_s),
             qPrintable(listed.join(u'\n')));
    QVERIFY2(listed.contains(u"F1 = Help for this step"_s), qPrintable(listed.join(u'\n')));
}

void TestKeyboard::tabFollowsTheReadingOrder()
{
    // From a step's first field, Tab goes down the page as one reads it: never back up, and
    // left to right along a row (Ctrl+Tab leaves a table, whose Tab moves between its cells).
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *wizard = window.wizard();
    QStringList wrong;
    qsizetype visited = 0;
    for (int step = 0; step < wizard->stepCount(); ++step) {
        wizard->goToStep(step);
        QWidget *page = wizard->page(step);
        QWidget *first = page->nextInFocusChain();
        while (first != page && !(first->isVisible() && first->isEnabled() && (first->focusPolicy() & Qt::TabFocus)))
            first = first->nextInFocusChain();
        if (first == page)
            continue;
        first->setFocus(Qt::TabFocusReason);
        QList<QWidget *> order{first};
        for (int i = 0; i < 80; ++i) {
            QWidget *before = QApplication::focusWidget();
            press(Qt::Key_Tab);
            if (QApplication::focusWidget() == before)
                press(Qt::Key_Tab, Qt::ControlModifier);
            QWidget *now = QApplication::focusWidget();
            if (!now || !page->isAncestorOf(now) || order.contains(now))
                break;
            order.append(now);
        }
        visited += order.size();
        for (qsizetype i = 1; i < order.size(); ++i) {
            const QRect a(order.at(i - 1)->mapTo(page, QPoint(0, 0)), order.at(i - 1)->size());
            const QRect b(order.at(i)->mapTo(page, QPoint(0, 0)), order.at(i)->size());
            const bool sameRow = b.top() < a.bottom() && a.top() < b.bottom();
            if ((sameRow && b.left() < a.left()) || (!sameRow && b.top() < a.top()))
                wrong.append(u"step %1: %2 after %3"_s.arg(step).arg(describe(order.at(i)), describe(order.at(i - 1))));
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    QVERIFY2(visited > 5 * wizard->stepCount(), qPrintable(QString::number(visited))); // the walks went through the pages
}

void TestKeyboard::mnemonicsAreUniqueInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    const QStringList languages = availableLanguages();
    for (const QString &language : languages)
        QTest::newRow(qPrintable(language)) << language;
}

void TestKeyboard::mnemonicsAreUniqueInEveryLanguage()
{
    // The last test here: the last catalogue stays installed.
    QFETCH(QString, language);
    QVERIFY(installTranslations(language));
    Ui::MainWindow window(m_env.files());
    QVERIFY(TestSupport::openConnected(window));
    const QStringList clashes = mnemonicClashes(window);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
