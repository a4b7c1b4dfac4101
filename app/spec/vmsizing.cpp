#include "app/spec/vmsizing.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Flightdeck::VmSizing {

const QList<Preset> &presets()
{
    static const QList<Preset> all = [] {
        QList<Preset> list;
        for (int cpus : {1, 2, 4, 6, 8})
            list.append({u"shared-cpu-%1x"_s.arg(cpus), u"shared"_s, cpus, 256 * cpus, {}, 0});
        for (int cpus : {1, 2, 4, 6, 8, 10, 12, 14, 16})
            list.append({u"performance-%1x"_s.arg(cpus), u"performance"_s, cpus, 2048 * cpus, {}, 0});
        list.append({u"a100-40gb"_s, u"performance"_s, 8, 32768, u"a100-pcie-40gb"_s, 1});
        list.append({u"a100-80gb"_s, u"performance"_s, 8, 32768, u"a100-sxm4-80gb"_s, 1});
        list.append({u"l40s"_s, u"performance"_s, 8, 32768, u"l40s"_s, 1});
        list.append({u"a10"_s, u"performance"_s, 8, 32768, u"a10"_s, 1});
        return list;
    }();
    return all;
}

std::optional<Preset> preset(const QString &name)
{
    for (const Preset &candidate : presets()) {
        if (candidate.name == name)
            return candidate;
    }
    return std::nullopt;
}

std::optional<Preset> presetFor(const GuestSpec &guest)
{
    for (const Preset &candidate : presets()) {
        if (candidate.gpus == 0 && candidate.cpuKind == guest.cpuKind && candidate.cpus == guest.cpus && candidate.memoryMb == guest.memoryMb)
            return candidate;
    }
    return std::nullopt;
}

std::optional<CpuKindRules> rulesFor(const QString &cpuKind)
{
    if (cpuKind == "shared"_L1)
        return CpuKindRules{{1, 2, 4, 6, 8}, 256, 256, 2048};
    if (cpuKind == "performance"_L1)
        return CpuKindRules{{1, 2, 4, 6, 8, 10, 12, 14, 16, 32, 64, 128}, 1024, 2048, 8192};
    return std::nullopt;
}

int nearestValidMemoryMb(const CpuKindRules &rules, int cpus, int memoryMb)
{
    const int low = rules.minMbPerCpu * std::max(cpus, 1);
    const int high = rules.maxMbPerCpu * std::max(cpus, 1);
    const int clamped = std::clamp(memoryMb, low, high);
    const int down = clamped - clamped % rules.memoryStepMb;
    const int up = down + rules.memoryStepMb;
    if (down < low)
        return up;
    if (up > high || clamped - down <= up - clamped)
        return down;
    return up;
}

std::optional<qint64> parseSize(const QString &text, Unit unit)
{
    bool isInteger = false;
    const qint64 plain = text.toLongLong(&isInteger);
    if (isInteger)
        return plain;

    // go-units RAMInBytes: a decimal number, an optional space, an optional
    // binary unit letter, an optional "i" and an optional "b".
    static const QRegularExpression pattern(u"^(\\d+(?:\\.\\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double number = match.captured(1).toDouble(&ok);
    if (!ok)
        return std::nullopt;

    double bytes = number;
    const QString letter = match.captured(2).toLower();
    const QString letters = u"kmgtp"_s;
    if (!letter.isEmpty())
        bytes *= std::pow(1024.0, letters.indexOf(letter) + 1);
    if (bytes >= static_cast<double>(std::numeric_limits<qint64>::max()))
        return std::nullopt;

    const qint64 divisor = unit == Unit::Megabytes ? (qint64(1) << 20) : (qint64(1) << 30);
    return static_cast<qint64>(bytes) / divisor;
}

} // namespace Flightdeck::VmSizing
