#pragma once

// What a fuzz target prints when a round trip fails: the spec as the
// request it makes, then as a profile (which holds what the request cannot).

#include "app/profile/runprofile.h"
#include "app/spec/createrequestcodec.h"

#include <QJsonDocument>

#include <algorithm>

namespace Flightdeck::Fuzz {

using namespace Qt::StringLiterals;

inline QString describe(const RunSpec &spec)
{
    CreateRequestCodec::EncodeOptions options;
    options.readLocalFile = [](const QString &) { return std::optional<QByteArray>(); };
    options.localFilesByPath = true;
    const QJsonDocument profile = QJsonDocument::fromJson(RunProfile::serialize(spec, QString()));
    return QString::fromUtf8(QJsonDocument(CreateRequestCodec::toJson(spec, options)).toJson(QJsonDocument::Compact)) + u"\nas a profile: "_s
        + QString::fromUtf8(profile.toJson(QJsonDocument::Compact));
}

// Which of a spec's members differ, for a round trip whose request and
// profile read the same (a difference neither shows).
inline QString difference(const RunSpec &a, const RunSpec &b)
{
    QStringList names;
    const auto check = [&names](const char *name, bool same) {
        if (!same)
            names.append(QString::fromLatin1(name));
    };
    check("app/org/workingDir", a.app == b.app && a.org == b.org && a.workingDir == b.workingDir);
    check("region/name", a.region == b.region && a.name == b.name);
    check("image/build", a.image == b.image && a.build == b.build);
    check("cmd/entrypoint/exec", a.cmd == b.cmd && a.entrypoint == b.entrypoint && a.exec == b.exec);
    check("swap/initExtra", a.swapSizeMb == b.swapSizeMb && a.initExtra == b.initExtra);
    check("shell", a.shell == b.shell && a.shellUser == b.shellUser && a.shellCommand == b.shellCommand);
    check("guest", a.guest == b.guest);
    check("rootfs/cache", a.rootfs == b.rootfs && a.cacheDriveSizeMb == b.cacheDriveSizeMb && a.cacheDriveExtra == b.cacheDriveExtra);
    for (qsizetype i = 0; i < std::max(a.services.size(), b.services.size()); ++i) {
        const ServiceSpec x = a.services.value(i);
        const ServiceSpec y = b.services.value(i);
        check(qPrintable(u"services[%1].protocol/internalPort"_s.arg(i)), x.protocol == y.protocol && x.internalPort == y.internalPort);
        check(qPrintable(u"services[%1].ports"_s.arg(i)), x.ports == y.ports);
        check(qPrintable(u"services[%1].autostart/autostop"_s.arg(i)), x.autostart == y.autostart && x.autostop == y.autostop);
        check(qPrintable(u"services[%1].extra"_s.arg(i)), x.extra == y.extra);
    }
    check("mounts", a.mounts == b.mounts);
    check("env/metadata", a.env == b.env && a.metadata == b.metadata);
    check("files", a.files == b.files);
    check("restart", a.restart == b.restart);
    check("lifecycle", a.autoDestroy == b.autoDestroy && a.schedule == b.schedule && a.standbyFor == b.standbyFor);
    check("flags", a.skipDnsRegistration == b.skipDnsRegistration && a.skipLaunch == b.skipLaunch && a.detach == b.detach
                       && a.skipHealthChecks == b.skipHealthChecks && a.waitTimeoutSeconds == b.waitTimeoutSeconds);
    check("deploy", a.manageWithDeploy == b.manageWithDeploy && a.processGroup == b.processGroup);
    check("extras", a.configExtra == b.configExtra && a.bodyExtra == b.bodyExtra && a.dnsExtra == b.dnsExtra);
    return u"differs in: "_s + names.join(u", "_s);
}

} // namespace Flightdeck::Fuzz
