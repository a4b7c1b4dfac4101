#pragma once

#include "app/spec/runspec.h"

#include <QList>
#include <QString>

#include <optional>

namespace Flightdeck::VmSizing {

struct Preset
{
    QString name;
    QString cpuKind;
    int cpus = 0;
    int memoryMb = 0;
    QString gpuKind; // GPU presets still resolve, but the platform refuses them
    int gpus = 0;
};

// Every size `--vm-size` accepts, in flyctl's order.
const QList<Preset> &presets();
std::optional<Preset> preset(const QString &name);
// The preset this guest equals exactly, if any.
std::optional<Preset> presetFor(const GuestSpec &guest);

struct CpuKindRules
{
    QList<int> cpuCounts;
    int memoryStepMb = 0;
    int minMbPerCpu = 0;
    int maxMbPerCpu = 0;
};
// Rules for "shared" and "performance"; nullopt for any other kind.
std::optional<CpuKindRules> rulesFor(const QString &cpuKind);

// Memory valid for this kind and CPU count that is closest to memoryMb.
int nearestValidMemoryMb(const CpuKindRules &rules, int cpus, int memoryMb);

// Parses sizes as flyctl does: a plain integer is in `unit`; otherwise a
// go-units size such as "1gb", "2GiB", "512 MB", "1.5g" (binary units),
// divided down to `unit` and truncated. nullopt when it is neither.
enum class Unit { Megabytes, Gigabytes };
std::optional<qint64> parseSize(const QString &text, Unit unit);

} // namespace Flightdeck::VmSizing
