#pragma once

#include <QDateTime>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace TestSupport {

// Looks through the files a test run wrote for the credentials the tests
// used: the literal tokens in the tests' sources, every token the simulator
// makes up (sim_ and 32 hex digits), and each of them as a registry login
// ("x:<token>" in base64, as Docker and Podman keep it).
class TokenScan final
{
public:
    // Every Fly-token-looking literal in the .cpp and .h files under `folder`.
    static QStringList tokensInSources(const QString &folder);

    void addToken(const QString &token);
    // Only files changed at or after this time are read (the run's start).
    void setSince(const QDateTime &since) { m_since = since; }
    // Reads every regular file under `root` (symbolic links are not followed).
    void scan(const QString &root);

    // "path: what was found", one line per find.
    QStringList hits() const { return m_hits; }
    qint64 filesRead() const { return m_files; }
    qint64 bytesRead() const { return m_bytes; }

private:
    void scanFile(const QString &path);
    void check(const QString &path, const QByteArray &chunk);
    void addHit(const QString &hit);

    QList<QByteArray> m_literals;
    QList<QByteArray> m_literalNames; // what a hit says: the token's first characters, never all of it
    QDateTime m_since;
    QStringList m_hits;
    qint64 m_files = 0;
    qint64 m_bytes = 0;
};

} // namespace TestSupport
