#pragma once

#include <QProcess>
#include <QTemporaryDir>

namespace TestSupport {

class TokenAuthority;

// Debian's docker-registry (the CNCF distribution registry) on a free
// loopback port, storing into a temporary folder; stopped on destruction.
class LocalRegistry
{
public:
    LocalRegistry() = default;
    ~LocalRegistry();
    LocalRegistry(const LocalRegistry &) = delete;
    LocalRegistry &operator=(const LocalRegistry &) = delete;

    // Before start(): every request needs a token from `authority`, as on
    // Docker Hub (a 401 with a Bearer challenge names its realm).
    void requireTokensFrom(const TokenAuthority &authority);
    // Starts the registry and waits until GET /v2/ answers (401 when it wants tokens).
    bool start();

    // "127.0.0.1:PORT", the host part of image references pushed here.
    QString hostAndPort() const;
    QString errorString() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_auth; // the configuration's auth section
    quint16 m_port = 0;
    QString m_error;
};

} // namespace TestSupport
