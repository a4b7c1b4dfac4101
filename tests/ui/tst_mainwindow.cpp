// The main window opens, and its preview shows the request, highlighted.

#include "app/settings/translations.h"
#include "app/spec/runspecdocument.h"
#include "ui/gui.h"
#include "ui/mainwindow.h"
#include "ui/widgets/icons.h"
#include "ui/wizard/runwizard.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensWithHighlightedPreview();
    void typingAnImageUpdatesThePreview();
    void previewFollowsADarkPalette();
    void aPrefilledSpecShowsInPageAndPreview();
    void iconsAreSharpAtAnyScale();
    void germanWhenChosen();

private:
    static QSet<QRgb> foregroundColours(const QPlainTextEdit *editor);

    QTemporaryDir m_home; // the windows' settings, draft and history
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // nothing else of the user's is touched
    QVERIFY(m_home.isValid());
    QLocale::setDefault(QLocale::c());
}

QSet<QRgb> TestMainWindow::foregroundColours(const QPlainTextEdit *editor)
{
    QSet<QRgb> colours;
    for (QTextBlock block = editor->document()->begin(); block.isValid(); block = block.next()) {
        const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
        for (const QTextLayout::FormatRange &range : formats)
            colours.insert(range.format.foreground().color().rgba());
    }
    return colours;
}

void TestMainWindow::opensWithHighlightedPreview()
{
    Ui::MainWindow window(UserFiles::in(m_home.path()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *editor = window.findChild<QPlainTextEdit *>(u"jsonPreviewEditor"_s);
    QVERIFY(editor);
    QVERIFY(!editor->isReadOnly()); // editable: see tst_runwizard
    QVERIFY(editor->toPlainText().contains(u"\"config\""_s));

    // Highlighting means keys and punctuation carry formats of different
    // colours; plain text would have no formats at all.
    QTRY_VERIFY2(foregroundColours(editor).size() >= 2, "the JSON preview is not highlighted");
}

void TestMainWindow::typingAnImageUpdatesThePreview()
{
    Ui::MainWindow window(UserFiles::in(m_home.path()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.wizard()->goToStep(2); // the Image step, built when first shown
    auto *imageEdit = window.findChild<QLineEdit *>(u"imageEdit"_s);
    auto *editor = window.findChild<QPlainTextEdit *>(u"jsonPreviewEditor"_s);
    QVERIFY(imageEdit && editor);

    QTest::keyClicks(imageEdit, u"nginx:1.27"_s);
    QCOMPARE(window.document()->spec().image, u"nginx:1.27"_s);
    QVERIFY2(editor->toPlainText().contains(u"\"image\": \"nginx:1.27\""_s), qPrintable(editor->toPlainText()));
    QTRY_VERIFY(foregroundColours(editor).size() >= 2);
}

void TestMainWindow::previewFollowsADarkPalette()
{
    Ui::MainWindow window(UserFiles::in(m_home.path()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *preview = window.findChild<QWidget *>(u"jsonPreview"_s);
    auto *editor = window.findChild<QPlainTextEdit *>(u"jsonPreviewEditor"_s);
    QVERIFY(preview && editor);

    QPalette dark = preview->palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1c));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    preview->setPalette(dark);
    QTRY_VERIFY(editor->palette().color(QPalette::Base).lightness() < 128);

    QPalette light = preview->palette();
    light.setColor(QPalette::Window, QColor(0xf4, 0xf4, 0xf4));
    light.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    light.setColor(QPalette::Text, QColor(0x10, 0x10, 0x10));
    preview->setPalette(light);
    QTRY_VERIFY(editor->palette().color(QPalette::Base).lightness() >= 128);
}

void TestMainWindow::aPrefilledSpecShowsInPageAndPreview()
{
    // What `flightdeck run nginx:1.27 -r ams -p 80/tcp:http` hands the window.
    RunSpec spec;
    spec.image = u"nginx:1.27"_s;
    spec.region = u"ams"_s;
    spec.services = {ServiceSpec{u"tcp"_s, 80, {PortSpec{80, 0, 0, {u"http"_s}, {}}}, std::nullopt, std::nullopt, {}}};

    Ui::MainWindow window(UserFiles::in(m_home.path()));
    window.document()->setSpec(spec);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.findChild<Ui::RunWizard *>(u"runWizard"_s)->goToStep(2); // the Image step
    QCOMPARE(window.findChild<QLineEdit *>(u"imageEdit"_s)->text(), u"nginx:1.27"_s);
    window.findChild<Ui::RunWizard *>(u"runWizard"_s)->goToStep(4); // the Region step
    QCOMPARE(window.findChild<QListWidget *>(u"regionList"_s)->currentItem()->data(Qt::UserRole).toString(), u"ams"_s);
    const QString preview = window.findChild<QPlainTextEdit *>(u"jsonPreviewEditor"_s)->toPlainText();
    QVERIFY(preview.contains(u"\"region\": \"ams\""_s));
    QVERIFY(preview.contains(u"\"internal_port\": 80"_s));

    // Editing one field keeps everything else the spec holds.
    auto *regions = window.findChild<QListWidget *>(u"regionList"_s);
    for (int i = 0; i < regions->count(); ++i) {
        if (regions->item(i)->data(Qt::UserRole).toString() == "ord"_L1) {
            regions->scrollToItem(regions->item(i));
            QTest::mouseClick(regions->viewport(), Qt::LeftButton, {}, regions->visualItemRect(regions->item(i)).center());
        }
    }
    QCOMPARE(window.document()->spec().region, u"ord"_s);
    QCOMPARE(window.document()->spec().services, spec.services);
}

void TestMainWindow::iconsAreSharpAtAnyScale()
{
    // SVG icons render at every size a high-DPI screen asks for; a missing SVG
    // icon engine (an install step forgotten) leaves them empty.
    for (const Ui::StateIcon state : {Ui::StateIcon::Complete, Ui::StateIcon::Error, Ui::StateIcon::Running, Ui::StateIcon::Failed,
                                      Ui::StateIcon::Skipped, Ui::StateIcon::Cancelled}) {
        const QIcon icon = Ui::stateIcon(state);
        for (const int size : {16, 32, 64}) {
            const QPixmap pixmap = icon.pixmap(size, size);
            QVERIFY2(!pixmap.isNull(), "the SVG icon engine is missing");
            QCOMPARE(pixmap.width(), size);
        }
    }
    QVERIFY(!QIcon(u":/icons/flightdeck.svg"_s).pixmap(128, 128).isNull());
}

void TestMainWindow::germanWhenChosen()
{
    // The catalogue a user gets with Settings › Language › Deutsch. (The last
    // test here: the translators stay installed.)
    QVERIFY(installTranslations(u"de"_s));
    Ui::MainWindow window(UserFiles::in(m_home.path()));
    auto *steps = window.findChild<QListWidget *>(u"stepList"_s);
    QCOMPARE(steps->item(0)->text(), u"Konto"_s);
    QCOMPARE(steps->item(steps->count() - 1)->text(), u"Überprüfen"_s);
    QCOMPARE(window.findChild<QPushButton *>(u"nextButton"_s)->text(), u"&Weiter >"_s);
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
