// Every step of the wizard at the smallest window it is made for (1024×700),
// in every shipped language: nothing scrolls sideways, no label, button or
// placeholder is cut off. Run at QT_SCALE_FACTOR=2 too (tst_layout_200pct),
// where fonts round differently.

#include "app/settings/translations.h"
#include "app/spec/runspecdocument.h"
#include "simwindow.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

namespace {

// A Machine with something on every step, so that every field shows.
RunSpec everything()
{
    RunSpec spec;
    spec.app = u"demo-app"_s;
    spec.image = u"nginx:1.27"_s;
    spec.region = u"ams"_s;
    spec.name = u"web-1"_s;
    spec.cmd = {u"nginx"_s, u"-g"_s, u"daemon off;"_s};
    spec.guest = GuestSpec{u"shared"_s, 2, 1024, 0, {}, {}, {}};
    spec.services = {ServiceSpec{u"tcp"_s, 80, {PortSpec{443, 0, 0, {u"tls"_s, u"http"_s}, {}}, PortSpec{8000, 8000, 8010, {}, {}}}, true,
                                 Autostop::Suspend, {}}};
    spec.env = {{u"NODE_ENV"_s, u"production"_s}};
    spec.metadata = {{u"team"_s, u"web"_s}};
    spec.restart = RestartSpec{u"on-failure"_s, 3, {}};
    spec.mounts = {MountSpec{u"vol_demo0000data0001"_s, u"/data"_s, {}}};
    FileSpec file;
    file.guestPath = u"/etc/motd"_s;
    file.value = u"hello"_s;
    spec.files = {file};
    return spec;
}

QString describe(const QWidget *widget, const QString &text)
{
    return u"%1 '%2' (\"%3\")"_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text.left(60));
}

// In a view that scrolls sideways, the innermost widgets reaching past the view's right edge.
QString widest(QAbstractScrollArea *area)
{
    const int room = area->viewport()->width();
    auto *scroll = qobject_cast<QScrollArea *>(area);
    if (!scroll || !scroll->widget())
        return u"%1 px wide, %2 px of room"_s.arg(area->horizontalScrollBar()->maximum() + room).arg(room);
    QWidget *page = scroll->widget();
    const auto reachesOut = [&](QWidget *widget) { return widget->isVisible() && widget->mapTo(page, QPoint(widget->width(), 0)).x() > room; };
    QStringList culprits;
    const QList<QWidget *> all = page->findChildren<QWidget *>();
    for (QWidget *widget : all) {
        if (!reachesOut(widget))
            continue;
        const QList<QWidget *> inner = widget->findChildren<QWidget *>();
        if (std::none_of(inner.cbegin(), inner.cend(), reachesOut))
            culprits.append(u"%1 to %2 px"_s.arg(describe(widget, {})).arg(widget->mapTo(page, QPoint(widget->width(), 0)).x()));
    }
    return u"%1 px of room; %2"_s.arg(room).arg(culprits.join(u", "_s));
}

// What on `root` a user cannot read whole: text cut short, or a view that scrolls sideways.
QStringList cutOff(QWidget *root)
{
    QStringList found;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget); label && !label->text().isEmpty()) {
            const bool fits = label->wordWrap() ? label->height() >= label->heightForWidth(label->width())
                                                : label->width() >= label->sizeHint().width();
            if (!fits)
                found.append(describe(label, label->text()) + u" is cut off"_s);
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget); button && !button->text().isEmpty()) {
            if (button->width() < button->sizeHint().width())
                found.append(describe(button, button->text()) + u" does not fit its text"_s);
        } else if (auto *edit = qobject_cast<QLineEdit *>(widget); edit && !edit->placeholderText().isEmpty() && edit->text().isEmpty()) {
            const int margins = 2 * (edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit) + 2);
            if (edit->fontMetrics().horizontalAdvance(edit->placeholderText()) > edit->width() - margins)
                found.append(describe(edit, edit->placeholderText()) + u": the placeholder is cut off"_s);
        } else if (auto *combo = qobject_cast<QComboBox *>(widget); combo && !combo->isEditable() && !combo->currentText().isEmpty()) {
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.currentText = combo->currentText();
            const QSize text(combo->fontMetrics().horizontalAdvance(combo->currentText()), combo->fontMetrics().height());
            if (combo->width() < combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, combo).width())
                found.append(describe(combo, combo->currentText()) + u": the choice is cut off"_s);
        }
        if (auto *area = qobject_cast<QAbstractScrollArea *>(widget); area && area->horizontalScrollBar()->maximum() > 0
            && area->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOn && !area->inherits("QPlainTextEdit") && !area->inherits("QTextEdit"))
            found.append(describe(area, {}) + u" scrolls sideways: "_s + widest(area));
    }
    return found;
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyStepFits_data();
    void everyStepFits();

private:
    TestSupport::SimEnvironment m_env;
};

void TestLayout::initTestCase()
{
    QVERIFY2(m_env.start(), qPrintable(m_env.sim.errorString()));
}

void TestLayout::everyStepFits_data()
{
    QTest::addColumn<QString>("language");
    // Every language Flightdeck ships: a new catalogue is checked without a change here.
    const QStringList languages = availableLanguages();
    for (const QString &language : languages)
        QTest::newRow(qPrintable(language)) << language;
}

void TestLayout::everyStepFits()
{
    QFETCH(QString, language);
    installTranslations(language);
    Ui::MainWindow window(m_env.files());
    window.resize(1024, 700);
    QVERIFY(TestSupport::openConnected(window));
    window.document()->setSpec(everything());
    auto *wizard = window.wizard();
    QStringList problems;
    for (int step = 0; step < wizard->stepCount(); ++step) {
        wizard->goToStep(step);
        QTest::qWait(step == wizard->stepCount() - 1 ? 1500 : 150); // lists arrive; Review runs its checks
        QStringList found = cutOff(wizard);
        TestSupport::revealOptionalParts(window); // the Dockerfile build, the advanced resources
        QTest::qWait(50);
        found += cutOff(wizard);
        found.removeDuplicates();
        for (const QString &problem : std::as_const(found))
            problems.append(u"%1 (step %2, %3): %4"_s.arg(language).arg(step + 1).arg(wizard->stepTitle(step), problem));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
