#include "app/profile/launchhistory.h"

#include "app/profile/writeall.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>

using namespace Qt::StringLiterals;

namespace Flightdeck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LaunchHistory)
};

} // namespace

LaunchHistory::LaunchHistory(const QString &path)
    : m_path(path)
{
}

bool LaunchHistory::append(const HistoryEntry &entry, QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // Two Flightdeck windows may finish launches at once: one appends at a
    // time, so no line is ever cut into by another (a large request is more
    // than one write). A lock left by a killed process is stale after 30 s.
    QFile file(m_path);
    if (!file.open(QIODevice::Append)) { // first, for the system's reason when the folder is read-only
        if (error)
            *error = file.errorString();
        return false;
    }
    QLockFile lock(m_path + u".lock"_s);
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000)) {
        if (error)
            *error = lock.error() == QLockFile::LockFailedError ? Text::tr("%1 is held by another Flightdeck (its lock file %2)").arg(m_path, lock.fileName())
                                                                : Text::tr("the lock file %1 could not be made").arg(lock.fileName());
        return false;
    }
    const QJsonObject line{{u"time"_s, entry.time.toUTC().toString(Qt::ISODateWithMs)},
                           {u"app"_s, entry.app},
                           {u"outcome"_s, entry.outcome},
                           {u"machine_id"_s, entry.machineId},
                           {u"summary"_s, entry.summary},
                           {u"request"_s, entry.request}};
    // One line: a crash leaves at most a damaged last line, which reading
    // skips. A write that fails (a full disk) is taken back, so the next
    // line does not join the damaged one.
    const qint64 before = file.size();
    QString why;
    if (!writeAll(file, QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n', &why)) {
        if (error)
            *error = why;
        file.resize(before);
        return false;
    }
    return true;
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
