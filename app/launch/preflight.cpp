#include "app/launch/preflight.h"

#include "app/api/apiclient.h"
#include "app/api/appinventory.h"
#include "app/api/directory.h"
#include "app/api/endpoints.h"
#include "app/api/platforminfo.h"
#include "app/api/registryclient.h"
#include "app/spec/createrequestcodec.h"

using namespace Qt::StringLiterals;

namespace Flightdeck {

Preflight::Preflight(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void Preflight::run(const RunSpec &spec)
{
    delete m_run; // the earlier run's requests answer to nobody now
    m_run = new QObject(this);
    m_checks.clear();
    checkToken(spec);
    checkApp(spec);
    checkRegion(spec);
    checkVolumes(spec);
    checkSecrets(spec);
    checkImage(spec);
    Q_EMIT changed();
    if (!isRunning())
        Q_EMIT finished();
}

bool Preflight::isRunning() const
{
    return std::any_of(m_checks.cbegin(), m_checks.cend(), [](const Check &check) { return check.state == State::Running; });
}

int Preflight::add(const QString &title, const QString &field)
{
    m_checks.append({title, State::Running, tr("checking…"), field});
    return int(m_checks.size() - 1);
}

void Preflight::settle(int index, State state, const QString &message)
{
    m_checks[index].state = state;
    m_checks[index].message = message;
    Q_EMIT changed();
    if (!isRunning())
        Q_EMIT finished();
}

void Preflight::checkToken(const RunSpec &spec)
{
    const int check = add(spec.org.isEmpty() ? tr("The token") : tr("The token and the organization"), u"token"_s);
    const QString org = spec.org;
    Directory(m_api).organizations(m_run, [this, check, org](const QList<Organization> &organizations, const std::optional<ApiError> &error) {
        if (error && (error->httpStatus == 401 || error->httpStatus == 403))
            return settle(check, State::Failed, tr("The API refused the token: %1").arg(error->message()));
        if (error)
            return settle(check, State::Unknown, error->message());
        if (org.isEmpty())
            return settle(check, State::Passed, tr("The API accepts the token."));
        QStringList slugs;
        for (const Organization &organization : organizations)
            slugs.append(organization.slug);
        if (!slugs.contains(org)) {
            m_checks[check].field = u"org"_s;
            return settle(check, State::Failed, tr("The token cannot reach the organization %1 (it reaches %2).").arg(org, slugs.join(u", "_s)));
        }
        settle(check, State::Passed, tr("The API accepts the token, and it reaches the organization %1.").arg(org));
    });
}

void Preflight::checkApp(const RunSpec &spec)
{
    if (spec.app.isEmpty())
        return; // validation already asks for a name
    const int check = add(tr("The app %1").arg(spec.app), u"app"_s);
    const QString app = spec.app;
    const QString org = spec.org.isEmpty() ? u"personal"_s : spec.org;
    Directory(m_api).appNameOwner(app, m_run, [this, check, app, org](Directory::NameOwner owner, const std::optional<ApiError> &error) {
        if (error)
            return settle(check, State::Unknown, error->message());
        switch (owner) {
        case Directory::NameOwner::Yours:
            return settle(check, State::Passed, tr("%1 exists, and this token may launch Machines in it.").arg(app));
        case Directory::NameOwner::Free:
            return settle(check, State::Passed, tr("The name is free: launching creates the app %1 in %2.").arg(app, org));
        case Directory::NameOwner::Elsewhere:
            return settle(check, State::Failed, tr("%1 belongs to an organization this token cannot reach: choose another name.").arg(app));
        }
    });
}

void Preflight::checkRegion(const RunSpec &spec)
{
    if (spec.region.isEmpty())
        return;
    const int check = add(tr("The region %1").arg(spec.region), u"region"_s);
    const QString expression = spec.region;
    const QString org = spec.org.isEmpty() ? u"personal"_s : spec.org;
    const QJsonObject guest = CreateRequestCodec::guestJson(spec.guest);
    PlatformInfo(m_api).regions(m_run, [this, check, expression, org, guest](const RegionList &list, const std::optional<ApiError> &error) {
        if (error)
            return settle(check, State::Unknown, error->message());
        QStringList names;
        const QStringList parts = expression.split(u',', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (PlatformInfo::isAlias(part))
                continue;
            const auto region = std::find_if(list.regions.cbegin(), list.regions.cend(), [&part](const PlatformRegion &r) { return r.code == part; });
            if (region == list.regions.cend())
                return settle(check, State::Failed, tr("The platform has no region %1.").arg(part));
            if (region->deprecated)
                return settle(check, State::Failed, tr("%1 (%2) is being retired: choose another region.").arg(part, region->name));
            names.append(region->requiresPaidPlan ? tr("%1 (%2, paid plans only)").arg(part, region->name) : tr("%1 (%2)").arg(part, region->name));
        }
        checkCapacity(check, org, guest, expression, names.isEmpty() ? expression : names.join(u", "_s));
    });
}

void Preflight::checkCapacity(int check, const QString &org, const QJsonObject &guest, const QString &expression, const QString &where)
{
    const QString size = tr("%1 × %2 CPU, %3 MB").arg(guest.value(u"cpus"_s).toInt()).arg(guest.value(u"cpu_kind"_s).toString()).arg(guest.value(u"memory_mb"_s).toInt());
    PlatformInfo(m_api).placements(org, guest, expression, 1, m_run, [this, check, where, size](const QList<std::pair<QString, int>> &placed, const std::optional<ApiError> &error) {
        if (error)
            return settle(check, State::Unknown, tr("%1; whether it has room could not be asked: %2").arg(where, error->message()));
        if (placed.isEmpty())
            return settle(check, State::Failed, tr("%1 has no room for a Machine of %2 now: choose another region or size.").arg(where, size));
        settle(check, State::Passed, tr("%1 has room for a Machine of %2 (it would go to %3).").arg(where, size, placed.first().first));
    });
}

void Preflight::checkVolumes(const RunSpec &spec)
{
    QStringList wanted;
    for (const MountSpec &mount : spec.mounts) {
        if (!mount.volume.isEmpty())
            wanted.append(mount.volume);
    }
    if (wanted.isEmpty() || spec.app.isEmpty())
        return;
    const int check = add(tr("The volumes"), u"mounts"_s);
    const QString region = spec.region;
    AppInventory(m_api).volumes(spec.app, m_run, [this, check, wanted, region, updating = m_updating](const QList<VolumeSummary> &volumes, const std::optional<ApiError> &error) {
        if (error && error->httpStatus == 404)
            return settle(check, State::Failed, tr("The app does not exist yet, so it has none of the volumes %1: create the app and its volumes first.")
                                                    .arg(wanted.join(u", "_s)));
        if (error)
            return settle(check, State::Unknown, error->message());
        QStringList taken;
        QStringList found;
        for (const QString &volume : wanted) {
            const VolumeChoice choice = AppInventory::chooseVolume(volumes, volume, region, taken, updating);
            if (!choice.volume)
                return settle(check, State::Failed, choice.problem);
            taken.append(choice.volume->id);
            found.append(tr("%1 (%2, %3 GB, %4)").arg(choice.volume->id, choice.volume->name).arg(choice.volume->sizeGb).arg(choice.volume->region));
        }
        settle(check, State::Passed, updating.isEmpty() ? tr("Free and ready: %1.").arg(found.join(u", "_s)) : tr("Ready: %1.").arg(found.join(u", "_s)));
    });
}

void Preflight::checkSecrets(const RunSpec &spec)
{
    QStringList wanted;
    for (const FileSpec &file : spec.files) {
        if (file.source == FileSpec::Source::Secret && !file.value.isEmpty())
            wanted.append(file.value);
    }
    if (wanted.isEmpty() || spec.app.isEmpty())
        return;
    const int check = add(tr("The secrets the files come from"), u"files"_s);
    AppInventory(m_api).secretNames(spec.app, m_run, [this, check, wanted](const QStringList &names, const std::optional<ApiError> &error) {
        if (error && error->httpStatus == 404)
            return settle(check, State::Failed, tr("The app does not exist yet, so it has no secrets: set %1 with fly secrets set after creating it.")
                                                    .arg(wanted.join(u", "_s)));
        if (error)
            return settle(check, State::Unknown, error->message());
        QStringList missing;
        for (const QString &name : wanted) {
            if (!names.contains(name))
                missing.append(name);
        }
        if (!missing.isEmpty())
            return settle(check, State::Failed, tr("The app has no secret %1: set it with fly secrets set, or choose another.").arg(missing.join(u", "_s)));
        settle(check, State::Passed, tr("The app has %1.").arg(wanted.join(u", "_s)));
    });
}

void Preflight::checkImage(const RunSpec &spec)
{
    if (spec.build || spec.image.isEmpty())
        return; // a build makes its image at launch; no image is a validation error
    const int check = add(tr("The image %1").arg(spec.image), u"image"_s);
    if (!m_api->endpoints().looksUpImage(spec.image))
        return settle(check, State::Unknown, tr("Not asked: the Machines API is a simulator on this computer, which resolves public images itself."));
    const RegistryClient registry(*m_api);
    registry.lookUp(spec.image, m_run, [this, check](const ImageLookup &lookup) {
        switch (lookup.result) {
        case ImageLookup::Result::Found:
            return settle(check, State::Passed, lookup.digest.isEmpty() ? tr("Found in its registry.") : tr("Found in its registry (%1).").arg(lookup.digest.left(19)));
        case ImageLookup::Result::NotFound:
        case ImageLookup::Result::Denied:
            return settle(check, State::Failed, lookup.message);
        case ImageLookup::Result::Failed:
            return settle(check, State::Unknown, lookup.message);
        }
    });
}

} // namespace Flightdeck
