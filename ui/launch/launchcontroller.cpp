#include "ui/launch/launchcontroller.h"

#include "app/auth/tokensources.h"
#include "app/launch/launcher.h"
#include "app/settings/appsettings.h"
#include "app/spec/createrequestcodec.h"
#include "ui/launch/launchnotifier.h"
#include "ui/launch/launchview.h"
#include "ui/session/apisession.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

LaunchController::LaunchController(ApiSession *session, AppSettings *settings, LaunchView *view, LaunchNotifier *notifier, const LaunchHistory &history,
                                   QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_view(view)
    , m_notifier(notifier)
    , m_history(history)
    , m_environment(QProcessEnvironment::systemEnvironment())
    , m_nextLaunchId(Launcher::newLaunchId())
{
    connect(m_view, &LaunchView::retryRequested, this, &LaunchController::retry);
    connect(m_view, &LaunchView::openConsoleRequested, this, &LaunchController::openConsole);
    connect(m_view, &LaunchView::endSessionRequested, this, &LaunchController::endShellSession);
}

bool LaunchController::isRunning() const
{
    return m_launcher && m_view->state() == LaunchView::State::Running;
}

QString LaunchController::label() const
{
    return m_spec.name.isEmpty() ? tr("a Machine in %1").arg(m_spec.app) : m_spec.name;
}

bool LaunchController::launch(const RunSpec &spec)
{
    if (isRunning())
        return false;
    m_spec = spec;
    return retry();
}

bool LaunchController::retry()
{
    if (isRunning())
        return false;
    if (m_launcher)
        m_launcher->deleteLater();
    m_launchOptions = optionsFor(m_spec);
    // A new launch id each time: a retry after a failure is a new Machine, and
    // the launcher itself settles lost answers within one launch.
    m_nextLaunchId = Launcher::newLaunchId();
    Q_EMIT nextRequestChanged();
    m_launcher = new Launcher(m_session->api(), m_spec, m_launchOptions, this);
    connect(m_launcher, &Launcher::finished, this, &LaunchController::finished);
    m_view->follow(m_launcher, m_spec.app, m_spec.shell, m_spec.shell && !flyctlPath().isEmpty());
    m_notifier->launchStarted(label());
    Q_EMIT launchStarted();
    m_launcher->start();
    return true;
}

LaunchOptions LaunchController::optionsFor(const RunSpec &spec) const
{
    LaunchOptions options;
    options.createAppIfMissing = true; // the App step said it will be created; launching confirms it
    options.org = spec.org.isEmpty() ? m_settings->defaultOrg() : spec.org; // empty still: personal
    options.imageEngine = m_settings->imageEngine();
    options.launchId = m_nextLaunchId;
    options.minSecretsVersion = minSecretsVersion(spec.app);
    options.tokenRefusedHint = TokenSources::refusedTokenHint(m_session->tokenOrigin());
    return options;
}

std::optional<quint64> LaunchController::minSecretsVersion(const QString &app) const
{
    // The preview asks on every change: flyctl's config.yml is read again only when the app or the file changed.
    const QFileInfo file(TokenSources::flyConfigPath(m_environment));
    const QDateTime stamp = file.exists() ? file.lastModified() : QDateTime();
    if (!m_secretsVersion || m_secretsVersion->app != app || m_secretsVersion->stamp != stamp)
        m_secretsVersion = SecretsVersion{app, stamp, TokenSources::minSecretsVersion(m_environment, app)};
    return m_secretsVersion->version;
}

QByteArray LaunchController::appCreateBody(const RunSpec &spec) const
{
    return QJsonDocument(Launcher::appCreateBody(spec, optionsFor(spec))).toJson(QJsonDocument::Compact);
}

QByteArray LaunchController::requestBody(const RunSpec &spec) const
{
    return CreateRequestCodec::toRequestBody(spec, Launcher::encodeOptions(m_session->endpoints(), optionsFor(spec)));
}

void LaunchController::finished(const LaunchOutcome &outcome)
{
    m_outcome = outcome;
    m_notifier->launchFinished(label(), m_spec, outcome);
    HistoryEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.app = m_spec.app;
    entry.outcome = outcome.cancelled ? u"cancelled"_s
        : !outcome.succeeded          ? u"failed"_s
        : m_spec.skipLaunch           ? u"created"_s
                                      : u"started"_s;
    entry.machineId = outcome.machine.value(u"id"_s).toString();
    entry.summary = outcome.diagnosis ? outcome.diagnosis->summary : QString();
    // The request exactly as posted; a launch that stopped before the create records what it would have posted.
    if (!outcome.request.isEmpty())
        entry.request = QJsonDocument::fromJson(outcome.request).object();
    else
        entry.request = CreateRequestCodec::toJson(m_spec, Launcher::encodeOptions(m_session->endpoints(), m_launchOptions));
    m_history.append(entry);
}

QString LaunchController::flyctlPath()
{
    const QString fly = QStandardPaths::findExecutable(u"fly"_s);
    return fly.isEmpty() ? QStandardPaths::findExecutable(u"flyctl"_s) : fly;
}

void LaunchController::openConsole()
{
    const QString fly = flyctlPath();
    const QString id = m_outcome.machine.value(u"id"_s).toString();
    if (fly.isEmpty() || id.isEmpty())
        return;
    const QStringList console{fly, u"ssh"_s, u"console"_s, u"-a"_s, m_spec.app, u"--machine"_s, id, u"-u"_s, m_spec.shellUser, u"-C"_s, m_spec.shellCommand};
#if defined(Q_OS_WIN)
    QProcess::startDetached(u"cmd.exe"_s, QStringList{u"/c"_s, u"start"_s, u"cmd.exe"_s, u"/k"_s} + console);
#elif defined(Q_OS_MACOS)
    QStringList quoted;
    for (const QString &word : console)
        quoted.append(u"'"_s + QString(word).replace(u"'"_s, u"'\\''"_s) + u"'"_s);
    QProcess::startDetached(u"osascript"_s, {u"-e"_s, u"tell application \"Terminal\" to do script \"%1\""_s.arg(quoted.join(u' '))});
#else
    QProcess::startDetached(u"x-terminal-emulator"_s, QStringList{u"-e"_s} + console);
#endif
}

void LaunchController::endShellSession()
{
    const QString id = m_outcome.machine.value(u"id"_s).toString();
    if (id.isEmpty())
        return;
    m_session->inventory().destroyMachine(m_spec.app, id, this, [this, id](const std::optional<ApiError> &error) {
        Q_EMIT shellSessionEnded(!error, error ? tr("%1 was not destroyed: %2").arg(id, error->message()) : tr("%1 is destroyed; the session is over.").arg(id));
    });
}

} // namespace Flightdeck::Ui
