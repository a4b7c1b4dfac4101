#include "app/api/authchallenge.h"

using namespace Qt::StringLiterals;

namespace Flightdeck {

namespace {

// Reads one challenge from a WWW-Authenticate value, left to right.
class ChallengeReader
{
public:
    explicit ChallengeReader(QByteArrayView text)
        : m_text(text)
    {
    }

    std::optional<AuthChallenge> read()
    {
        skipSpaces();
        AuthChallenge challenge;
        challenge.scheme = QString::fromLatin1(token());
        if (challenge.scheme.isEmpty())
            return std::nullopt;
        // auth-param *( OWS "," OWS auth-param ), until the next challenge's scheme.
        while (true) {
            skipSeparators();
            const qsizetype start = m_at;
            const QByteArrayView name = token();
            skipSpaces();
            if (name.isEmpty() || !take('=')) {
                m_at = start; // a token68 or the next challenge: this one ends here
                break;
            }
            skipSpaces();
            const QString value = peek() == '"' ? quoted() : QString::fromLatin1(token());
            challenge.parameters.insert(QString::fromLatin1(name).toLower(), value);
        }
        return challenge;
    }

private:
    static bool isTokenChar(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || QByteArrayView("!#$%&'*+-.^_`|~/").contains(c);
    }
    char peek() const { return m_at < m_text.size() ? m_text.at(m_at) : '\0'; }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_at;
        return true;
    }
    void skipSpaces()
    {
        while (peek() == ' ' || peek() == '\t')
            ++m_at;
    }
    void skipSeparators()
    {
        while (peek() == ' ' || peek() == '\t' || peek() == ',')
            ++m_at;
    }
    QByteArrayView token()
    {
        const qsizetype start = m_at;
        while (m_at < m_text.size() && isTokenChar(m_text.at(m_at)))
            ++m_at;
        return m_text.sliced(start, m_at - start);
    }
    QString quoted()
    {
        QByteArray value;
        ++m_at; // the opening quote
        while (m_at < m_text.size() && m_text.at(m_at) != '"') {
            if (m_text.at(m_at) == '\\' && m_at + 1 < m_text.size())
                ++m_at;
            value.append(m_text.at(m_at++));
        }
        take('"');
        return QString::fromUtf8(value);
    }

    QByteArrayView m_text;
    qsizetype m_at = 0;
};

} // namespace

std::optional<AuthChallenge> AuthChallenge::parse(QByteArrayView header)
{
    return ChallengeReader(header).read();
}

} // namespace Flightdeck
