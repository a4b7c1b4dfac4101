#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// The records the simulated platform keeps, as the Machines API shows them.
namespace Sim {

struct Organization
{
    QString id;
    QString slug;
    QString name;
    QString type = QStringLiteral("PERSONAL"); // PERSONAL or SHARED
    qint64 internalNumericId = 0;
};

struct App
{
    QString id;
    QString name;
    QString orgSlug;
    QString status = QStringLiteral("pending");
    QString network = QStringLiteral("default");
    qint64 internalNumericId = 0;
    QDateTime createdAt;
};

struct Lease
{
    QString nonce;
    QString owner;
    QString description;
    qint64 expiresAt = 0; // Unix seconds
};

struct Machine
{
    QString id;
    QString appName;
    QString name;
    QString region;
    QString state;
    QString instanceId;
    QString privateIp;
    QJsonObject config;
    QJsonObject imageRef;
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonArray events; // newest first
    QJsonArray checks; // as flyd reports them; empty until the first start
    int restartCount = 0;
    std::optional<Lease> lease;
    quint64 generation = 0; // bumped on every transition; stale timers compare it
};

struct Volume
{
    QString id;
    QString appName;
    QString name;
    QString region;
    QString state = QStringLiteral("created");
    int sizeGb = 3;
    bool encrypted = true;
    QString attachedMachineId;
    QString attachedAllocId; // held by an allocation (a Machine being placed)
    QDateTime createdAt;
    int snapshotRetention = 5;
    bool autoBackupEnabled = true;
};

struct Secret
{
    QString name;
    QString value;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace Sim
