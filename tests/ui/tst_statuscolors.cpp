// The status colours (errors, warnings, positive news) read on every
// palette a user may have: light, dark and high contrast.

#include "ui/widgets/statuscolors.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QTest>

#include <cmath>

using namespace Flightdeck::Ui;

namespace {

double luminance(const QColor &color)
{
    const auto channel = [](double value) { return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette withWindow(const QColor &window, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    return palette;
}

} // namespace

class TestStatusColors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsOnEveryPalette_data();
    void readsOnEveryPalette();
    void rolesStayApart();
    void followsTheApplicationPalette();
};

void TestStatusColors::readsOnEveryPalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light (Fusion)") << withWindow(QColor(0xef, 0xef, 0xef), Qt::black);
    QTest::newRow("white") << withWindow(Qt::white, Qt::black);
    QTest::newRow("dark") << withWindow(QColor(0x2b, 0x2b, 0x2e), QColor(0xe6, 0xe6, 0xe6));
    QTest::newRow("high contrast black") << withWindow(Qt::black, Qt::white);
    QTest::newRow("mid grey") << withWindow(QColor(0x80, 0x80, 0x80), Qt::black);
}

void TestStatusColors::readsOnEveryPalette()
{
    QFETCH(QPalette, palette);
    for (const StatusColors::Role role : {StatusColors::Role::Error, StatusColors::Role::Warning, StatusColors::Role::Positive,
                                          StatusColors::Role::Information}) {
        const QColor text = StatusColors::text(role, palette);
        const double ratio = contrast(text, palette.color(QPalette::Window));
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("role %1: %2 on %3 has contrast %4")
                                              .arg(int(role))
                                              .arg(text.name(), palette.color(QPalette::Window).name())
                                              .arg(ratio)));
    }
}

void TestStatusColors::rolesStayApart()
{
    // An error must not look like a warning: their hues differ on every palette.
    for (const QPalette &palette : {withWindow(Qt::white, Qt::black), withWindow(Qt::black, Qt::white)}) {
        const int error = StatusColors::text(StatusColors::Role::Error, palette).hslHue();
        const int warning = StatusColors::text(StatusColors::Role::Warning, palette).hslHue();
        const int positive = StatusColors::text(StatusColors::Role::Positive, palette).hslHue();
        QVERIFY(std::abs(error - warning) >= 15);
        QVERIFY(std::abs(warning - positive) >= 40);
    }
}

void TestStatusColors::followsTheApplicationPalette()
{
    const QPalette original = QApplication::palette();
    QWidget window;
    auto *label = new QLabel(QStringLiteral("Error: something"), &window);
    QApplication::setPalette(withWindow(Qt::white, Qt::black));
    StatusColors::setTextRole(label, StatusColors::Role::Error);
    const QColor onLight = label->palette().color(QPalette::WindowText);
    QVERIFY(contrast(onLight, Qt::white) >= 4.5);

    // A switch to a dark scheme recolours the label without anyone asking.
    QApplication::setPalette(withWindow(Qt::black, Qt::white));
    QCoreApplication::processEvents();
    const QColor onDark = label->palette().color(QPalette::WindowText);
    QVERIFY(onDark != onLight);
    QVERIFY(contrast(onDark, Qt::black) >= 4.5);
    // Its other roles still come from the application.
    QCOMPARE(label->palette().color(QPalette::Window), QColor(Qt::black));

    StatusColors::clearTextRole(label);
    QCOMPARE(label->palette().color(QPalette::WindowText), QColor(Qt::white));
    QApplication::setPalette(original);
}

QTEST_MAIN(TestStatusColors)
#include "tst_statuscolors.moc"
