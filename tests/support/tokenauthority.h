#pragma once

#include <QHttpServer>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrlQuery>

class QTcpServer;

namespace TestSupport {

// The token service of a registry that uses the distribution spec's token
// authentication, as Docker Hub and GHCR do: GET <realm>?service=…&scope=…
// answers {"token": a JWT signed with a key whose certificate the registry
// trusts}. Like Docker Hub it hands anonymous callers pull tokens for public
// repositories; a repository marked private gets a token without access.
class TokenAuthority
{
public:
    TokenAuthority() = default;
    TokenAuthority(const TokenAuthority &) = delete;
    TokenAuthority &operator=(const TokenAuthority &) = delete;

    // Makes the signing key and certificate (openssl) and listens on loopback.
    bool start();
    QString errorString() const { return m_error; }

    QString realm() const;
    QString service() const { return QStringLiteral("flightdeck-test-registry"); }
    QString issuer() const { return QStringLiteral("flightdeck-test-authority"); }
    QString certificatePath() const { return m_dir.filePath(QStringLiteral("authority.pem")); }

    void makePrivate(const QString &repository) { m_private.insert(repository); }
    // A token for `actions` on `repository`, for the harness's own pushes.
    QByteArray issue(const QString &repository, const QStringList &actions) const;
    // The queries of every token request so far.
    QList<QUrlQuery> requests() const { return m_requests; }
    // The Authorization header of every token request so far ("" when none).
    QList<QByteArray> credentials() const { return m_credentials; }

private:
    QByteArray sign(const QByteArray &data) const;

    QTemporaryDir m_dir;
    QHttpServer m_server;
    QTcpServer *m_tcp = nullptr;
    QSet<QString> m_private;
    QList<QUrlQuery> m_requests;
    QList<QByteArray> m_credentials;
    QString m_error;
};

} // namespace TestSupport
