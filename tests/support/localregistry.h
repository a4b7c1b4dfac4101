#pragma once

#include <QProcess>
#include <QTemporaryDir>

namespace TestSupport {

// Debian's docker-registry (the CNCF distribution registry) on a free
// loopback port, storing into a temporary folder; stopped on destruction.
class LocalRegistry
{
public:
    LocalRegistry() = default;
    ~LocalRegistry();
    LocalRegistry(const LocalRegistry &) = delete;
    LocalRegistry &operator=(const LocalRegistry &) = delete;

    // Starts the registry and waits until GET /v2/ answers.
    bool start();

    // "127.0.0.1:PORT", the host part of image references pushed here.
    QString hostAndPort() const;
    QString errorString() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace TestSupport
