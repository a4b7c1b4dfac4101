#include "sim/configcheck.h"

#include <QJsonArray>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Sim {

namespace {

Reply invalid(const QString &text)
{
    return Reply::error(400, u"invalid_argument: "_s + text);
}

// CPU kind, count and memory: the sizes flyd accepts.
std::optional<Reply> checkGuest(const QJsonObject &guest)
{
    if (guest.isEmpty())
        return std::nullopt;
    const QString kind = guest.value(u"cpu_kind"_s).toString(u"shared"_s);
    const int cpus = guest.value(u"cpus"_s).toInt(1);
    const int memory = guest.value(u"memory_mb"_s).toInt(256);
    QList<int> counts;
    int step = 0, low = 0, high = 0;
    if (kind == "shared"_L1) {
        counts = {1, 2, 4, 6, 8};
        step = 256, low = 256 * cpus, high = 2048 * cpus;
    } else if (kind == "performance"_L1) {
        counts = {1, 2, 4, 6, 8, 10, 12, 14, 16, 32, 64, 128};
        step = 1024, low = 2048 * cpus, high = 8192 * cpus;
    } else {
        return invalid(u"invalid CPU kind: %1"_s.arg(kind));
    }
    if (guest.value(u"gpus"_s).toInt() > 0 || !guest.value(u"gpu_kind"_s).toString().isEmpty())
        return invalid(u"GPU machines are no longer supported"_s);
    if (!counts.contains(cpus))
        return invalid(u"invalid number of CPUs: for the CPU kind %1, %2 CPUs is not valid"_s.arg(kind).arg(cpus));
    if (memory % step != 0)
        return invalid(u"invalid memory size: %1MiB of memory is not valid; memory must be in a %2 MiB increment"_s.arg(memory).arg(step));
    if (memory < low)
        return invalid(u"memory size for config is too low: %1MiB is below the minimum of %2MiB for %3 %4 CPUs"_s.arg(memory).arg(low).arg(cpus).arg(kind));
    if (memory > high)
        return invalid(u"memory size for config is too high: %1MiB is above the maximum of %2MiB for %3 %4 CPUs"_s.arg(memory).arg(high).arg(cpus).arg(kind));
    return std::nullopt;
}

std::optional<Reply> checkPorts(const QJsonArray &ports)
{
    static const QStringList handlers{u"http"_s, u"tls"_s, u"pg_tls"_s, u"edge_http"_s, u"proxy_proto"_s};
    for (const QJsonValue &value : ports) {
        const QJsonObject port = value.toObject();
        for (const QString &key : {u"port"_s, u"start_port"_s, u"end_port"_s}) {
            if (port.contains(key) && (port.value(key).toInt() < 1 || port.value(key).toInt() > 65535))
                return invalid(u"%1 %2 is out of range"_s.arg(key).arg(port.value(key).toInt()));
        }
        const QJsonArray named = port.value(u"handlers"_s).toArray();
        for (const QJsonValue &handler : named) {
            if (!handlers.contains(handler.toString()))
                return invalid(u"unknown handler \"%1\""_s.arg(handler.toString()));
        }
    }
    return std::nullopt;
}

std::optional<Reply> checkServices(const QJsonArray &services)
{
    for (const QJsonValue &value : services) {
        const QJsonObject service = value.toObject();
        const QString protocol = service.value(u"protocol"_s).toString();
        if (protocol != "tcp"_L1 && protocol != "udp"_L1)
            return invalid(u"service protocol must be tcp or udp, got \"%1\""_s.arg(protocol));
        const int internal = service.value(u"internal_port"_s).toInt();
        if (internal < 1 || internal > 65535)
            return invalid(u"service internal_port %1 is out of range"_s.arg(internal));
        const QJsonValue autostop = service.value(u"autostop"_s);
        if (autostop.isString() && !QStringList{u"off"_s, u"stop"_s, u"suspend"_s}.contains(autostop.toString()))
            return invalid(u"invalid autostop string value \"%1\""_s.arg(autostop.toString()));
        if (const std::optional<Reply> bad = checkPorts(service.value(u"ports"_s).toArray()))
            return bad;
    }
    return std::nullopt;
}

// Mounts, files, restart and schedule.
std::optional<Reply> checkTheRest(const QJsonObject &config)
{
    const QJsonArray mounts = config.value(u"mounts"_s).toArray();
    if (mounts.size() > 1)
        return invalid(u"a Machine can mount at most one volume"_s);
    for (const QJsonValue &value : mounts) {
        if (!value.toObject().value(u"path"_s).toString().startsWith(u'/'))
            return invalid(u"mount path must be absolute"_s);
    }
    const QJsonObject restart = config.value(u"restart"_s).toObject();
    if (restart.contains(u"policy"_s) && !QStringList{u"no"_s, u"always"_s, u"on-failure"_s}.contains(restart.value(u"policy"_s).toString()))
        return invalid(u"invalid restart policy \"%1\""_s.arg(restart.value(u"policy"_s).toString()));
    const QString schedule = config.value(u"schedule"_s).toString();
    if (!schedule.isEmpty() && !QStringList{u"hourly"_s, u"daily"_s, u"weekly"_s, u"monthly"_s}.contains(schedule))
        return invalid(u"invalid schedule \"%1\""_s.arg(schedule));
    const QJsonArray files = config.value(u"files"_s).toArray();
    for (const QJsonValue &value : files) {
        if (!value.toObject().value(u"guest_path"_s).toString().startsWith(u'/'))
            return invalid(u"file guest_path must be absolute"_s);
    }
    return std::nullopt;
}

} // namespace

std::optional<Reply> checkMachineConfig(const QJsonObject &config)
{
    if (config.value(u"image"_s).toString().isEmpty() && !config.contains(u"containers"_s))
        return invalid(u"config.image is required"_s);
    if (const std::optional<Reply> bad = checkGuest(config.value(u"guest"_s).toObject()))
        return bad;
    if (const std::optional<Reply> bad = checkServices(config.value(u"services"_s).toArray()))
        return bad;
    return checkTheRest(config);
}

} // namespace Sim
