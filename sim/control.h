#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace Sim {

// A scripted failure for requests matching a method and a path pattern.
struct Fault
{
    enum class Action {
        Respond,    // answer with `status` and `body`
        Reset,      // reset the connection
        Hang,       // never answer; the client gives up on its own
        ResetAfter, // carry the request out, then reset instead of answering (the answer is lost)
        Delay,      // carry the request out and answer as usual, `delayMs` late (a slow answer)
    };
    QString method; // empty: any
    QRegularExpression path;
    Action action = Action::Respond;
    int status = 503;
    QByteArray body;
    int remaining = -1;       // requests left to fail; -1: no limit
    double probability = 1.0; // chance that a matching request fails
    QByteArray retryAfter;    // a Retry-After header for the answer (seconds or an HTTP date); empty: none
    int delayMs = 1000;       // for Delay

    // From {"method","path","action","status","body","count","probability","retry_after","ms"}.
    static std::optional<Fault> fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;
};

struct LoggedRequest
{
    QString method;
    QString path;
    int status = 0;
    qint64 durationMs = 0;
    QString query;  // as sent, without the "?"
    QByteArray body; // the request body as received
    QString service; // empty: the API; "registry": the registry front
};

// Scenario and fault control: what /_sim/ and the command line set.
class Control
{
public:
    void setLatencyMs(int ms) { m_latencyMs = ms; }
    int latencyMs() const { return m_latencyMs; }
    void setSeed(quint32 seed) { m_random.seed(seed); }

    void addFault(const Fault &fault) { m_faults.append(fault); }
    void clearFaults() { m_faults.clear(); }
    QJsonArray faultsJson() const;
    // The fault this request meets, if any (counts and chances are consumed).
    std::optional<Fault> faultFor(const QString &method, const QString &path);

    // The log keeps the latest kLogLimit requests (their bodies too), so a long-running simulator stays small.
    void log(const LoggedRequest &entry)
    {
        m_log.append(entry);
        if (m_log.size() > kLogLimit)
            m_log.removeFirst();
    }
    static constexpr qsizetype kLogLimit = 2000;
    void clearLog() { m_log.clear(); }
    QJsonArray logJson() const;

private:
    int m_latencyMs = 0;
    QList<Fault> m_faults;
    QList<LoggedRequest> m_log;
    QRandomGenerator m_random{1};
};

} // namespace Sim
