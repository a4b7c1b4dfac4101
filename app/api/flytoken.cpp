#include "app/api/flytoken.h"

using namespace Qt::StringLiterals;

namespace Flightdeck {

FlyToken FlyToken::parse(const QString &text)
{
    QString rest = text.trimmed();
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const QString &scheme : {u"Bearer "_s, u"FlyV1 "_s}) {
            if (rest.startsWith(scheme, Qt::CaseInsensitive)) {
                rest = rest.mid(scheme.size()).trimmed();
                stripped = true;
            }
        }
    }
    FlyToken token;
    const QStringList parts = rest.split(u',', Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        const QString prefix = part.section(u'_', 0, 0);
        if (part.contains(u'_') && (prefix == "fm1r"_L1 || prefix == "fm1a"_L1 || prefix == "fm2"_L1))
            token.m_macaroons.append(part);
        else
            token.m_userTokens.append(part);
    }
    return token;
}

QByteArray FlyToken::authorizationHeader() const
{
    if (!m_macaroons.isEmpty())
        return "FlyV1 " + m_macaroons.join(u',').toUtf8();
    return "Bearer " + m_userTokens.join(u',').toUtf8();
}

QByteArray FlyToken::graphqlAuthorizationHeader() const
{
    const QStringList all = m_macaroons + m_userTokens;
    return (m_macaroons.isEmpty() ? "Bearer " : "FlyV1 ") + all.join(u',').toUtf8();
}

QString FlyToken::registryPassword() const
{
    return m_macaroons.isEmpty() ? m_userTokens.join(u',') : m_macaroons.join(u',');
}

QString FlyToken::redact(const QString &text) const
{
    QString out = text;
    const QStringList parts = m_macaroons + m_userTokens;
    for (const QString &part : parts) {
        if (part.size() >= 4)
            out.replace(part, u"[token]"_s);
    }
    return out;
}

} // namespace Flightdeck
