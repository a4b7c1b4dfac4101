#pragma once

#include "app/api/apiclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Flightdeck {

struct VolumeSummary
{
    QString id;
    QString name;
    QString region;
    int sizeGb = 0;
    QString attachedMachineId;
    QString attachedAllocId; // held by an allocation (a Machine being placed), even without a Machine id
    QString state;

    // The platform mounts only a volume in state "created" that neither a
    // Machine nor an allocation holds (fly-go's Volume.IsAttached); volumes
    // being destroyed are never offered.
    bool isFree() const { return state == QLatin1String("created") && attachedMachineId.isEmpty() && attachedAllocId.isEmpty(); }
    bool isBeingDestroyed() const;
};

// The volume a mount gets, or why there is none.
struct VolumeChoice
{
    std::optional<VolumeSummary> volume;
    QString problem; // in words, when there is no volume
};

struct MachineSummary
{
    struct Check
    {
        QString name;
        QString status; // passing, warning, critical
    };
    QString id;
    QString name;
    QString region;
    QString state;
    QString image;
    QString cpuKind;
    int cpus = 0;
    int memoryMb = 0;
    QDateTime createdAt;
    QString instanceId; // the config's version: an update makes a new one
    QList<Check> checks;

    static MachineSummary fromJson(const QJsonObject &machine);
};

// What one app already has: its volumes, secret names and Machines, for the
// wizard's pickers. Each call answers once, through its callback, on
// `context`'s thread. Secret values never leave the platform: only names.
class AppInventory
{
    Q_DECLARE_TR_FUNCTIONS(AppInventory)

public:
    explicit AppInventory(ApiClient *api)
        : m_api(api)
    {
    }

    void volumes(const QString &app, QObject *context, std::function<void(const QList<VolumeSummary> &, const std::optional<ApiError> &)> done) const;
    void secretNames(const QString &app, QObject *context, std::function<void(const QStringList &, const std::optional<ApiError> &)> done) const;
    void machines(const QString &app, QObject *context, std::function<void(const QList<MachineSummary> &, const std::optional<ApiError> &)> done) const;
    // One Machine as the API describes it, its `config` included.
    void machine(const QString &app, const QString &id, QObject *context, std::function<void(const QJsonObject &, const std::optional<ApiError> &)> done) const;
    // Destroys a Machine, stopping it first if it runs (`force`).
    void destroyMachine(const QString &app, const QString &id, QObject *context, std::function<void(const std::optional<ApiError> &)> done) const;
    // Creates a volume; not idempotent, so never retried. A volume always gets
    // a region: with none given, the platform's nearest one (as flyctl does).
    void createVolume(const QString &app, const QString &name, const QString &region, int sizeGb, QObject *context,
                      std::function<void(const VolumeSummary &, const std::optional<ApiError> &)> done) const;

    static VolumeSummary volumeFromJson(const QJsonObject &volume);
    // The platform's rule for a mount's `volume`: a vol_… id names that
    // volume, which must be free and (when `region` is set) in `region`; a
    // name gets the first free volume of that name there, not in `taken`.
    // A volume attached to `ownMachine` is free for it (an update keeps its volumes).
    static VolumeChoice chooseVolume(const QList<VolumeSummary> &volumes, const QString &nameOrId, const QString &region, const QStringList &taken = {},
                                     const QString &ownMachine = {});

private:
    ApiClient *m_api;
};

} // namespace Flightdeck
