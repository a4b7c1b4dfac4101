#include "sim/ratelimiter.h"

#include <cmath>

namespace Sim {

int RateLimiter::take(const QString &key, Rule rule)
{
    if (!m_enabled)
        return 0;
    const qint64 now = m_clock.elapsed();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{rule.burst, now});
    Bucket &bucket = *it;
    bucket.tokens = std::min(rule.burst, bucket.tokens + (now - bucket.updatedMs) / 1000.0 * rule.perSecond);
    bucket.updatedMs = now;
    if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
    }
    return std::max(1, static_cast<int>(std::ceil((1 - bucket.tokens) / rule.perSecond)));
}

} // namespace Sim
