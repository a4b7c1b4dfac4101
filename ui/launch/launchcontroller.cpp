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
#include <QDir>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

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

QString LaunchController::labelOf(const RunSpec &spec)
{
    return spec.name.isEmpty() ? tr("a Machine in %1").arg(spec.app) : spec.name;
}

int LaunchController::runningCount() const
{
    return int(std::count_if(m_launches.cbegin(), m_launches.cend(), [](const Launch &launch) { return launch.launcher && !launch.launcher->isFinished(); }));
}

const LaunchController::Launch *LaunchController::find(const QString &launchId) const
{
    const auto found = std::find_if(m_launches.cbegin(), m_launches.cend(), [&](const Launch &launch) { return launch.launcher && launch.launcher->launchId() == launchId; });
    return found == m_launches.cend() ? nullptr : &*found;
}

const LaunchController::Launch *LaunchController::shown() const
{
    return find(m_shownId);
}

RunSpec LaunchController::lastSpec() const
{
    const Launch *launch = shown();
    return launch ? launch->spec : RunSpec();
}

void LaunchController::launch(const RunSpec &spec)
{
    // A new launch id each time: a retry after a failure is a new Machine, and
    // the launcher itself settles lost answers within one launch.
    LaunchOptions options = optionsFor(spec);
    m_nextLaunchId = Launcher::newLaunchId();
    Q_EMIT nextRequestChanged();
    auto *launcher = new Launcher(m_session->api(), spec, options, this);
    connect(launcher, &Launcher::finished, this, [this, launcher](const LaunchOutcome &outcome) { finished(launcher, outcome); });
    m_launches.append({launcher, spec, labelOf(spec)});
    m_notifier->launchStarted(options.launchId, labelOf(spec));
    show(options.launchId);
    Q_EMIT launchStarted();
    launcher->start();
}

bool LaunchController::retry()
{
    const Launch *launch = shown();
    if (!launch || !launch->launcher->isFinished())
        return false;
    const RunSpec again = launch->spec; // a copy: launching changes the list it lives in
    this->launch(again);
    return true;
}

bool LaunchController::show(const QString &launchId)
{
    const Launch *found = find(launchId);
    if (!found)
        return false;
    m_shownId = launchId;
    m_view->follow(found->launcher, found->spec.app, found->spec.shell, found->spec.shell && !flyctlPath().isEmpty());
    dropFinished();
    return true;
}

void LaunchController::dropFinished()
{
    for (auto launch = m_launches.begin(); launch != m_launches.end();) {
        if (!launch->launcher || (launch->launcher->isFinished() && launch->launcher->launchId() != m_shownId)) {
            if (launch->launcher)
                launch->launcher->deleteLater();
            launch = m_launches.erase(launch);
        } else {
            ++launch;
        }
    }
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
    options.followLog = true; // the launch view shows it
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

void LaunchController::finished(Launcher *launcher, const LaunchOutcome &outcome)
{
    const Launch *found = find(launcher->launchId());
    if (!found)
        return;
    const Launch &launch = *found; // the list changes only later, in dropFinished()
    const bool watched = launcher->launchId() == m_shownId && m_view->isVisible();
    m_notifier->launchFinished(launcher->launchId(), launch.label, launch.spec, outcome, watched);
    HistoryEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.app = launch.spec.app;
    entry.outcome = outcome.cancelled   ? u"cancelled"_s
        : !outcome.succeeded            ? u"failed"_s
        : launch.spec.skipLaunch        ? u"created"_s
                                        : u"started"_s;
    entry.machineId = outcome.machine.value(u"id"_s).toString();
    entry.summary = outcome.diagnosis ? outcome.diagnosis->summary : QString();
    // The request exactly as posted; a launch that stopped before the create records what it would have posted.
    if (!outcome.request.isEmpty())
        entry.request = QJsonDocument::fromJson(outcome.request).object();
    else
        entry.request = CreateRequestCodec::toJson(launch.spec, Launcher::encodeOptions(m_session->endpoints(), launcher->options()));
    if (QString error; !m_history.append(entry, &error))
        Q_EMIT historyNotWritten(tr("This launch could not be added to the history %1: %2").arg(QDir::toNativeSeparators(m_history.path()), error));
    QTimer::singleShot(0, this, &LaunchController::dropFinished); // after every receiver of finished()
}

QString LaunchController::flyctlPath()
{
    const QString fly = QStandardPaths::findExecutable(u"fly"_s);
    return fly.isEmpty() ? QStandardPaths::findExecutable(u"flyctl"_s) : fly;
}

void LaunchController::openConsole()
{
    const QString fly = flyctlPath();
    const Launch *launch = shown();
    const QString id = launch ? launch->launcher->outcome().machine.value(u"id"_s).toString() : QString();
    if (fly.isEmpty() || id.isEmpty())
        return;
    const RunSpec &spec = launch->spec;
    const QStringList console{fly, u"ssh"_s, u"console"_s, u"-a"_s, spec.app, u"--machine"_s, id, u"-u"_s, spec.shellUser, u"-C"_s, spec.shellCommand};
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
    const Launch *launch = shown();
    const QString id = launch ? launch->launcher->outcome().machine.value(u"id"_s).toString() : QString();
    if (id.isEmpty())
        return;
    m_session->inventory().destroyMachine(launch->spec.app, id, this, [this, id](const std::optional<ApiError> &error) {
        Q_EMIT shellSessionEnded(!error, error ? tr("%1 was not destroyed: %2").arg(id, error->message()) : tr("%1 is destroyed; the session is over.").arg(id));
    });
}

} // namespace Flightdeck::Ui
