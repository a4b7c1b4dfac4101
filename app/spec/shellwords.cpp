#include "app/spec/shellwords.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Flightdeck::ShellWords {

std::optional<QStringList> split(const QString &line, QString *error)
{
    QStringList words;
    QString word;
    bool inWord = false;
    const auto fail = [error](const QString &message) -> std::optional<QStringList> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    // No program's arguments can hold one (C strings end there), so no shell line can.
    if (line.contains(QChar(u'\0')))
        return fail(QCoreApplication::translate("ShellWords", "a NUL character, which no command line can hold"));
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c.isSpace()) {
            if (inWord) {
                words.append(word);
                word.clear();
                inWord = false;
            }
            continue;
        }
        if (c == u'#' && !inWord)
            break; // a comment runs to the end of the line
        inWord = true;
        if (c == u'\\') {
            if (++i >= line.size())
                return fail(QCoreApplication::translate("ShellWords", "EOF found after escape character"));
            word.append(line.at(i));
        } else if (c == u'\'') {
            const qsizetype end = line.indexOf(u'\'', i + 1);
            if (end < 0)
                return fail(QCoreApplication::translate("ShellWords", "EOF found when expecting closing quote"));
            word.append(QStringView(line).mid(i + 1, end - i - 1));
            i = end;
        } else if (c == u'"') {
            ++i;
            for (;; ++i) {
                if (i >= line.size())
                    return fail(QCoreApplication::translate("ShellWords", "EOF found when expecting closing quote"));
                const QChar d = line.at(i);
                if (d == u'"')
                    break;
                if (d == u'\\' && i + 1 < line.size() && u"\"\\$`"_s.contains(line.at(i + 1))) {
                    word.append(line.at(++i));
                    continue;
                }
                word.append(d);
            }
        } else {
            word.append(c);
        }
    }
    if (inWord)
        words.append(word);
    return words;
}

QString quote(const QString &word)
{
    if (word.isEmpty())
        return u"''"_s;
    static const QString safe = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./-_"_s;
    bool plain = true;
    for (const QChar c : word) {
        if (!safe.contains(c)) {
            plain = false;
            break;
        }
    }
    if (plain)
        return word;
    QString quoted = word;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString join(const QStringList &words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString &word : words)
        quoted.append(quote(word));
    return quoted.join(u' ');
}

} // namespace Flightdeck::ShellWords
