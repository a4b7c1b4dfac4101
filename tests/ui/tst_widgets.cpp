// The wizard's small widgets, one table of cases each, driven as a user
// drives them: text pasted into a KeyValueTable, words typed into an
// ArgumentsEdit, and the JSON preview marking exactly the lines a change
// touched.

#include "ui/preview/jsonpreview.h"
#include "ui/widgets/argumentsedit.h"
#include "ui/widgets/dialogs.h"
#include "ui/widgets/keyvaluetable.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace Qt::StringLiterals;
using namespace Flightdeck::Ui;

using StringMap = QMap<QString, QString>;
using Lines = QList<int>;

class TestWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pastedLinesMerge_data();
    void pastedLinesMerge();
    void envFileImportNamesWhatItSkipped();
    void typedWordsSplitAsInAShell_data();
    void typedWordsSplitAsInAShell();
    void previewMarksTheChangedLines_data();
    void previewMarksTheChangedLines();
};

void TestWidgets::pastedLinesMerge_data()
{
    QTest::addColumn<StringMap>("before");
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<StringMap>("after");

    QTest::newRow("one pair") << StringMap{} << u"A=1"_s << StringMap{{u"A"_s, u"1"_s}};
    QTest::newRow("a .env file") << StringMap{} << u"# comment\n\nexport A=1\nB=\"two words\"\nC='x=y'\n"_s
                                 << StringMap{{u"A"_s, u"1"_s}, {u"B"_s, u"two words"_s}, {u"C"_s, u"x=y"_s}};
    QTest::newRow("the last duplicate wins") << StringMap{} << u"A=1\nA=2"_s << StringMap{{u"A"_s, u"2"_s}};
    QTest::newRow("merges into what is there") << StringMap{{u"KEEP"_s, u"yes"_s}, {u"A"_s, u"old"_s}} << u"A=new"_s
                                               << StringMap{{u"KEEP"_s, u"yes"_s}, {u"A"_s, u"new"_s}};
    QTest::newRow("an empty value") << StringMap{} << u"EMPTY="_s << StringMap{{u"EMPTY"_s, QString()}};
    QTest::newRow("lines that are not pairs are left out") << StringMap{} << u"just words\nA=1"_s << StringMap{{u"A"_s, u"1"_s}};
}

void TestWidgets::pastedLinesMerge()
{
    QFETCH(StringMap, before);
    QFETCH(QString, pasted);
    QFETCH(StringMap, after);

    KeyValueTable table(u"env"_s, u"Environment variables"_s);
    table.setValues(before);
    QSignalSpy edited(&table, &KeyValueTable::edited);
    QApplication::clipboard()->setText(pasted);
    QTest::mouseClick(table.findChild<QPushButton *>(u"envPaste"_s), Qt::LeftButton);
    QCOMPARE(table.values(), after);
    QVERIFY(!edited.isEmpty());
    QCOMPARE(edited.last().at(0).value<StringMap>(), after);
}

void TestWidgets::envFileImportNamesWhatItSkipped()
{
    QTemporaryDir dir;
    QFile env(dir.filePath(u".env"_s));
    QVERIFY(env.open(QIODevice::WriteOnly));
    env.write("A=1\nnot a pair\nB=2\n");
    env.close();

    KeyValueTable table(u"env"_s, u"Environment variables"_s);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    QSignalSpy edited(&table, &KeyValueTable::edited);
    // Import .env… asks for the file; the skipped line is shown in a message.
    Dialogs::Script::answerFile(env.fileName());
    Dialogs::Script::answerQuestion(QMessageBox::Ok);
    QTest::mouseClick(table.findChild<QPushButton *>(u"envImport"_s), Qt::LeftButton);
    QCOMPARE(Dialogs::Script::takeAsked(), (QStringList{u"Import a .env file"_s, u"Some lines were skipped"_s}));
    QCOMPARE(table.values(), (StringMap{{u"A"_s, u"1"_s}, {u"B"_s, u"2"_s}}));
    QCOMPARE(edited.size(), 1);
    // Cancelling the file dialog changes nothing.
    Dialogs::Script::answerFile(QString());
    QTest::mouseClick(table.findChild<QPushButton *>(u"envImport"_s), Qt::LeftButton);
    QCOMPARE(Dialogs::Script::takeAsked(), QStringList{u"Import a .env file"_s});
    QCOMPARE(edited.size(), 1);
    Dialogs::Script::reset();
}

void TestWidgets::typedWordsSplitAsInAShell_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<bool>("problem");

    QTest::newRow("plain words") << u"nginx -g daemon"_s << QStringList{u"nginx"_s, u"-g"_s, u"daemon"_s} << false;
    QTest::newRow("single quotes keep spaces") << u"sh -c 'echo hello; sleep 1'"_s << QStringList{u"sh"_s, u"-c"_s, u"echo hello; sleep 1"_s} << false;
    QTest::newRow("double quotes and escapes") << uR"(echo "a \"b\"" c\ d)"_s << QStringList{u"echo"_s, u"a \"b\""_s, u"c d"_s} << false;
    QTest::newRow("extra spaces") << u"  a   b  "_s << QStringList{u"a"_s, u"b"_s} << false;
    QTest::newRow("an unfinished quote") << u"sh -c 'echo"_s << QStringList{} << true;
}

void TestWidgets::typedWordsSplitAsInAShell()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, words);
    QFETCH(bool, problem);

    ArgumentsEdit edit(u"cmd"_s, u"Command"_s);
    QSignalSpy edited(&edit, &ArgumentsEdit::wordsEdited);
    QSignalSpy problems(&edit, &ArgumentsEdit::syntaxProblem);
    QTest::keyClicks(edit.findChild<QLineEdit *>(u"cmdEdit"_s), typed);
    QVERIFY(!problems.isEmpty());
    QCOMPARE(!problems.last().at(0).toString().isEmpty(), problem);
    if (!problem) {
        QVERIFY(!edited.isEmpty());
        QCOMPARE(edited.last().at(0).toStringList(), words);
    }
}

void TestWidgets::previewMarksTheChangedLines_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<Lines>("marked");

    const QString base = u"{\n    \"a\": 1,\n    \"b\": 2,\n    \"c\": 3\n}"_s;
    QTest::newRow("one value") << base << u"{\n    \"a\": 1,\n    \"b\": 20,\n    \"c\": 3\n}"_s << Lines{2};
    QTest::newRow("a line added") << base << u"{\n    \"a\": 1,\n    \"ab\": 5,\n    \"b\": 2,\n    \"c\": 3\n}"_s << Lines{2}; // the new line only
    QTest::newRow("a line removed") << base << u"{\n    \"a\": 1,\n    \"c\": 3\n}"_s << Lines{2}; // where it was
    QTest::newRow("the first and the last") << base << u"[\n    \"a\": 1,\n    \"b\": 2,\n    \"c\": 3\n]"_s << Lines{0, 4};
    QTest::newRow("nothing") << base << base << Lines{};
}

void TestWidgets::previewMarksTheChangedLines()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(Lines, marked);

    JsonPreview preview;
    preview.resize(500, 400);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QPlainTextEdit *editor = preview.editor();
    preview.setRequestBody(before.toUtf8());
    // The marks use the syntax theme's colours: highlighting starts after the first paint.
    QTRY_VERIFY(!editor->document()->firstBlock().layout()->formats().isEmpty());

    preview.setRequestBody(after.toUtf8());
    QCOMPARE(editor->toPlainText(), after);
    Lines lines;
    const QList<QTextEdit::ExtraSelection> selections = editor->extraSelections();
    for (const QTextEdit::ExtraSelection &selection : selections)
        lines.append(selection.cursor.blockNumber());
    QCOMPARE(lines, marked);
}

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
