#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace Sim {

// Token buckets per (action, Machine-or-app), like the Machines API's limits:
// mutations 1 request/s with bursts of 3, reads 5/s with bursts of 10, app
// deletions 100 a minute.
class RateLimiter
{
public:
    struct Rule
    {
        double perSecond = 1;
        double burst = 3;
    };
    static constexpr Rule kMutation{1, 3};
    static constexpr Rule kRead{5, 10};
    static constexpr Rule kAppDeletion{100.0 / 60.0, 100};

    RateLimiter() { m_clock.start(); }

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    // 0 when the request may go ahead; otherwise the seconds to wait (Retry-After).
    int take(const QString &key, Rule rule);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    QHash<QString, Bucket> m_buckets;
    QElapsedTimer m_clock;
    bool m_enabled = true;
};

} // namespace Sim
