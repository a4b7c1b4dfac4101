#include "app/profile/launchhistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Flightdeck {

LaunchHistory::LaunchHistory(const QString &path)
    : m_path(path)
{
}

bool LaunchHistory::append(const HistoryEntry &entry, QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::Append)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QJsonObject line{{u"time"_s, entry.time.toUTC().toString(Qt::ISODateWithMs)},
                           {u"app"_s, entry.app},
                           {u"outcome"_s, entry.outcome},
                           {u"machine_id"_s, entry.machineId},
                           {u"summary"_s, entry.summary},
                           {u"request"_s, entry.request}};
    // One write of one line: a crash leaves at most a damaged last line, which reading skips.
    const bool ok = file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n') > 0 && file.flush();
    if (!ok && error)
        *error = file.errorString();
    return ok;
}

QList<HistoryEntry> LaunchHistory::entries() const
{
    QList<HistoryEntry> list;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return list;
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        if (line.isEmpty())
            continue;
        list.append({QDateTime::fromString(line.value(u"time"_s).toString(), Qt::ISODateWithMs), line.value(u"app"_s).toString(),
                     line.value(u"outcome"_s).toString(), line.value(u"machine_id"_s).toString(), line.value(u"summary"_s).toString(),
                     line.value(u"request"_s).toObject()});
    }
    return list;
}

} // namespace Flightdeck
