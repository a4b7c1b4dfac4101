#include "app/launch/launcher.h"

#include "app/api/apiclient.h"
#include "app/api/appinventory.h"
#include "app/api/endpoints.h"
#include "app/api/registryclient.h"
#include "app/launch/diagnosis.h"
#include "app/launch/imagebuilder.h"
#include "app/spec/createrequestcodec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Flightdeck {

Launcher::Launcher(ApiClient *api, const RunSpec &spec, const LaunchOptions &options, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_spec(spec)
    , m_options(options)
{
    if (m_options.launchId.isEmpty())
        m_options.launchId = newLaunchId();
    m_outcome.appName = spec.app;
}

QString Launcher::newLaunchId()
{
    static const QString alphabet = u"0123456789ABCDEFGHJKMNPQRSTVWXYZ"_s;
    quint64 ms = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
    QString id(26, u'0');
    for (int i = 9; i >= 0; --i) {
        id[i] = alphabet.at(static_cast<int>(ms % 32));
        ms /= 32;
    }
    for (int i = 10; i < 26; ++i)
        id[i] = alphabet.at(QRandomGenerator::system()->bounded(32));
    return id;
}

// ---------------------------------------------------------------- reporting

void Launcher::report(const StepEvent &event)
{
    m_events.append(event);
    Q_EMIT stepChanged(event);
}

qint64 Launcher::stepElapsedMs() const
{
    return m_stepClock.isValid() ? m_stepClock.elapsed() : 0;
}

void Launcher::begin(LaunchStep step, const QString &detail)
{
    m_step = step;
    m_stepClock.start();
    report({step, StepEvent::Status::Running, detail, 0});
}

void Launcher::progress(const QString &detail)
{
    report({m_step, StepEvent::Status::Progress, detail, m_stepClock.elapsed()});
}

void Launcher::done(const QString &detail)
{
    report({m_step, StepEvent::Status::Done, detail, m_stepClock.elapsed()});
}

void Launcher::skip(LaunchStep step, const QString &why)
{
    report({step, StepEvent::Status::Skipped, why, 0});
}

void Launcher::fail(const Diagnosis &given)
{
    if (m_finished)
        return;
    m_finished = true;
    Diagnosis diagnosis = given;
    if (diagnosis.field == "token"_L1 && !m_options.tokenRefusedHint.isEmpty())
        diagnosis.hint = m_options.tokenRefusedHint;
    report({m_step, StepEvent::Status::Failed, diagnosis.summary, m_stepClock.elapsed()});
    m_outcome.diagnosis = diagnosis;
    m_outcome.roundTrips = m_api->roundTrips();
    Q_EMIT finished(m_outcome);
}

void Launcher::succeed()
{
    if (m_finished)
        return;
    m_finished = true;
    m_outcome.succeeded = true;
    m_outcome.roundTrips = m_api->roundTrips();
    Q_EMIT finished(m_outcome);
}

void Launcher::cancel()
{
    if (m_finished)
        return;
    m_finished = true;
    m_api->cancel(this);
    if (m_builder)
        m_builder->cancel();
    report({m_step, StepEvent::Status::Cancelled, tr("Cancelled"), m_stepClock.elapsed()});
    m_outcome.cancelled = true;
    m_outcome.roundTrips = m_api->roundTrips();
    m_outcome.diagnosis = Diagnosis{m_outcome.existing.isEmpty() ? tr("Cancelled before anything was created.")
                                                                  : tr("Cancelled. Already created: %1.").arg(m_outcome.existing.join(u"; "_s)),
                                    {}, {}};
    Q_EMIT finished(m_outcome);
}

// -------------------------------------------------------------------- steps

void Launcher::start()
{
    checkToken();
}

void Launcher::checkToken()
{
    begin(LaunchStep::CheckToken);
    if (m_api->token().isEmpty())
        return fail({tr("There is no API token."), tr("Add one in Settings, or set FLY_API_TOKEN."), u"token"_s});
    if (const std::optional<QString> problem = m_api->endpoints().problem())
        return fail({*problem, tr("Change the API address in Settings."), u"endpoint"_s});
    // The first request proves the token; a separate round trip would only slow the launch.
    done(tr("present; the first request confirms it"));
    resolveApp();
}

void Launcher::resolveApp()
{
    begin(LaunchStep::ResolveApp, m_spec.app);
    if (m_spec.app.isEmpty())
        return fail({tr("No app was chosen."), tr("Choose an existing app or name a new one."), u"app"_s});
    // A build is pushed to <registry>/<app>, and Fly's registry refuses apps
    // that do not exist; volumes by name are looked up in the app. Both need
    // the app first. Otherwise the create request itself confirms the app.
    if (m_spec.build || hasVolumesByName())
        return readApp();
    done(tr("%1 (confirmed by the create request)").arg(m_spec.app));
    prepareImage();
}

bool Launcher::hasVolumesByName() const
{
    return std::any_of(m_spec.mounts.cbegin(), m_spec.mounts.cend(), [](const MountSpec &m) { return !m.volume.startsWith("vol_"_L1); });
}

void Launcher::readApp()
{
    progress(tr("looking up the app"));
    m_api->get(appPath(m_spec.app), this, [this](const ApiResult &result) {
        if (m_finished)
            return;
        if (result.ok())
            return appReady(tr("%1 exists").arg(m_spec.app));
        if (result.error->httpStatus == 404)
            return createApp(1);
        fail(Diagnose::fromCreateError(*result.error));
    });
}

void Launcher::confirmAppMissing(const ApiResult &createFailure)
{
    // A 404 from the create may mean the app, a volume or something else;
    // whatever its text says, only the app's own address tells.
    m_api->get(appPath(m_spec.app), this, [this, createFailure](const ApiResult &check) {
        if (m_finished)
            return;
        if (check.error && check.error->httpStatus == 404)
            return createApp(1);
        fail(Diagnose::fromCreateError(*createFailure.error));
    });
}

void Launcher::appReady(const QString &detail)
{
    if (hasVolumesByName())
        return resolveVolumes(detail);
    done(detail);
    prepareImage();
}

void Launcher::resolveVolumes(const QString &appDetail)
{
    progress(tr("looking up the app's volumes"));
    AppInventory(m_api).volumes(m_spec.app, this, [this, appDetail](const QList<VolumeSummary> &volumes, const std::optional<ApiError> &error) {
        if (m_finished)
            return;
        if (error)
            return fail(Diagnose::fromCreateError(*error));
        QStringList used;
        for (MountSpec &mount : m_spec.mounts) {
            if (mount.volume.startsWith("vol_"_L1))
                continue;
            const VolumeChoice choice = AppInventory::chooseVolume(volumes, mount.volume, m_spec.region, used);
            if (!choice.volume)
                return fail({choice.problem, tr("Create one, or choose another volume or region."), u"mounts"_s});
            mount.volume = choice.volume->id;
            used.append(mount.volume);
            // A volume pins the Machine to its region (flyctl leaves that to chance).
            if (m_spec.region.isEmpty())
                m_spec.region = choice.volume->region;
        }
        done(tr("%1; volumes %2").arg(appDetail, used.join(u", "_s)));
        prepareImage();
    });
}

QJsonObject Launcher::appCreateBody(const RunSpec &spec, const LaunchOptions &options)
{
    const QString org = !options.org.isEmpty() ? options.org : (!spec.org.isEmpty() ? spec.org : u"personal"_s);
    return {{u"name"_s, spec.app}, {u"org_slug"_s, org}, {u"network"_s, QString()}, {u"app_role_id"_s, QString()}};
}

void Launcher::createApp(int attempt)
{
    if (!m_options.createAppIfMissing)
        return fail({tr("The app '%1' does not exist.").arg(m_spec.app), tr("Create it: confirm in the wizard, or add --yes (and --org) on the command line."), u"app"_s});
    const QJsonObject body = appCreateBody(m_spec, m_options);
    m_step = LaunchStep::ResolveApp;
    progress(tr("creating the app %1 in %2").arg(m_spec.app, body.value(u"org_slug"_s).toString()));
    RequestOptions options;
    options.timeoutMs = m_options.requestTimeoutMs;
    m_api->call("POST", kAppCreatePath, body, options, this, [this, attempt](const ApiResult &result) {
        if (m_finished)
            return;
        if (result.ok())
            return waitForApp(1); // created; it may take a moment to be readable
        if (!result.error->isAmbiguous())
            return fail(Diagnose::fromCreateError(*result.error));
        // The answer was lost: read the app back before creating it again.
        progress(tr("the answer was lost (%1); checking whether the app exists").arg(result.error->message()));
        m_api->get(appPath(m_spec.app), this, [this, attempt, result](const ApiResult &check) {
            if (m_finished)
                return;
            if (check.ok())
                return waitForApp(1);
            if (check.error->httpStatus == 404 && attempt < 3)
                return createApp(attempt + 1);
            fail(Diagnose::fromCreateError(*result.error));
        });
    });
}

void Launcher::waitForApp(int attempt)
{
    m_api->get(appPath(m_spec.app), this, [this, attempt](const ApiResult &result) {
        if (m_finished)
            return;
        if (result.ok()) {
            if (!m_appCreated) {
                m_appCreated = true;
                m_outcome.existing.append(tr("the app %1").arg(m_spec.app));
            }
            return appReady(tr("%1 created").arg(m_spec.app));
        }
        if ((result.error->httpStatus == 404 || result.error->httpStatus == 401) && attempt < 12) {
            QTimer::singleShot(std::min(100 << attempt, 5000), this, [this, attempt] { waitForApp(attempt + 1); });
            return;
        }
        fail(Diagnose::fromCreateError(*result.error));
    });
}

void Launcher::prepareImage()
{
    begin(LaunchStep::PrepareImage);
    if (m_spec.build)
        return buildImage();
    if (m_spec.image.isEmpty() && !m_spec.shell)
        return fail({tr("No image was chosen."), tr("Give an image reference such as nginx:1.27."), u"image"_s});
    const Endpoints &endpoints = m_api->endpoints();
    if (m_spec.image.isEmpty() || !endpoints.looksUpImage(m_spec.image)) {
        done(tr("%1 (the platform resolves it)").arg(m_spec.image.isEmpty() ? u"ubuntu"_s : m_spec.image));
        return startCreate();
    }
    // Ask the image's registry before creating anything: a typo stops here.
    progress(tr("checking %1 in its registry").arg(m_spec.image));
    const RegistryClient registry(*m_api);
    registry.lookUp(m_spec.image, this, [this](const ImageLookup &lookup) {
        if (m_finished)
            return;
        if (lookup.result == ImageLookup::Result::NotFound || lookup.result == ImageLookup::Result::Denied)
            return fail({lookup.message, tr("Check the image reference, or build the image from its Dockerfile."), u"image"_s});
        done(lookup.result == ImageLookup::Result::Found ? tr("%1 found in its registry").arg(m_spec.image) : tr("%1 (%2)").arg(m_spec.image, lookup.message));
        startCreate();
    });
}

void Launcher::buildImage()
{
    const BuildSpec &build = *m_spec.build;
    const QString registry = m_api->endpoints().registryHost;
    const QString reference = CreateRequestCodec::buildImageReference(m_spec, registry, m_options.launchId);

    BuildRequest request;
    request.engine = m_options.imageEngine;
    const QString context = build.contextDir.isEmpty() ? u"."_s : build.contextDir;
    request.contextDir = m_spec.workingDir.isEmpty() ? QDir(context).absolutePath() : QDir(m_spec.workingDir).absoluteFilePath(context);
    request.dockerfile = build.dockerfile;
    request.args = build.args;
    request.target = build.target;
    request.noCache = build.noCache;
    // Fly Machines run linux/amd64, whatever this computer is; flyctl's FLY_DEV_PLATFORM overrides it, here too.
    request.platform = qEnvironmentVariable("FLY_DEV_PLATFORM", u"linux/amd64"_s);
    request.imageReference = reference;
    request.registryHost = registry;
    request.registryPassword = m_api->token().registryPassword();
    request.storageRoot = m_options.buildStorageRoot;

    m_builder = new ImageBuilder(this);
    const QString platform = request.platform;
    connect(m_builder, &ImageBuilder::stageChanged, this, [this, reference, platform](const QString &name) {
        progress(name == "build"_L1 ? tr("building %1 for %2").arg(reference, platform) : name == "login"_L1 ? tr("logging in to the registry") : tr("pushing %1").arg(reference));
    });
    connect(m_builder, &ImageBuilder::logLine, this, [this](const QString &line) {
        if (!line.isEmpty())
            progress(m_api->token().redact(line));
    });
    connect(m_builder, &ImageBuilder::finished, this, [this, reference](bool ok, const QString &error) {
        m_builder->deleteLater();
        m_builder = nullptr;
        if (m_finished)
            return;
        if (!ok) {
            const QString field = error.contains(u"login"_s) || error.contains(u"push"_s) ? u"token"_s : u"build.dockerfile"_s;
            return fail({m_api->token().redact(error), tr("The build log above shows the details."), field});
        }
        // The request names this very reference already (the codec derives it from the launch id).
        m_outcome.existing.append(tr("the image %1").arg(reference));
        done(reference);
        startCreate();
    });
    m_builder->start(request);
}

} // namespace Flightdeck
