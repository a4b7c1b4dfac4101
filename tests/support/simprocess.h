#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

namespace TestSupport {

// A real flightdeck-sim process on a free loopback port, stopped on destruction.
class SimProcess
{
public:
    SimProcess() = default;
    ~SimProcess();
    SimProcess(const SimProcess &) = delete;
    SimProcess &operator=(const SimProcess &) = delete;

    // Starts the simulator and reads the base URL and token it prints.
    // Returns false with the reason in errorString().
    bool start(const QStringList &extraArguments = {});

    QUrl baseUrl() const { return m_baseUrl; }
    // The simulator's URL for "/path?query".
    QUrl url(const QString &pathAndQuery) const;
    QString token() const { return m_token; }
    // FLY_REGISTRY_HOST as printed: the simulator's front of its --registry.
    QString registryHost() const { return m_registryHost; }
    QString errorString() const { return m_error; }
    qint64 processId() const { return m_process.processId(); }

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_token;
    QString m_registryHost;
    QString m_error;
};

} // namespace TestSupport
