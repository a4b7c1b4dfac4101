// Nothing lost: the profile, draft, history and settings writers (flightdeck-testwriter
// runs them in a process of its own) killed with SIGKILL mid-save, on a full
// file system and in a read-only one (a tiny tmpfs in a mount namespace of
// the test's own, with unshare), and two at once on the history.

#include "app/profile/launchhistory.h"
#include "app/profile/runprofile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#if defined(Q_OS_LINUX)
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace Flightdeck;

namespace {

constexpr QLatin1StringView kWriter(FLIGHTDECK_TESTWRITER);

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs a shell script as root in a mount namespace of its own, with a 64 KiB
// tmpfs mounted at $1/mnt; $1 is dir, $2 the test writer, then the arguments.
// Empty when it could run (the script's exit code was 0), else what went wrong.
QString inMountNamespace(const QString &script, const QString &dir, const QStringList &arguments)
{
    if (!QDir(dir).mkpath(u"mnt"_s))
        return u"could not make "_s + dir + u"/mnt"_s;
    const QString withTmpfs = u"set -e\nmount -t tmpfs -o size=64k flightdeck-test \"$1/mnt\"\n"_s + script;
    const QString unshare = QStandardPaths::findExecutable(u"unshare"_s);
    if (unshare.isEmpty() || QStandardPaths::findExecutable(u"mount"_s).isEmpty())
        return u"unshare and mount are needed (util-linux, mount)"_s;
    QProcess shell;
    shell.start(unshare, QStringList{u"--mount"_s, u"--propagation"_s, u"private"_s, u"sh"_s, u"-c"_s, withTmpfs, u"sh"_s, dir, kWriter} + arguments);
    if (!shell.waitForFinished(60000))
        return u"the script did not finish: "_s + shell.errorString();
    return shell.exitCode() == 0 ? QString() : QString::fromUtf8(shell.readAllStandardError());
}

} // namespace

// A mount namespace needs root (the dev root and CI run as root; tools/dev-packages.txt has unshare and mount).
#if defined(Q_OS_LINUX)
#define SKIP_WITHOUT_MOUNT_NAMESPACE()                                                                                                               \
    if (::geteuid() != 0)                                                                                                                            \
    QSKIP("not root: the tmpfs needs a mount namespace of its own")
#else
#define SKIP_WITHOUT_MOUNT_NAMESPACE() QSKIP("mount namespaces are Linux's")
#endif

class TestNothingLost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWhileSavingLeavesTheOldOrTheNewFile();
    void twoProcessesAppendToTheHistory();
    void aHeldHistoryLockIsReported();
    void aFullOrReadOnlyDiskLeavesThePreviousFile_data();
    void aFullOrReadOnlyDiskLeavesThePreviousFile();
    void settingsNotWrittenStayInMemoryAndAreWrittenLater();
};

void TestNothingLost::killedWhileSavingLeavesTheOldOrTheNewFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"web.flightdeck"_s);
    QHash<QString, int> seen;
    for (int kill = 0; kill < 100; ++kill) {
        QProcess writer;
        writer.start(kWriter, {u"profile-loop"_s, path});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        QVERIFY(writer.waitForReadyRead(10000)); // one whole profile is there
        QTest::qWait(int(QRandomGenerator::global()->bounded(40)));
        writer.kill(); // SIGKILL: no handler, no cleanup
        QVERIFY(writer.waitForFinished(10000));
        const RunProfile::ReadResult read = RunProfile::load(path);
        QVERIFY2(read.spec.has_value(), qPrintable(u"after kill %1: %2"_s.arg(kill).arg(read.error)));
        const QString marker = read.spec->env.value(u"MARKER"_s);
        QVERIFY2(marker == "A"_L1 || marker == "B"_L1, qPrintable(u"after kill %1: marker '%2'"_s.arg(kill).arg(marker)));
        QCOMPARE(read.spec->env.value(u"PADDING"_s).size(), 20000);
        ++seen[marker];
    }
    // Both versions were there at some kill: the kills landed in the middle of the loop, not before it.
    QVERIFY2(seen.value(u"A"_s) > 0 && seen.value(u"B"_s) > 0, qPrintable(u"A %1, B %2"_s.arg(seen.value(u"A"_s)).arg(seen.value(u"B"_s))));
    // QSaveFile's temporary files of the killed saves stay behind (nothing can remove them at SIGKILL); they never replace the profile.
    const QStringList left = QDir(dir.path()).entryList(QDir::Files);
    qInfo().noquote() << u"100 kills: %1 times the older, %2 the newer profile; %3 temporary files left beside it"_s.arg(seen.value(u"A"_s))
                             .arg(seen.value(u"B"_s))
                             .arg(left.size() - 1);
}

void TestNothingLost::twoProcessesAppendToTheHistory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"history.jsonl"_s);
    // Lines of 200 kB: more than one write each, so without the lock two could cut into each other.
    QProcess first;
    QProcess second;
    for (QProcess *writer : {&first, &second})
        writer->start(kWriter, {u"history"_s, path, u"200000"_s, u"60"_s});
    for (QProcess *writer : {&first, &second}) {
        QVERIFY(writer->waitForFinished(120000));
        QCOMPARE(writer->readAllStandardOutput().trimmed(), QByteArray("ok"));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    int lines = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), qPrintable(u"line %1 is not whole"_s.arg(lines + 1)));
        QCOMPARE(document.object().value(u"summary"_s).toString().size(), 200000);
        ++lines;
    }
    QCOMPARE(lines, 120);
    QCOMPARE(LaunchHistory(path).entries().size(), 120);
}

void TestNothingLost::aHeldHistoryLockIsReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"history.jsonl"_s);
    QLockFile held(path + u".lock"_s); // another Flightdeck in the middle of an append
    QVERIFY(held.lock());
    QProcess writer;
    writer.start(kWriter, {u"history"_s, path, u"10"_s});
    QVERIFY(writer.waitForFinished(60000));
    const QString said = QString::fromUtf8(writer.readAllStandardOutput());
    QVERIFY2(said.contains(u"is held by another Flightdeck"_s) && said.contains(u"history.jsonl.lock"_s), qPrintable(said));
    QCOMPARE(writer.exitCode(), 1);
    held.unlock();
    QProcess again;
    again.start(kWriter, {u"history"_s, path, u"10"_s});
    QVERIFY(again.waitForFinished(60000));
    QCOMPARE(again.readAllStandardOutput().trimmed(), QByteArray("ok"));
}

void TestNothingLost::aFullOrReadOnlyDiskLeavesThePreviousFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("how");
    QTest::addColumn<QStringList>("why"); // any of these
    for (const QString &kind : {u"profile"_s, u"draft"_s, u"history"_s, u"settings"_s}) {
        QTest::addRow("%s, disk full", qPrintable(kind)) << kind << u"full"_s << QStringList{u"No space left on device"_s};
        // QSaveFile says it first, for the profile, the draft and the settings: "Existing file … is not writable".
        QTest::addRow("%s, read-only", qPrintable(kind)) << kind << u"read-only"_s << QStringList{u"Read-only file system"_s, u"is not writable"_s};
    }
}

void TestNothingLost::aFullOrReadOnlyDiskLeavesThePreviousFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, how);
    QFETCH(QStringList, why);
    SKIP_WITHOUT_MOUNT_NAMESPACE();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // In a mount namespace of its own, on the 64 KiB tmpfs: the previous file written
    // small, a copy of it outside, then (read-only: the tmpfs remounted so) the
    // large write that cannot fit, and a copy of what is there after.
    const QString script = uR"("$2" "$3" "$1/mnt/file" 100 > "$1/first"
cp "$1/mnt/file" "$1/before"
if [ "$4" = read-only ]; then mount -o remount,ro "$1/mnt"; fi
"$2" "$3" "$1/mnt/file" 200000 > "$1/second" || true
cp "$1/mnt/file" "$1/after"
ls -A "$1/mnt" > "$1/listing"
)"_s;
    const QString failure = inMountNamespace(script, dir.path(), {kind, how});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(contents(dir.filePath(u"first"_s)).trimmed(), QByteArray("ok"));

    // The write failed, said why, and left the previous file as it was, with no half-written file beside it.
    const QString second = QString::fromUtf8(contents(dir.filePath(u"second"_s))).trimmed();
    const bool saysWhy = std::any_of(why.cbegin(), why.cend(), [&second](const QString &reason) { return second.contains(reason); });
    QVERIFY2(second.startsWith(u"error: "_s) && saysWhy, qPrintable(second));
    const QByteArray before = contents(dir.filePath(u"before"_s));
    QVERIFY(!before.isEmpty());
    QCOMPARE(QCryptographicHash::hash(contents(dir.filePath(u"after"_s)), QCryptographicHash::Sha256).toHex(),
             QCryptographicHash::hash(before, QCryptographicHash::Sha256).toHex());
    const QStringList listing = QString::fromUtf8(contents(dir.filePath(u"listing"_s))).split(u'\n', Qt::SkipEmptyParts);
    static const QRegularExpression theFile(u"^file$"_s);
    static const QRegularExpression besideIt(u"^file(?!\\.lock$)."_s);
    QCOMPARE(listing.filter(theFile).size(), 1);
    QCOMPARE(listing.filter(besideIt), QStringList()); // no temporary file left
}

void TestNothingLost::settingsNotWrittenStayInMemoryAndAreWrittenLater()
{
    SKIP_WITHOUT_MOUNT_NAMESPACE();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The settings written small, the tmpfs filled to its last block, then a
    // 20 kB setting: the writer reports the full disk, removes the filler and
    // syncs again from what it holds in memory.
    const QString script = uR"("$2" settings "$1/mnt/settings.ini" 10 > "$1/first"
dd if=/dev/zero of="$1/mnt/filler" bs=4k 2>/dev/null || true
"$2" settings-again "$1/mnt/settings.ini" 20000 "$1/mnt/filler" > "$1/second" || true
cp "$1/mnt/settings.ini" "$1/after"
)"_s;
    const QString failure = inMountNamespace(script, dir.path(), {});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(contents(dir.filePath(u"first"_s)).trimmed(), QByteArray("ok"));
    const QStringList said = QString::fromUtf8(contents(dir.filePath(u"second"_s))).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(said.size(), 2);
    QVERIFY2(said.at(0).startsWith(u"error: "_s) && said.at(0).contains(u"No space left on device"_s), qPrintable(said.at(0)));
    QCOMPARE(said.at(1), u"ok"_s);
    QVERIFY2(contents(dir.filePath(u"after"_s)).contains(QByteArray(20000, 'o')), "the setting kept in memory is in the file");
}

QTEST_GUILESS_MAIN(TestNothingLost)
#include "tst_nothinglost.moc"
