#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Flightdeck {

struct HistoryEntry
{
    QDateTime time;
    QString app;
    QString outcome;   // "started", "created", "failed", "cancelled"
    QString machineId; // empty when no Machine was made
    QString summary;   // the diagnosis, for a failure
    QJsonObject request; // the body as sent (never the token: it travels in a header)
};

// Every launch's request and outcome, newest last, one JSON object per line
// in the user's data folder. A damaged line is skipped, not fatal.
class LaunchHistory
{
public:
    explicit LaunchHistory(const QString &path); // UserFiles::history

    bool append(const HistoryEntry &entry, QString *error = nullptr);
    QList<HistoryEntry> entries() const;
    QString path() const { return m_path; }

private:
    QString m_path;
};

} // namespace Flightdeck
