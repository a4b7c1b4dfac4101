#pragma once

#include <QMap>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Flightdeck {

// What to build and where to push it.
struct BuildRequest
{
    QString engine;       // "docker", "podman" or "buildah"; empty: the first found on PATH
    QString contextDir;   // the folder sent to the builder
    QString dockerfile;   // empty: <context>/Dockerfile; relative paths are inside the context
    QMap<QString, QString> args;
    QString target;
    bool noCache = false;
    QString imageReference;   // <registry>/<app>:<label>
    QString registryHost;     // logged in to with user "x"
    QString registryPassword; // sent on the engine's stdin, never on its command line
    QString storageRoot;      // buildah only: a private image store (tests); empty: the engine's own
    QString platform = QStringLiteral("linux/amd64"); // Fly Machines run amd64; empty: the engine's own
};

// Builds an image from a Dockerfile with the engine found on PATH, logs in to
// the registry and pushes, streaming every output line. Cancel stops the
// whole process tree of the running step. The login is kept in a private
// folder of this build's own (the engine's --authfile, or docker's --config),
// removed when the build ends: the registry password, which for Fly's
// registry is the API token, never stays in the engine's credential store.
class ImageBuilder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageBuilder)

public:
    explicit ImageBuilder(QObject *parent = nullptr);
    ~ImageBuilder() override;

    // The engine to use: `preferred` when it is on PATH, else docker, podman
    // or buildah, whichever is found first. Empty when there is none.
    static QString findEngine(const QString &preferred = {});

    void start(const BuildRequest &request);
    void cancel();

Q_SIGNALS:
    void stageChanged(const QString &stage); // "build", "login", "push"
    void logLine(const QString &line);
    void finished(bool ok, const QString &error);

private:
    void runStage(int index);
    void finish(bool ok, const QString &error);
    QStringList arguments(const QString &stage) const;
    void stopTree();

    BuildRequest m_request;
    QString m_engine;
    QProcess *m_process = nullptr;
    int m_stage = 0;
    bool m_cancelled = false;
    QStringList m_tail; // the last lines, for error messages
    std::unique_ptr<QTemporaryDir> m_login; // the registry login, for this build only
};

} // namespace Flightdeck
