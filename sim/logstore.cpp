#include "sim/logstore.h"

#include "sim/wire.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sim {

namespace {

constexpr qsizetype kPageSize = 50;
constexpr qsizetype kRecentLines = 100; // what a first request (no token) sees

} // namespace

void LogStore::append(const QString &app, Line line)
{
    line.sequence = ++m_sequence;
    QList<Line> &lines = m_lines[app];
    // Kept in the order they are served: by time, then as written.
    auto place = lines.end();
    while (place != lines.begin() && (place - 1)->at > line.at)
        --place;
    lines.insert(place, line);
}

Reply LogStore::page(const QString &app, const QString &nextToken, const QString &instance, const QString &region) const
{
    const QDateTime visibleBefore = QDateTime::currentDateTimeUtc().addMSecs(-m_lagMs);
    const auto appLines = m_lines.constFind(app);
    if (appLines == m_lines.cend())
        return Reply::json(QJsonObject{{u"data"_s, QJsonArray()}, {u"meta"_s, QJsonObject{{u"next_token"_s, nextToken.isEmpty() ? u"0"_s : nextToken}}}});
    QList<const Line *> candidates;
    for (const Line &line : *appLines) {
        if (line.at > visibleBefore)
            break; // not ingested yet, nor anything after it
        if ((instance.isEmpty() || line.instance == instance) && (region.isEmpty() || line.region == region))
            candidates.append(&line);
    }
    // The token is the position of the last line served: an opaque string to the client.
    qsizetype first = std::max<qsizetype>(0, candidates.size() - kRecentLines);
    if (!nextToken.isEmpty()) {
        bool ok = false;
        const qsizetype after = nextToken.toLongLong(&ok);
        if (!ok || after < 0)
            return Reply::error(400, u"invalid next_token"_s);
        first = std::min(after, candidates.size());
    }
    QJsonArray data;
    qsizetype last = first;
    for (; last < candidates.size() && last - first < kPageSize; ++last) {
        const Line &line = *candidates.at(last);
        const QJsonObject meta{{u"instance"_s, line.instance}, {u"region"_s, line.region}, {u"event"_s, QJsonObject{{u"provider"_s, line.provider}}}};
        data.append(QJsonObject{{u"id"_s, QString::number(line.sequence)},
                                {u"type"_s, u"logs"_s},
                                {u"attributes"_s, QJsonObject{{u"timestamp"_s, isoTime(line.at)},
                                                             {u"message"_s, line.message},
                                                             {u"level"_s, line.level},
                                                             {u"instance"_s, line.instance},
                                                             {u"region"_s, line.region},
                                                             {u"meta"_s, meta}}}});
    }
    return Reply::json(QJsonObject{{u"data"_s, data}, {u"meta"_s, QJsonObject{{u"next_token"_s, QString::number(last)}}}});
}

} // namespace Sim
