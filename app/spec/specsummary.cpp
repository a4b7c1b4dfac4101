#include "app/spec/specsummary.h"

#include "app/platform/catalog.h"
#include "app/spec/shellwords.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Flightdeck {

namespace {

struct SpecSummary
{
    Q_DECLARE_TR_FUNCTIONS(SpecSummary)
};

QString appLine(const RunSpec &spec, const SummaryContext &context)
{
    if (spec.app.isEmpty())
        return SpecSummary::tr("No app is chosen yet.");
    const QString org = spec.org.isEmpty() ? SpecSummary::tr("your personal organization") : spec.org;
    if (!context.appExists)
        return SpecSummary::tr("In the app %1 (created in %2 if it does not exist yet).").arg(spec.app, org);
    return *context.appExists ? SpecSummary::tr("In your app %1.").arg(spec.app) : SpecSummary::tr("In a new app %1, created first in %2.").arg(spec.app, org);
}

QString imageLine(const RunSpec &spec)
{
    QString image;
    if (spec.build) {
        const QString dockerfile = spec.build->dockerfile.isEmpty() ? u"Dockerfile"_s : spec.build->dockerfile;
        image = SpecSummary::tr("Runs an image built from %1 in %2 and pushed to Fly's registry").arg(dockerfile, spec.build->contextDir);
    } else if (!spec.image.isEmpty()) {
        image = SpecSummary::tr("Runs the image %1").arg(spec.image);
    } else {
        return SpecSummary::tr("No image is chosen yet.");
    }
    if (!spec.entrypoint.isEmpty() || !spec.cmd.isEmpty())
        return SpecSummary::tr("%1, with the command %2.").arg(image, ShellWords::join(spec.entrypoint + spec.cmd));
    return SpecSummary::tr("%1, with the image's own command.").arg(image);
}

QString placeLine(const RunSpec &spec)
{
    const QString name = spec.name.isEmpty() ? SpecSummary::tr("A Machine named by Fly.io") : SpecSummary::tr("The Machine %1").arg(spec.name);
    if (spec.region.isEmpty())
        return SpecSummary::tr("%1, in the region nearest to you.").arg(name);
    const std::optional<Catalog::Region> region = Catalog::region(spec.region);
    return SpecSummary::tr("%1, in %2.").arg(name, region ? u"%1 (%2)"_s.arg(region->name, spec.region) : spec.region);
}

QString sizeLine(const RunSpec &spec)
{
    const GuestSpec &guest = spec.guest;
    const QString memory = guest.memoryMb % 1024 == 0 ? SpecSummary::tr("%1 GB").arg(guest.memoryMb / 1024) : SpecSummary::tr("%1 MB").arg(guest.memoryMb);
    const QString kind = guest.cpuKind == "performance"_L1 ? SpecSummary::tr("performance") : SpecSummary::tr("shared");
    return SpecSummary::tr("%n %1 CPU(s) and %2 of memory: about %3 while it runs.", nullptr, guest.cpus)
        .arg(kind, memory, Catalog::formatPrice(Catalog::monthlyPriceUsd(guest, spec.region)));
}

QString portText(const PortSpec &port)
{
    const QString number = port.isRange() ? u"%1–%2"_s.arg(port.startPort).arg(port.endPort) : QString::number(port.port);
    return port.handlers.isEmpty() ? number : u"%1 (%2)"_s.arg(number, port.handlers.join(u", "_s));
}

QList<SummaryLine> serviceLines(const RunSpec &spec)
{
    QList<SummaryLine> lines;
    for (qsizetype i = 0; i < spec.services.size(); ++i) {
        const ServiceSpec &service = spec.services.at(i);
        QStringList ports;
        for (const PortSpec &port : service.ports)
            ports.append(portText(port));
        QString text = ports.isEmpty() ? SpecSummary::tr("A %1 service on port %2 inside, without public ports.").arg(service.protocol.toUpper()).arg(service.internalPort)
                                       : SpecSummary::tr("Public %1 %2, answered on port %3 inside.")
                                             .arg(service.protocol.toUpper(), QLocale().createSeparatedList(ports))
                                             .arg(service.internalPort);
        if (service.autostop == Autostop::Stop)
            text += u' ' + SpecSummary::tr("Without traffic it stops.");
        else if (service.autostop == Autostop::Suspend)
            text += u' ' + SpecSummary::tr("Without traffic it is suspended.");
        lines.append({u"services[%1]"_s.arg(i), text});
    }
    if (lines.isEmpty())
        lines.append({u"services"_s, SpecSummary::tr("No public ports: reachable only on the app's private network.")});
    return lines;
}

QString storageLine(const RunSpec &spec)
{
    if (spec.mounts.isEmpty())
        return SpecSummary::tr("No volume: what the Machine writes lasts until it stops.");
    QStringList mounts;
    for (const MountSpec &mount : spec.mounts)
        mounts.append(SpecSummary::tr("%1 at %2").arg(mount.volume, mount.path));
    return SpecSummary::tr("The volume %1.").arg(QLocale().createSeparatedList(mounts));
}

QString environmentLine(const RunSpec &spec)
{
    const auto secrets = int(std::count_if(spec.files.cbegin(), spec.files.cend(), [](const FileSpec &f) { return f.source == FileSpec::Source::Secret; }));
    const int files = int(spec.files.size()) - secrets;
    if (spec.env.isEmpty() && spec.files.isEmpty())
        return SpecSummary::tr("No environment variables or files.");
    return SpecSummary::tr("%1, %2 and %3.")
        .arg(SpecSummary::tr("%n environment variable(s)", nullptr, int(spec.env.size())), SpecSummary::tr("%n file(s)", nullptr, files),
             SpecSummary::tr("%n secret(s) of the app", nullptr, secrets));
}

QString lifecycleLine(const RunSpec &spec)
{
    QStringList parts;
    if (spec.autoDestroy)
        parts.append(SpecSummary::tr("destroyed when it exits"));
    if (!spec.restart)
        parts.append(spec.autoDestroy ? SpecSummary::tr("never restarted") : SpecSummary::tr("restarted by Fly.io's default policy (when it fails)"));
    else if (spec.restart->policy == "always"_L1)
        parts.append(SpecSummary::tr("always restarted"));
    else if (spec.restart->policy == "on-failure"_L1)
        parts.append(spec.restart->maxRetries > 0 ? SpecSummary::tr("restarted when it fails, up to %n time(s)", nullptr, spec.restart->maxRetries)
                                                  : SpecSummary::tr("restarted when it fails"));
    else if (spec.restart->policy == "no"_L1)
        parts.append(SpecSummary::tr("never restarted"));
    if (!spec.schedule.isEmpty())
        parts.append(SpecSummary::tr("started %1").arg(spec.schedule));
    if (spec.standbyFor && !spec.standbyFor->isEmpty())
        parts.append(SpecSummary::tr("standing by for %1").arg(QLocale().createSeparatedList(*spec.standbyFor)));
    const QString how = spec.skipLaunch ? SpecSummary::tr("Created stopped") : SpecSummary::tr("Started at once");
    return parts.isEmpty() ? how + u'.' : SpecSummary::tr("%1; %2.").arg(how, QLocale().createSeparatedList(parts));
}

} // namespace

QList<SummaryLine> summarize(const RunSpec &spec, const SummaryContext &context)
{
    QList<SummaryLine> lines{
        {u"app"_s, appLine(spec, context)},
        {spec.build ? u"build.context"_s : u"image"_s, imageLine(spec)},
        {u"region"_s, placeLine(spec)},
        {u"guest"_s, sizeLine(spec)},
    };
    lines += serviceLines(spec);
    lines.append({u"mounts"_s, storageLine(spec)});
    lines.append({u"env"_s, environmentLine(spec)});
    lines.append({u"restart"_s, lifecycleLine(spec)});
    return lines;
}

} // namespace Flightdeck
