// AppSettings writes the INI file itself (QSettings commits a truncated file
// on a full disk): what it writes must read back the same through QSettings,
// the reader of older Flightdecks and of AppSettings itself, and a sync must
// keep what another Flightdeck wrote meanwhile.

#include "app/settings/appsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesReadBackThroughQSettings_data();
    void valuesReadBackThroughQSettings();
    void recentProfilesKeepTheirOrder();
    void aSyncKeepsWhatAnotherFlightdeckWrote();
    void clearingASettingRemovesIt();
};

void TestAppSettings::valuesReadBackThroughQSettings_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << u"acme-corp"_s;
    QTest::newRow("an address") << u"https://machines.example.com:8443/v1?x=1&y=2"_s;
    QTest::newRow("commas and semicolons") << u"a, b; c = d"_s;
    QTest::newRow("edge spaces") << u"  padded  "_s;
    QTest::newRow("quotes and backslashes") << uR"(say "hi" C:\Users\me\)"_s;
    QTest::newRow("a leading @") << u"@Variant(not really)"_s;
    QTest::newRow("not ASCII") << u"Zürich 東京 🚀"_s;
    QTest::newRow("control characters before hex digits") << u"tab\tbeef\nline\u0001f"_s;
    QTest::newRow("brackets") << u"[General]"_s;
}

void TestAppSettings::valuesReadBackThroughQSettings()
{
    QFETCH(QString, value);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"settings/flightdeck.ini"_s); // the folder is made on the first write
    {
        AppSettings settings(path);
        settings.setDefaultOrg(value);
        settings.setApiUrl(value);
        settings.setLanguage(value);
        settings.addRecentProfile(value);
        settings.addRecentProfile(u"/home/me/web.flightdeck"_s);
        QString why;
        QVERIFY2(settings.sync(&why), qPrintable(why));
    }
    const QSettings qt(path, QSettings::IniFormat);
    QCOMPARE(qt.status(), QSettings::NoError);
    QCOMPARE(qt.value(u"defaults/org"_s).toString(), value);
    QCOMPARE(qt.value(u"api/machinesUrl"_s).toString(), value);
    QCOMPARE(qt.value(u"language"_s).toString(), value);
    QCOMPARE(qt.value(u"recentProfiles"_s).toStringList(), (QStringList{u"/home/me/web.flightdeck"_s, value}));
    const AppSettings again(path);
    QCOMPARE(again.defaultOrg(), value);
    QCOMPARE(again.recentProfiles(), (QStringList{u"/home/me/web.flightdeck"_s, value}));
}

void TestAppSettings::recentProfilesKeepTheirOrder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"flightdeck.ini"_s);
    AppSettings settings(path);
    for (int i = 0; i < 10; ++i)
        settings.addRecentProfile(u"/p/%1.flightdeck"_s.arg(i));
    settings.addRecentProfile(u"/p/5.flightdeck"_s); // opened again: first
    QVERIFY(settings.sync());
    const QStringList expected{u"/p/5.flightdeck"_s, u"/p/9.flightdeck"_s, u"/p/8.flightdeck"_s, u"/p/7.flightdeck"_s,
                               u"/p/6.flightdeck"_s, u"/p/4.flightdeck"_s, u"/p/3.flightdeck"_s, u"/p/2.flightdeck"_s};
    QCOMPARE(AppSettings(path).recentProfiles(), expected);
    // One profile is a list of one, not a string, when read back.
    AppSettings single(dir.filePath(u"single.ini"_s));
    single.addRecentProfile(u"/p/only, one.flightdeck"_s);
    QVERIFY(single.sync());
    QCOMPARE(AppSettings(dir.filePath(u"single.ini"_s)).recentProfiles(), QStringList{u"/p/only, one.flightdeck"_s});
}

void TestAppSettings::aSyncKeepsWhatAnotherFlightdeckWrote()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"flightdeck.ini"_s);
    {
        QSettings older(path, QSettings::IniFormat); // an older Flightdeck, or a key this one does not know
        older.setValue(u"future/feature"_s, u"on"_s);
        older.setValue(u"defaults/region"_s, u"ams"_s);
    }
    AppSettings first(path);
    AppSettings second(path);
    first.setDefaultOrg(u"first-org"_s);
    second.setDefaultRegion(u"fra"_s);
    QVERIFY(second.sync());
    QVERIFY(first.sync());
    const AppSettings after(path);
    QCOMPARE(after.defaultOrg(), u"first-org"_s);
    QCOMPARE(after.defaultRegion(), u"fra"_s); // not put back to "ams" by the first, which did not change it
    QCOMPARE(QSettings(path, QSettings::IniFormat).value(u"future/feature"_s).toString(), u"on"_s);
}

void TestAppSettings::clearingASettingRemovesIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"flightdeck.ini"_s);
    AppSettings settings(path);
    settings.setApiUrl(u"https://machines.example.com"_s);
    QVERIFY(settings.sync());
    settings.setApiUrl(QString());
    QVERIFY(settings.sync());
    QVERIFY(!QSettings(path, QSettings::IniFormat).contains(u"api/machinesUrl"_s));
    QVERIFY(AppSettings(path).apiUrl().isEmpty());
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
