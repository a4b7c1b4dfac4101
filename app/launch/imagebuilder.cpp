#include "app/launch/imagebuilder.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Flightdeck {

namespace {

const QStringList kStages{u"build"_s, u"login"_s, u"push"_s};

bool isLoopbackRegistry(const QString &host)
{
    const QString name = host.section(u':', 0, 0).remove(u'[').remove(u']');
    const QHostAddress address(name);
    return name == "localhost"_L1 || (!address.isNull() && address.isLoopback());
}

} // namespace

ImageBuilder::ImageBuilder(QObject *parent)
    : QObject(parent)
{
}

ImageBuilder::~ImageBuilder()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        stopTree();
        m_process->waitForFinished(3000);
    }
}

QString ImageBuilder::findEngine(const QString &preferred)
{
    QStringList candidates{u"docker"_s, u"podman"_s, u"buildah"_s};
    if (!preferred.isEmpty())
        candidates.prepend(preferred);
    for (const QString &candidate : std::as_const(candidates)) {
        if (!QStandardPaths::findExecutable(candidate).isEmpty())
            return candidate;
    }
    return {};
}

void ImageBuilder::start(const BuildRequest &request)
{
    m_request = request;
    m_engine = findEngine(request.engine);
    if (m_engine.isEmpty()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(false, tr("No image builder was found: install docker, podman or buildah.")); });
        return;
    }
    if (!request.engine.isEmpty() && m_engine != request.engine) {
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(false, tr("The chosen image builder, %1, is not installed.").arg(m_request.engine)); });
        return;
    }
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    m_login = std::make_unique<QTemporaryDir>(QDir(runtime.isEmpty() ? QDir::tempPath() : runtime).filePath(u"flightdeck-login-XXXXXX"_s));
    if (!m_login->isValid()) {
        const QString why = m_login->errorString();
        m_login.reset();
        QTimer::singleShot(0, this, [this, why] { Q_EMIT finished(false, tr("No private folder for the registry login could be made: %1").arg(why)); });
        return;
    }
    runStage(0);
}

void ImageBuilder::finish(bool ok, const QString &error)
{
    m_login.reset(); // the login's folder, with the password, goes first
    Q_EMIT finished(ok, error);
}

QStringList ImageBuilder::arguments(const QString &stage) const
{
    const bool buildah = m_engine == "buildah"_L1;
    const bool insecure = isLoopbackRegistry(m_request.registryHost); // plain http only on this computer
    QStringList args;
    // Docker's credential store is its config folder; podman and buildah take an auth file per command.
    if (m_engine == "docker"_L1 && stage != "build"_L1)
        args << u"--config"_s << m_login->path();
    const QStringList authFile{u"--authfile"_s, m_login->filePath(u"auth.json"_s)};
    if (buildah && !m_request.storageRoot.isEmpty())
        args << u"--root"_s << QDir(m_request.storageRoot).filePath(u"storage"_s) << u"--runroot"_s << QDir(m_request.storageRoot).filePath(u"run"_s)
             << u"--storage-driver"_s << u"vfs"_s;

    if (stage == "build"_L1) {
        args << u"build"_s;
        if (buildah)
            args << u"--isolation"_s << u"chroot"_s;
        if (!m_request.dockerfile.isEmpty())
            args << u"-f"_s << QDir(m_request.contextDir).absoluteFilePath(m_request.dockerfile);
        for (auto it = m_request.args.cbegin(); it != m_request.args.cend(); ++it)
            args << u"--build-arg"_s << it.key() + u'=' + it.value();
        if (!m_request.target.isEmpty())
            args << u"--target"_s << m_request.target;
        if (!m_request.platform.isEmpty())
            args << u"--platform"_s << m_request.platform;
        if (m_request.noCache)
            args << u"--no-cache"_s;
        args << u"-t"_s << m_request.imageReference << m_request.contextDir;
    } else if (stage == "login"_L1) {
        args << u"login"_s;
        if (m_engine != "docker"_L1)
            args << authFile;
        if (insecure && m_engine != "docker"_L1)
            args << u"--tls-verify=false"_s;
        args << u"-u"_s << u"x"_s << u"--password-stdin"_s << m_request.registryHost;
    } else {
        args << u"push"_s;
        if (m_engine != "docker"_L1)
            args << authFile;
        if (insecure && m_engine != "docker"_L1)
            args << u"--tls-verify=false"_s;
        args << m_request.imageReference;
        if (buildah)
            args << u"docker://"_s + m_request.imageReference;
    }
    return args;
}

void ImageBuilder::runStage(int index)
{
    m_stage = index;
    if (index >= kStages.size()) {
        finish(true, {});
        return;
    }
    const QString &stage = kStages.at(index);
    Q_EMIT stageChanged(stage);

    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setWorkingDirectory(m_request.contextDir);
    // Its own process group, so that cancel reaches everything it starts.
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        while (m_process->canReadLine()) {
            const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
            m_tail.append(line);
            if (m_tail.size() > 12)
                m_tail.removeFirst();
            Q_EMIT logLine(line);
        }
    });
    connect(m_process, &QProcess::finished, this, [this, stage](int exitCode, QProcess::ExitStatus status) {
        const QString rest = QString::fromUtf8(m_process->readAll()).trimmed();
        if (!rest.isEmpty()) {
            m_tail.append(rest);
            Q_EMIT logLine(rest);
        }
        m_process->deleteLater();
        m_process = nullptr;
        if (m_cancelled)
            return finish(false, tr("Cancelled during the %1.").arg(stage));
        if (status != QProcess::NormalExit || exitCode != 0)
            return finish(false, tr("The image %1 failed (%2 exited with %3): %4").arg(stage, m_engine).arg(exitCode).arg(m_tail.mid(std::max<qsizetype>(0, m_tail.size() - 4)).join(u" / "_s)));
        runStage(m_stage + 1);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_process->deleteLater();
            m_process = nullptr;
            finish(false, tr("%1 could not be started.").arg(m_engine));
        }
    });
    m_process->start(m_engine, arguments(stage));
    if (stage == "login"_L1) {
        m_process->write(m_request.registryPassword.toUtf8());
        m_process->closeWriteChannel();
    } else {
        m_process->closeWriteChannel();
    }
}

void ImageBuilder::stopTree()
{
    if (!m_process || m_process->processId() <= 0)
        return;
    const pid_t group = static_cast<pid_t>(m_process->processId());
    ::kill(-group, SIGTERM);
    // Whatever ignores SIGTERM gets SIGKILL, unless the group leader is gone by then.
    QTimer::singleShot(3000, this, [process = QPointer<QProcess>(m_process), group] {
        if (process && process->state() != QProcess::NotRunning)
            ::kill(-group, SIGKILL);
    });
}

void ImageBuilder::cancel()
{
    m_cancelled = true;
    stopTree();
}

} // namespace Flightdeck
