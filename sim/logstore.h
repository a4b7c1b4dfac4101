#pragma once

#include "sim/reply.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace Sim {

// What the apps' Machines printed, as Fly's log service keeps it and serves it
// at GET /api/v1/apps/{app}/logs on the GraphQL host (fly-go resource_logs.go):
// pages of at most 50 entries after `next_token`, filtered by instance and
// region. Pessimistic like the real service: a line is served only some time
// after it was written (ingestion lag), and a client must follow next_token.
class LogStore
{
public:
    struct Line
    {
        quint64 sequence = 0;
        QDateTime at;
        QString instance; // the Machine's id
        QString region;
        QString level;    // info, warn, error
        QString provider; // app (the Machine's output) or runner (the host's)
        QString message;
    };

    void setLagMs(int ms) { m_lagMs = ms; }
    int lagMs() const { return m_lagMs; }

    // `at` may lie ahead (a line the process prints later).
    void append(const QString &app, Line line);
    Reply page(const QString &app, const QString &nextToken, const QString &instance, const QString &region) const;
    void removeApp(const QString &app) { m_lines.remove(app); }

private:
    QHash<QString, QList<Line>> m_lines; // by app, oldest first
    quint64 m_sequence = 0;
    int m_lagMs = 400;
};

} // namespace Sim
