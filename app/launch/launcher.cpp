#include "launch/launcher.h"

#include "api/apiclient.h"
#include "launch/diagnosis.h"
#include "launch/imagebuilder.h"
#include "launch/registrycheck.h"
#include "spec/createrequestcodec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Flightdeck {

namespace {

bool isAppNotFound(const ApiResult &result)
{
    return result.error && result.error->httpStatus == 404 && result.error->error.contains(u"app not found"_s, Qt::CaseInsensitive);
}

} // namespace

Launcher::Launcher(ApiClient *api, const RunSpec &spec, const LaunchOptions &options, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_spec(spec)
    , m_options(options)
    , m_launchId(options.launchId.isEmpty() ? newLaunchId() : options.launchId)
{
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

void Launcher::begin(LaunchStep step, const QString &detail)
{
    m_step = step;
    m_stepClock.start();
    Q_EMIT stepChanged({step, StepEvent::Status::Running, detail, 0});
}

void Launcher::progress(const QString &detail)
{
    Q_EMIT stepChanged({m_step, StepEvent::Status::Progress, detail, m_stepClock.elapsed()});
}

void Launcher::done(const QString &detail)
{
    Q_EMIT stepChanged({m_step, StepEvent::Status::Done, detail, m_stepClock.elapsed()});
}

void Launcher::skip(LaunchStep step, const QString &why)
{
    Q_EMIT stepChanged({step, StepEvent::Status::Skipped, why, 0});
}

void Launcher::fail(const Diagnosis &diagnosis)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT stepChanged({m_step, StepEvent::Status::Failed, diagnosis.summary, m_stepClock.elapsed()});
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
    m_api->cancelAll();
    if (m_builder)
        m_builder->cancel();
    Q_EMIT stepChanged({m_step, StepEvent::Status::Cancelled, tr("Cancelled"), m_stepClock.elapsed()});
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
    m_deadline.start();
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
    const bool volumesByName = std::any_of(m_spec.mounts.cbegin(), m_spec.mounts.cend(), [](const MountSpec &m) { return !m.volume.startsWith("vol_"_L1); });
    if (volumesByName)
        return resolveVolumes();
    done(tr("%1 (confirmed by the create request)").arg(m_spec.app));
    prepareImage();
}

void Launcher::resolveVolumes()
{
    progress(tr("looking up the app's volumes"));
    m_api->get(u"/apps/%1/volumes"_s.arg(m_spec.app), this, [this](const ApiResult &result) {
        if (m_finished)
            return;
        if (isAppNotFound(result))
            return createApp(1);
        if (!result.ok())
            return fail(Diagnose::fromCreateError(*result.error));
        QStringList used;
        for (MountSpec &mount : m_spec.mounts) {
            if (mount.volume.startsWith("vol_"_L1))
                continue;
            const QJsonArray volumes = result.json.toArray();
            QString chosenId;
            QString chosenRegion;
            for (const QJsonValue &value : volumes) {
                const QJsonObject volume = value.toObject();
                const bool free = volume.value(u"attached_machine_id"_s).isNull() || volume.value(u"attached_machine_id"_s).toString().isEmpty();
                const bool regionOk = m_spec.region.isEmpty() || volume.value(u"region"_s).toString() == m_spec.region;
                if (volume.value(u"name"_s).toString() == mount.volume && free && regionOk && !used.contains(volume.value(u"id"_s).toString())) {
                    chosenId = volume.value(u"id"_s).toString();
                    chosenRegion = volume.value(u"region"_s).toString();
                    break;
                }
            }
            if (chosenId.isEmpty())
                return fail({tr("There is no unattached volume named '%1'%2.").arg(mount.volume, m_spec.region.isEmpty() ? QString() : tr(" in %1").arg(m_spec.region)),
                             tr("Create one, or choose another volume or region."), u"mounts"_s});
            used.append(chosenId);
            mount.volume = chosenId;
            // A volume pins the Machine to its region (flyctl leaves that to chance).
            if (m_spec.region.isEmpty())
                m_spec.region = chosenRegion;
        }
        done(tr("%1; volumes %2").arg(m_spec.app, used.join(u", "_s)));
        prepareImage();
    });
}

void Launcher::createApp(int attempt)
{
    if (!m_options.createAppIfMissing)
        return fail({tr("The app '%1' does not exist.").arg(m_spec.app), tr("Create it: confirm in the wizard, or add --yes (and --org) on the command line."), u"app"_s});
    const QString org = !m_options.org.isEmpty() ? m_options.org : (!m_spec.org.isEmpty() ? m_spec.org : u"personal"_s);
    m_step = LaunchStep::ResolveApp;
    progress(tr("creating the app %1 in %2").arg(m_spec.app, org));
    const QJsonObject body{{u"name"_s, m_spec.app}, {u"org_slug"_s, org}, {u"network"_s, QString()}, {u"app_role_id"_s, QString()}};
    RequestOptions options;
    options.timeoutMs = m_options.requestTimeoutMs;
    m_api->call("POST", u"/apps"_s, body, options, this, [this, attempt](const ApiResult &result) {
        if (m_finished)
            return;
        if (result.ok())
            return waitForApp(1); // created; it may take a moment to be readable
        if (!result.error->isAmbiguous())
            return fail(Diagnose::fromCreateError(*result.error));
        // The answer was lost: read the app back before creating it again.
        progress(tr("the answer was lost (%1); checking whether the app exists").arg(result.error->message()));
        m_api->get(u"/apps/%1"_s.arg(m_spec.app), this, [this, attempt, result](const ApiResult &check) {
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
    m_api->get(u"/apps/%1"_s.arg(m_spec.app), this, [this, attempt](const ApiResult &result) {
        if (m_finished)
            return;
        if (result.ok()) {
            if (!m_appCreated) {
                m_appCreated = true;
                m_outcome.existing.append(tr("the app %1").arg(m_spec.app));
            }
            done(tr("%1 created").arg(m_spec.app));
            return prepareImage();
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
    const QString registry = m_api->endpoints().registryHost;
    if (!RegistryCheck::appliesTo(m_spec.image, registry)) {
        done(tr("%1 (the platform resolves it)").arg(m_spec.image.isEmpty() ? u"ubuntu"_s : m_spec.image));
        begin(LaunchStep::CreateMachine);
        return createMachine(1);
    }
    // On Fly's registry (or this computer's): ask it before creating anything.
    progress(tr("checking %1 in its registry").arg(m_spec.image));
    RegistryCheck::check(m_api->network(), m_spec.image, registry, m_api->token(), this, [this](RegistryCheck::Result result, const QString &message) {
        if (m_finished)
            return;
        if (result == RegistryCheck::Result::NotFound || result == RegistryCheck::Result::Denied)
            return fail({message, tr("Check the image reference, or build the image from its Dockerfile."), u"image"_s});
        done(result == RegistryCheck::Result::Found ? tr("%1 found in its registry").arg(m_spec.image) : tr("%1 (%2)").arg(m_spec.image, message));
        begin(LaunchStep::CreateMachine);
        createMachine(1);
    });
}

void Launcher::buildImage()
{
    const BuildSpec &build = *m_spec.build;
    const QString label = build.imageLabel.isEmpty() ? u"deployment-"_s + m_launchId : build.imageLabel;
    const QString registry = m_api->endpoints().registryHost;
    const QString reference = u"%1/%2:%3"_s.arg(registry, m_spec.app, label);

    BuildRequest request;
    request.engine = m_options.imageEngine;
    const QString context = build.contextDir.isEmpty() ? u"."_s : build.contextDir;
    request.contextDir = m_spec.workingDir.isEmpty() ? QDir(context).absolutePath() : QDir(m_spec.workingDir).absoluteFilePath(context);
    request.dockerfile = build.dockerfile;
    request.args = build.args;
    request.target = build.target;
    request.noCache = build.noCache;
    request.imageReference = reference;
    request.registryHost = registry;
    request.registryPassword = m_api->token().registryPassword();
    request.storageRoot = m_options.buildStorageRoot;

    m_builder = new ImageBuilder(this);
    connect(m_builder, &ImageBuilder::stageChanged, this, [this, reference](const QString &name) {
        progress(name == "build"_L1 ? tr("building %1").arg(reference) : name == "login"_L1 ? tr("logging in to the registry") : tr("pushing %1").arg(reference));
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
        m_spec.image = reference;
        m_spec.build.reset();
        m_outcome.existing.append(tr("the image %1").arg(reference));
        done(reference);
        begin(LaunchStep::CreateMachine);
        createMachine(1);
    });
    m_builder->start(request);
}

void Launcher::createMachine(int attempt)
{
    QJsonObject body = CreateRequestCodec::toJson(m_spec);
    QJsonObject config = body.value(u"config"_s).toObject();
    QJsonObject metadata = config.value(u"metadata"_s).toObject();
    metadata.insert(u"flightdeck_launch_id"_s, m_launchId);
    config.insert(u"metadata"_s, metadata);
    body.insert(u"config"_s, config);
    if (attempt > 1)
        progress(tr("sending again (attempt %1)").arg(attempt));

    RequestOptions options;
    options.timeoutMs = m_options.requestTimeoutMs;
    m_api->call("POST", u"/apps/%1/machines"_s.arg(m_spec.app), body, options, this, [this, attempt](const ApiResult &result) {
        if (m_finished)
            return;
        if (result.ok())
            return machineCreated(result.json.toObject());
        if (isAppNotFound(result) && !m_appCreated) {
            m_step = LaunchStep::ResolveApp;
            return createApp(1);
        }
        if (result.error->kind == ApiError::Kind::Http && result.error->httpStatus == 429 && attempt < 5) {
            // Refused before anything happened: safe to send again after the pause.
            progress(tr("rate limited; trying again shortly"));
            QTimer::singleShot(ApiClient::backoffMs(attempt, 1), this, [this, attempt] { createMachine(attempt + 1); });
            return;
        }
        if (result.error->isAmbiguous() && attempt < 4)
            return findByLaunchId(attempt, result);
        fail(Diagnose::fromCreateError(*result.error));
    });
}

void Launcher::findByLaunchId(int attempt, const ApiResult &failure)
{
    progress(tr("the answer was lost (%1); checking whether the Machine exists").arg(failure.error->message()));
    m_api->get(u"/apps/%1/machines?metadata.flightdeck_launch_id=%2"_s.arg(m_spec.app, m_launchId), this, [this, attempt, failure](const ApiResult &result) {
        if (m_finished)
            return;
        if (!result.ok())
            return fail(Diagnose::fromCreateError(*failure.error));
        const QJsonArray machines = result.json.toArray();
        if (!machines.isEmpty())
            return machineCreated(machines.first().toObject()); // it was created: never send twice
        QTimer::singleShot(ApiClient::backoffMs(attempt, 0), this, [this, attempt] { createMachine(attempt + 1); });
    });
}

void Launcher::machineCreated(const QJsonObject &machine)
{
    m_outcome.machine = machine;
    const QString id = machine.value(u"id"_s).toString();
    m_outcome.existing.append(tr("the Machine %1").arg(id));
    done(tr("%1 (%2) in %3").arg(id, machine.value(u"name"_s).toString(), machine.value(u"region"_s).toString()));

    const bool standby = m_spec.standbyFor && !m_spec.standbyFor->isEmpty();
    if (m_spec.skipLaunch || standby) {
        const QString why = standby ? tr("a standby stays stopped until it is needed") : tr("create only");
        skip(LaunchStep::WaitStarted, why);
        skip(LaunchStep::WatchChecks, why);
        return succeed();
    }
    begin(LaunchStep::WaitStarted);
    waitStarted();
}

void Launcher::waitStarted()
{
    const qint64 remaining = m_options.deadlineMs - m_deadline.elapsed();
    if (remaining <= 0)
        return diagnoseFromEvents(tr("The Machine did not start within %1 seconds.").arg(m_options.deadlineMs / 1000));
    const int timeout = static_cast<int>(std::clamp<qint64>(remaining / 1000, 1, 60));
    const QString id = m_outcome.machine.value(u"id"_s).toString();
    RequestOptions options;
    options.idempotent = true;
    options.timeoutMs = (timeout + 15) * 1000; // longer than the server's wait
    m_api->call("GET", u"/apps/%1/machines/%2/wait?state=started&timeout=%3"_s.arg(m_spec.app, id).arg(timeout), {}, options, this, [this](const ApiResult &result) {
        if (m_finished)
            return;
        if (result.ok()) {
            m_outcome.machine.insert(u"state"_s, u"started"_s);
            done(tr("started"));
            return watch();
        }
        const ApiError &error = *result.error;
        if (error.httpStatus == 408) {
            // Still not started: a stopped or failed Machine with nothing to restart it is final.
            const QString current = error.error.section(u"currently "_s, 1).trimmed();
            if (current == "failed"_L1 || current == "destroyed"_L1
                || (current == "stopped"_L1 && m_spec.restart && m_spec.restart->policy == "no"_L1))
                return diagnoseFromEvents(tr("The Machine is %1 instead of started.").arg(current));
            progress(tr("still %1").arg(current.isEmpty() ? tr("starting") : current));
            return waitStarted();
        }
        if (error.isTransient() && m_deadline.elapsed() < m_options.deadlineMs) {
            QTimer::singleShot(ApiClient::backoffMs(2, 0), this, [this] { waitStarted(); });
            return;
        }
        diagnoseFromEvents(error.message());
    });
}

void Launcher::watch()
{
    if (m_spec.detach) {
        skip(LaunchStep::WatchChecks, tr("detached"));
        return succeed();
    }
    begin(LaunchStep::WatchChecks, tr("watching for %1 s").arg(m_options.settleMs / 1000.0));
    QTimer::singleShot(m_options.settleMs, this, [this] {
        if (m_finished)
            return;
        const QString id = m_outcome.machine.value(u"id"_s).toString();
        m_api->get(u"/apps/%1/machines/%2"_s.arg(m_spec.app, id), this, [this](const ApiResult &result) {
            if (m_finished)
                return;
            if (!result.ok())
                return fail({result.error->message(), result.error->suggestion(), {}});
            m_outcome.machine = result.json.toObject();
            if (const std::optional<Diagnosis> diagnosis = Diagnose::fromEvents(m_outcome.machine.value(u"events"_s).toArray()))
                return fail(*diagnosis);
            const QString state = m_outcome.machine.value(u"state"_s).toString();
            if (state != "started"_L1)
                return fail({tr("The Machine is %1 instead of started.").arg(state), {}, {}});
            const QJsonArray checks = m_outcome.machine.value(u"checks"_s).toArray();
            done(checks.isEmpty() ? tr("running; no health checks") : tr("running; %1 health checks").arg(checks.size()));
            succeed();
        });
    });
}

void Launcher::diagnoseFromEvents(const QString &fallback)
{
    const QString id = m_outcome.machine.value(u"id"_s).toString();
    m_api->get(u"/apps/%1/machines/%2"_s.arg(m_spec.app, id), this, [this, fallback](const ApiResult &result) {
        if (m_finished)
            return;
        if (result.ok())
            m_outcome.machine = result.json.toObject();
        const std::optional<Diagnosis> diagnosis = Diagnose::fromEvents(m_outcome.machine.value(u"events"_s).toArray());
        fail(diagnosis.value_or(Diagnosis{fallback, tr("Look at the Machine's events and logs (`fly logs`)."), {}}));
    });
}

} // namespace Flightdeck
