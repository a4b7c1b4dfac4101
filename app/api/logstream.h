#pragma once

#include "app/api/apiclient.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

class QTimer;

namespace Flightdeck {

// One line of a Machine's log, as Fly's log service gives it.
struct LogEntry
{
    QDateTime timestamp;
    QString level;    // info, warn, error, …
    QString message;
    QString instance; // the Machine's id
    QString region;
    QString provider; // "app" (the Machine's own output), "runner", "proxy", …

    friend bool operator==(const LogEntry &, const LogEntry &) = default;
};

// "16:15:07.053 info runner Pulling container image …", in local time: a line
// as the window and the command line show it.
QString logLine(const LogEntry &entry);

// Follows an app's log (one Machine's, with `instance`) by polling the way
// flyctl's polling stream does (logs/polling.go): each page's next_token is
// the next request's; a page with lines is followed at once, an empty one
// after a pause; failures back off and, after a few in a row or on a refused
// token or a missing app, end the stream. Flightdeck pauses longer than flyctl
// between empty pages (1 s, not 128 ms), to spare the API.
class LogStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogStream)

public:
    LogStream(ApiClient *api, const QString &app, const QString &instance, QObject *parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return m_running; }

    struct Page
    {
        QList<LogEntry> entries;
        QString nextToken;
        bool ok = false;
    };
    // A page of GET /api/v1/apps/{app}/logs: {"data":[{"attributes":{…}}],"meta":{"next_token":…}}.
    static Page parsePage(const QJsonValue &json);

    static constexpr int kEmptyPauseMs = 1000;
    static constexpr int kMaxBackoffMs = 8000;
    static constexpr int kMaxFailures = 4;

Q_SIGNALS:
    void received(const QList<Flightdeck::LogEntry> &entries);
    // The stream ended by itself: why, in words.
    void ended(const QString &reason);

private:
    void poll();

    ApiClient *m_api;
    QString m_app;
    QString m_instance;
    QString m_nextToken;
    QTimer *m_timer;
    int m_failures = 0;
    int m_backoffMs = kEmptyPauseMs;
    quint64 m_generation = 0; // an answer to a request from before stop() is dropped
    bool m_running = false;
};

} // namespace Flightdeck
