// Sizes as flyctl reads them, presets, the memory rules' nearest valid value,
// and the monthly price as the user's locale writes it.

#include "app/platform/catalog.h"
#include "app/spec/vmsizing.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

class TestVmSizing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseSize_data();
    void parseSize();
    void presets();
    void nearestValidMemory_data();
    void nearestValidMemory();
    void pricesAreDollarsInTheUsersLocale_data();
    void pricesAreDollarsInTheUsersLocale();
};

void TestVmSizing::parseSize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("gigabytes");
    QTest::addColumn<qint64>("expected"); // -1: not a size

    QTest::newRow("plain integer is MB") << u"512"_s << false << qint64(512);
    QTest::newRow("negative integers pass, as in flyctl") << u"-5"_s << false << qint64(-5);
    QTest::newRow("1gb") << u"1gb"_s << false << qint64(1024);
    QTest::newRow("2GiB") << u"2GiB"_s << false << qint64(2048);
    QTest::newRow("space before unit") << u"512 MB"_s << false << qint64(512);
    QTest::newRow("decimal") << u"1.5g"_s << false << qint64(1536);
    QTest::newRow("kilobytes round down to 0 MB") << u"100kb"_s << false << qint64(0);
    QTest::newRow("bytes") << u"1048576"_s << false << qint64(1048576);
    QTest::newRow("GB for rootfs") << u"10gb"_s << true << qint64(10);
    QTest::newRow("512mb is 0 GB") << u"512mb"_s << true << qint64(0);
    QTest::newRow("plain integer is GB for rootfs") << u"20"_s << true << qint64(20);
    QTest::newRow("garbage") << u"lots"_s << false << qint64(-1);
    QTest::newRow("unit only") << u"gb"_s << false << qint64(-1);
    QTest::newRow("two dots") << u"1.2.3gb"_s << false << qint64(-1);
}

void TestVmSizing::parseSize()
{
    QFETCH(QString, text);
    QFETCH(bool, gigabytes);
    QFETCH(qint64, expected);
    const auto size = VmSizing::parseSize(text, gigabytes ? VmSizing::Unit::Gigabytes : VmSizing::Unit::Megabytes);
    if (expected == -1)
        QVERIFY(!size);
    else
        QCOMPARE(size.value_or(-999), expected);
}

void TestVmSizing::presets()
{
    const auto twoX = VmSizing::preset(u"shared-cpu-2x"_s);
    QVERIFY(twoX);
    QCOMPARE(twoX->cpus, 2);
    QCOMPARE(twoX->memoryMb, 512);
    QCOMPARE(VmSizing::preset(u"performance-16x"_s)->memoryMb, 32768);
    QVERIFY(!VmSizing::preset(u"shared-cpu-3x"_s));

    GuestSpec guest;
    guest.cpuKind = u"performance"_s;
    guest.cpus = 4;
    guest.memoryMb = 8192;
    QCOMPARE(VmSizing::presetFor(guest)->name, u"performance-4x"_s);
    guest.memoryMb = 16384;
    QVERIFY(!VmSizing::presetFor(guest));
}

void TestVmSizing::nearestValidMemory_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("cpus");
    QTest::addColumn<int>("memory");
    QTest::addColumn<int>("nearest");

    QTest::newRow("valid stays") << u"shared"_s << 1 << 512 << 512;
    QTest::newRow("rounds to the 256 step") << u"shared"_s << 1 << 300 << 256;
    QTest::newRow("rounds up when closer") << u"shared"_s << 1 << 500 << 512;
    QTest::newRow("too little for 2 shared") << u"shared"_s << 2 << 256 << 512;
    QTest::newRow("too much for 1 shared") << u"shared"_s << 1 << 4096 << 2048;
    QTest::newRow("performance minimum") << u"performance"_s << 2 << 1024 << 4096;
    QTest::newRow("performance step of 1024") << u"performance"_s << 1 << 2500 << 2048;
    QTest::newRow("performance maximum") << u"performance"_s << 1 << 10000 << 8192;
}

void TestVmSizing::nearestValidMemory()
{
    QFETCH(QString, kind);
    QFETCH(int, cpus);
    QFETCH(int, memory);
    QFETCH(int, nearest);
    const auto rules = VmSizing::rulesFor(kind);
    QVERIFY(rules);
    QCOMPARE(VmSizing::nearestValidMemoryMb(*rules, cpus, memory), nearest);
}

void TestVmSizing::pricesAreDollarsInTheUsersLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("written");
    QTest::newRow("no locale") << u"C"_s << u"$1,234.50/month"_s;
    QTest::newRow("English") << u"en_US"_s << u"$1,234.50/month"_s;
    QTest::newRow("German") << u"de_DE"_s << u"1.234,50\u00a0$/month"_s;
    QTest::newRow("Japanese") << u"ja_JP"_s << u"$1,234.50/month"_s;
}

void TestVmSizing::pricesAreDollarsInTheUsersLocale()
{
    // Fly.io bills in US dollars: the amount stays dollars, its digits and the symbol's place follow the locale.
    QFETCH(QString, locale);
    QFETCH(QString, written);
    const QLocale before;
    QLocale::setDefault(QLocale(locale));
    const QString price = Catalog::formatPrice(1234.5);
    QLocale::setDefault(before);
    QCOMPARE(price, written);
}

QTEST_GUILESS_MAIN(TestVmSizing)
#include "tst_vmsizing.moc"
