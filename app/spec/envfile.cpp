#include "app/spec/envfile.h"

using namespace Qt::StringLiterals;

namespace Flightdeck::EnvFile {

Contents parse(const QString &text)
{
    Contents contents;
    const QStringList lines = text.split(u'\n');
    for (const QString &raw : lines) {
        QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith("export "_L1))
            line = line.mid(7).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0) {
            contents.unreadable.append(line);
            continue;
        }
        QString value = line.mid(eq + 1);
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        contents.pairs.append({line.left(eq).trimmed(), value});
    }
    return contents;
}

} // namespace Flightdeck::EnvFile
