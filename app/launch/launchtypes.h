#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Flightdeck {

// The launcher's steps, in order.
enum class LaunchStep { CheckToken, ResolveApp, PrepareImage, CreateMachine, WaitStarted, WatchChecks };

QString stepTitle(LaunchStep step);

struct StepEvent
{
    enum class Status { Running, Progress, Done, Skipped, Failed, Cancelled };
    LaunchStep step = LaunchStep::CheckToken;
    Status status = Status::Running;
    QString detail;
    qint64 durationMs = 0; // since the step started
};

// Why a launch failed, and which setting to change.
struct Diagnosis
{
    QString summary;
    QString hint;
    QString field; // a validation field id ("guest.memory_mb", "cmd", "image", …), or empty
};

struct LaunchOutcome
{
    bool succeeded = false;
    bool cancelled = false;
    QJsonObject machine; // the Machine as last seen
    QString appName;
    std::optional<Diagnosis> diagnosis;
    QStringList existing; // what exists now because of this launch
    QByteArray request;   // the create request as posted; empty when none was sent
    int roundTrips = 0;
};

} // namespace Flightdeck
