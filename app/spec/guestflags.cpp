// The guest-sizing flags of `fly machine run`, read as flyctl reads them
// (reference flyctl-machine-run.md §2): sizes, CPUs, memory and disks.

#include "app/spec/flaggrammar.h"
#include "app/spec/runspec.h"
#include "app/spec/vmsizing.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace Flightdeck::FlyFlags {

namespace {

// The flags that size the guest and its disks, read into a spec.
class GuestFlags
{
public:
    GuestFlags(const Given &given, RunSpec &spec, Issues &issues)
        : m_given(given)
        , m_spec(spec)
        , m_issues(issues)
    {
    }

    void applyGuest()
    {
        GuestSpec &guest = m_spec.guest;
        if (m_given.has(u"vm-size"_s)) {
            const QString name = m_given.last(u"vm-size"_s);
            if (const std::optional<VmSizing::Preset> preset = VmSizing::preset(name)) {
                guest.cpuKind = preset->cpuKind;
                guest.cpus = preset->cpus;
                guest.memoryMb = preset->memoryMb;
                if (preset->gpus != 0)
                    fail(u"guest.size"_s, FlagParser::tr("GPU machines are no longer supported: choose a shared or performance size instead of '%1'").arg(name));
            } else if (name.startsWith("shared"_L1) || name.startsWith("performance"_L1)) {
                const QString family = name.startsWith("shared"_L1) ? u"shared"_s : u"performance"_s;
                QStringList names;
                for (const VmSizing::Preset &candidate : VmSizing::presets()) {
                    if (candidate.name.startsWith(family))
                        names.append(candidate.name);
                }
                names.sort();
                fail(u"guest.size"_s, FlagParser::tr("'%1' is an invalid machine size, choose one of: [%2]").arg(name, names.join(u' ')));
            } else {
                fail(u"guest.size"_s, FlagParser::tr("invalid machine preset requested, '%1', expected to start with 'shared' or 'performance'").arg(name));
            }
        }
        if (m_given.has(u"vm-cpus"_s)) {
            const int cpus = m_given.last(u"vm-cpus"_s).toInt();
            if (cpus <= 0)
                fail(u"guest.cpus"_s, FlagParser::tr("--vm-cpus must be greater than zero, got: %1").arg(cpus));
            else
                guest.cpus = cpus;
        }
        if (m_given.has(u"vm-memory"_s)) {
            if (const std::optional<int> mb = sizeFlag(u"vm-memory"_s, u"guest.memory_mb"_s, VmSizing::Unit::Megabytes, FlagParser::tr("invalid size: invalid size: '%1'"))) {
                if (*mb == 0)
                    fail(u"guest.memory_mb"_s, FlagParser::tr("--vm-memory cannot be zero"));
                else
                    guest.memoryMb = *mb;
            }
        }
        if (m_given.has(u"vm-max-memory"_s)) {
            if (const std::optional<int> mb = sizeFlag(u"vm-max-memory"_s, u"guest.max_memory_mb"_s, VmSizing::Unit::Megabytes, FlagParser::tr("invalid size: invalid size: '%1'"))) {
                if (*mb == 0)
                    fail(u"guest.max_memory_mb"_s, FlagParser::tr("--vm-max-memory cannot be zero"));
                else
                    guest.maxMemoryMb = *mb;
            }
        }
        if (m_given.has(u"vm-cpu-kind"_s)) {
            const QString kind = m_given.last(u"vm-cpu-kind"_s);
            if (kind != "shared"_L1 && kind != "performance"_L1)
                fail(u"guest.cpu_kind"_s, FlagParser::tr("--vm-cpu-kind must be set to 'shared' or 'performance'"));
            else
                guest.cpuKind = kind;
        }
        if (m_given.has(u"vm-gpus"_s) || m_given.has(u"vm-gpu-kind"_s))
            fail(u"guest.gpus"_s, FlagParser::tr("GPU machines are no longer supported: --vm-gpu-kind and --vm-gpus are no longer accepted"));
        if (m_given.has(u"host-dedication-id"_s))
            guest.hostDedicationId = m_given.last(u"host-dedication-id"_s);
        if (m_given.has(u"kernel-arg"_s))
            guest.kernelArgs = m_given.all(u"kernel-arg"_s);
        if (guest.kernelArgs && guest.kernelArgs->isEmpty())
            guest.kernelArgs.reset();
    }

    std::optional<int> sizeFlag(const QString &flag, const QString &field, VmSizing::Unit unit, const QString &errorFormat)
    {
        const QString text = m_given.last(flag);
        const std::optional<qint64> size = VmSizing::parseSize(text, unit);
        if (!size || *size > std::numeric_limits<int>::max() || *size < std::numeric_limits<int>::min()) {
            fail(field, errorFormat.arg(text));
            return std::nullopt;
        }
        return static_cast<int>(*size);
    }

    void applyRootfsSwapCache()
    {
        if (m_given.has(u"rootfs-persist"_s) || m_given.has(u"rootfs-size"_s)) {
            RootfsSpec rootfs = m_spec.rootfs.value_or(RootfsSpec{});
            if (m_given.has(u"rootfs-persist"_s)) {
                const QString persist = m_given.last(u"rootfs-persist"_s);
                if (persist != "never"_L1 && persist != "always"_L1 && persist != "restart"_L1)
                    fail(u"rootfs.persist"_s, FlagParser::tr("invalid rootfs-persist value, must be one of: never, always, restart"));
                else
                    rootfs.persist = persist;
            }
            if (m_given.has(u"rootfs-size"_s)) {
                if (const std::optional<int> gb = sizeFlag(u"rootfs-size"_s, u"rootfs.size_gb"_s, VmSizing::Unit::Gigabytes, FlagParser::tr("invalid rootfs size: invalid size: invalid size: '%1'"))) {
                    if (*gb < 0)
                        fail(u"rootfs.size_gb"_s, FlagParser::tr("--rootfs-size must not be negative"));
                    else
                        rootfs.sizeGb = *gb;
                }
            }
            m_spec.rootfs = rootfs;
        }
        if (m_given.has(u"swap-size"_s)) {
            if (const std::optional<int> mb = sizeFlag(u"swap-size"_s, u"init.swap_size_mb"_s, VmSizing::Unit::Megabytes, FlagParser::tr("invalid swap size: invalid size: '%1'"))) {
                if (*mb <= 0)
                    fail(u"init.swap_size_mb"_s, FlagParser::tr("--swap-size must be greater than zero"));
                else
                    m_spec.swapSizeMb = *mb;
            }
        }
        if (m_given.has(u"cachedrive-size"_s)) {
            if (const std::optional<int> mb = sizeFlag(u"cachedrive-size"_s, u"cache_drive.size_mb"_s, VmSizing::Unit::Megabytes, FlagParser::tr("invalid cachedrive size: invalid size: '%1'"))) {
                if (*mb < 0)
                    fail(u"cache_drive.size_mb"_s, FlagParser::tr("--cachedrive-size must not be negative"));
                else
                    m_spec.cacheDriveSizeMb = *mb;
            }
        }
    }

private:
    void fail(const QString &field, const QString &message) { m_issues.append(error(field, message)); }

    const Given &m_given;
    RunSpec &m_spec;
    Issues &m_issues;
};

} // namespace

void applyGuestFlags(const Given &given, RunSpec &spec, Issues &issues)
{
    GuestFlags flags(given, spec, issues);
    flags.applyGuest();
    flags.applyRootfsSwapCache();
}

} // namespace Flightdeck::FlyFlags
