// The token scan that runs after the suite: it must find a planted token in
// every form a leak takes, and only in files the run wrote.

#include "tokenscan/tokenscan.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::TokenScan;

namespace {

const QString token = u"fm2_planted-token-for-the-scan"_s;

void write(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(content);
}

} // namespace

class TestTokenScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void literalsComeFromTheSources();
    void findsEveryForm();
    void leavesOlderFilesAndLinksAlone();
    void findsATokenAcrossReadChunks();
};

void TestTokenScan::literalsComeFromTheSources()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"e2e"_s));
    write(dir.filePath(u"e2e/tst_a.cpp"_s), "const auto t = u\"fm2_abc-123\"_s; // and fo1_oauth,fm1r_x in a comment\n");
    write(dir.filePath(u"notes.txt"_s), "fm2_not-in-a-source\n");
    QStringList found = TokenScan::tokensInSources(dir.path());
    found.sort();
    QCOMPARE(found, QStringList({u"fm1r_x"_s, u"fm2_abc-123"_s, u"fo1_oauth"_s}));
}

void TestTokenScan::findsEveryForm()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"deep/er"_s));
    write(dir.filePath(u"clean.ini"_s), "token=stored in the keychain\n");
    write(dir.filePath(u"deep/er/history.jsonl"_s), "{\"note\":\"Authorization: FlyV1 " + token.toUtf8() + "\"}\n");
    write(dir.filePath(u".auth.json"_s), "{\"auths\":{\"registry.fly.io\":{\"auth\":\"" + QByteArray("x:" + token.toUtf8()).toBase64() + "\"}}}");
    write(dir.filePath(u"sim.log"_s), "token=sim_0123456789abcdef0123456789abcdef\n");

    TokenScan scan;
    scan.addToken(token);
    scan.scan(dir.path());
    QCOMPARE(scan.filesRead(), 4);
    const QStringList hits = scan.hits();
    QCOMPARE(hits.size(), 3);
    QVERIFY2(hits.filter(u"deep/er/history.jsonl: fm2_pl…"_s).size() == 1, qPrintable(hits.join(u'\n')));
    QVERIFY2(hits.filter(u".auth.json: base64 login of fm2_pl…"_s).size() == 1, qPrintable(hits.join(u'\n')));
    QVERIFY2(hits.filter(u"sim.log: a simulator token (sim_0123…)"_s).size() == 1, qPrintable(hits.join(u'\n')));
    // What the scan reports never holds the token itself.
    for (const QString &hit : hits)
        QVERIFY(!hit.contains(token) && !hit.contains(u"0123456789abcdef0123"_s));
}

void TestTokenScan::leavesOlderFilesAndLinksAlone()
{
    QTemporaryDir dir;
    QTemporaryDir outside;
    QVERIFY(dir.isValid() && outside.isValid());
    write(dir.filePath(u"before-the-run.log"_s), token.toUtf8());
    write(outside.filePath(u"elsewhere.txt"_s), token.toUtf8());
    QVERIFY(QFile::link(outside.filePath(u"elsewhere.txt"_s), dir.filePath(u"link.txt"_s)));
    QTest::qWait(50);

    TokenScan scan;
    scan.addToken(token);
    scan.setSince(QDateTime::currentDateTime());
    scan.scan(dir.path());
    QCOMPARE(scan.hits(), QStringList());
    QCOMPARE(scan.filesRead(), 0);

    // Written during the run, even with an old modification time (as an unpacked image layer keeps): read.
    QTest::qWait(50); // file times come from the kernel's coarse clock, a tick behind the one currentDateTime() reads
    write(dir.filePath(u"unpacked.txt"_s), token.toUtf8());
    QFile unpacked(dir.filePath(u"unpacked.txt"_s));
    QVERIFY(unpacked.open(QIODevice::ReadWrite));
    QVERIFY(unpacked.setFileTime(QDateTime::currentDateTime().addYears(-3), QFileDevice::FileModificationTime));
    unpacked.close();
    scan.scan(dir.path());
    QCOMPARE(scan.filesRead(), 1);
    QCOMPARE(scan.hits().size(), 1);
}

void TestTokenScan::findsATokenAcrossReadChunks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray big(1 << 20, 'a');
    big.chop(10); // the token starts ten bytes before the first chunk ends
    big += token.toUtf8() + QByteArray(4096, 'b');
    write(dir.filePath(u"core"_s), big);

    TokenScan scan;
    scan.addToken(token);
    scan.scan(dir.path());
    QCOMPARE(scan.hits().size(), 1);
    QCOMPARE(scan.bytesRead(), big.size());
}

QTEST_GUILESS_MAIN(TestTokenScan)
#include "tst_tokenscan.moc"
