#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Flightdeck {

// Two requests side by side, line by line as the history shows them
// (indented JSON with sorted keys): rows that pair a line of the older with
// one of the newer, or a line with a gap where the other has none.
struct DiffRow
{
    enum class Kind { Same, Changed, Removed, Added };
    Kind kind = Kind::Same;
    QString older; // empty for Added
    QString newer; // empty for Removed
};

QList<DiffRow> diffRequests(const QJsonObject &older, const QJsonObject &newer);

// The JSON paths whose values differ ("config.guest.memory_mb", "config.env.MODE",
// "config.services[0]"), in order: what the rows say, in words.
QStringList changedPaths(const QJsonObject &older, const QJsonObject &newer);

} // namespace Flightdeck
