// Every shipped catalogue is complete and keeps what the code relies on: each
// message translated, the same %1-style placeholders, every plural form, and a
// keyboard mnemonic wherever the English has one. (The test `catalogues` keeps
// the catalogues up to date with the sources; together they fail CI for a new
// string without its translations.)

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // one translation, or the plural forms
};

QList<Message> readCatalogue(const QString &path, QString *language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == "TS"_L1) {
            *language = xml.attributes().value(u"language"_s).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = Message{context, {}, xml.attributes().value(u"numerus"_s) == "yes"_L1, false, {}};
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            const QString type = xml.attributes().value(u"type"_s).toString();
            if (type == "obsolete"_L1 || type == "vanished"_L1)
                continue; // kept for reference only, never shown
            message.unfinished = type == "unfinished"_L1;
            if (!message.numerus)
                message.forms = {xml.readElementText()};
            messages.append(message);
        } else if (name == "numerusform"_L1 && !messages.isEmpty()) {
            messages.last().forms.append(xml.readElementText());
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(u"%(?:[1-9]|L[1-9]|n)"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : marker.globalMatch(text))
        found.insert(match.captured());
    return found;
}

bool hasMnemonic(const QString &text)
{
    return QString(text).remove(u"&&"_s).contains(u'&');
}

// How many plural forms Qt's rules give a language (qtbase's numerus rules).
int pluralForms(const QString &language)
{
    static const QHash<QString, int> forms{{u"en"_s, 2}, {u"de"_s, 2}, {u"fr"_s, 2}, {u"es"_s, 2}, {u"ja"_s, 1}};
    return forms.value(language.section(u'_', 0, 0), 0);
}

} // namespace

class TestCatalogues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslatedFaithfully_data();
    void everyMessageIsTranslatedFaithfully();
};

void TestCatalogues::everyMessageIsTranslatedFaithfully_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../translations"));
    const QStringList catalogues = dir.entryList({u"flightdeck_*.ts"_s}, QDir::Files);
    if (catalogues.isEmpty())
        QTest::newRow("no catalogue") << dir.filePath(u"flightdeck_*.ts"_s); // fails below, naming the folder
    for (const QString &name : catalogues)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestCatalogues::everyMessageIsTranslatedFaithfully()
{
    QFETCH(QString, path);
    QString language;
    const QList<Message> messages = readCatalogue(path, &language);
    QVERIFY2(!messages.isEmpty(), qPrintable(path));
    const int forms = pluralForms(language);
    QVERIFY2(forms > 0, qPrintable(u"%1: add the plural form count of \"%2\" to this test"_s.arg(path, language)));
    // The source language's catalogue holds its plural forms only.
    const bool source = language.startsWith(u"en"_s);

    QStringList problems;
    for (const Message &message : messages) {
        const QString where = u"%1 \"%2\""_s.arg(message.context, message.source.left(60));
        if (message.unfinished || message.forms.isEmpty() || std::any_of(message.forms.cbegin(), message.forms.cend(), [](const QString &f) { return f.isEmpty(); })) {
            problems << u"not translated: "_s + where;
            continue;
        }
        if (message.numerus && message.forms.size() != forms)
            problems << u"%1 plural form(s), %2 wanted: %3"_s.arg(message.forms.size()).arg(forms).arg(where);
        if (source && !message.numerus)
            problems << u"the source catalogue translates a message without plural forms: "_s + where;
        for (const QString &form : message.forms) {
            QSet<QString> wanted = placeholders(message.source);
            QSet<QString> given = placeholders(form);
            // A form for one may say "one" instead of %n (German "eine Datei"); every other marker stays.
            if (message.numerus && forms > 1 && &form == &message.forms.first()) {
                wanted.remove(u"%n"_s);
                given.remove(u"%n"_s);
            }
            if (wanted != given)
                problems << u"placeholders differ (%1 instead of %2): %3"_s.arg(QStringList(given.cbegin(), given.cend()).join(u' '),
                                                                                QStringList(wanted.cbegin(), wanted.cend()).join(u' '), where);
            if (hasMnemonic(message.source) != hasMnemonic(form))
                problems << u"the keyboard mnemonic (&) is %1: %2"_s.arg(hasMnemonic(form) ? u"added"_s : u"lost"_s, where);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 (%2), %3 problem(s):\n  "_s.arg(path, language).arg(problems.size()) + problems.mid(0, 40).join(u"\n  "_s)));
}

QTEST_GUILESS_MAIN(TestCatalogues)
#include "tst_catalogues.moc"
