#include "specgenerator.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

QString SpecGenerator::word()
{
    static const QList<QString> words{u"web"_s, u"a b"_s, u"it's"_s, u"\"quoted\""_s, u"$HOME"_s, u"x=y"_s, u"#hash"_s,
                                      u"naïve"_s, u"日本"_s, u"back\\slash"_s, u"-dash"_s, u"tab\there"_s, u"semi;colon"_s, u"`tick`"_s};
    return pick(words) + QString::number(m_random.bounded(100));
}

QString SpecGenerator::text()
{
    return chance(10) ? QString() : word() + (chance(30) ? u"\nsecond line = yes"_s : QString());
}

QStringList SpecGenerator::words(int min, int max)
{
    QStringList list;
    const int count = between(min, max);
    for (int i = 0; i < count; ++i)
        list.append(chance(5) ? QString() : word());
    return list;
}

RunSpec SpecGenerator::next(bool includeBodyExtra)
{
    RunSpec spec;
    if (chance(80))
        spec.app = pick(QList<QString>{u"demo-app"_s, u"api"_s, u"x1"_s});
    if (chance(30))
        spec.org = pick(QList<QString>{u"personal"_s, u"acme-corp"_s});
    if (chance(20))
        spec.workingDir = u"/nonexistent/project"_s + QString::number(m_random.bounded(9));
    if (chance(50))
        spec.region = pick(QList<QString>{u"ams"_s, u"ord"_s, u"syd,any"_s});
    if (chance(40))
        spec.name = u"machine-"_s + QString::number(m_random.bounded(1000));

    if (chance(25)) {
        BuildSpec build;
        build.contextDir = pick(QList<QString>{u"."_s, u"./service"_s, u"/srv/app"_s});
        if (chance(50))
            build.dockerfile = u"Dockerfile.prod"_s;
        for (int i = between(0, 2); i > 0; --i)
            build.args.insert(u"ARG"_s + QString::number(i), text());
        if (chance(30))
            build.target = u"runtime"_s;
        if (chance(30))
            build.imageLabel = u"v"_s + QString::number(m_random.bounded(50));
        build.noCache = chance(30);
        spec.build = build;
    } else if (chance(95)) {
        spec.image = pick(QList<QString>{u"nginx"_s, u"nginx:1.27"_s, u"ghcr.io/acme/api:2"_s, u"registry.fly.io/x@sha256:0123456789abcdef0123456789abcdef"_s});
    }
    if (chance(50))
        spec.cmd = words(1, 4);
    if (chance(30))
        spec.entrypoint = words(1, 3);
    if (chance(15))
        spec.exec = words(1, 2);
    if (chance(20))
        spec.swapSizeMb = pick(QList<int>{256, 512, 1024});
    if (chance(10))
        spec.initExtra.insert(u"tty"_s, true);

    spec.shell = chance(10);
    if (chance(10))
        spec.shellUser = pick(QList<QString>{u"app"_s, QString()});
    if (chance(10))
        spec.shellCommand = u"/bin/sh -l"_s;

    GuestSpec &guest = spec.guest;
    guest.cpuKind = chance(90) ? pick(QList<QString>{u"shared"_s, u"performance"_s}) : u"gpu-ish"_s;
    guest.cpus = pick(QList<int>{1, 2, 4, 3, 8});
    guest.memoryMb = pick(QList<int>{256, 512, 1024, 2048, 4096, 300});
    if (chance(15))
        guest.maxMemoryMb = 8192;
    if (chance(10))
        guest.hostDedicationId = u"hd-"_s + QString::number(m_random.bounded(9));
    if (chance(15))
        guest.kernelArgs = QStringList{u"quiet"_s, u"a=b c"_s};
    if (chance(10))
        guest.extra.insert(u"persist_rootfs"_s, u"always"_s);

    if (chance(25)) {
        RootfsSpec rootfs;
        rootfs.persist = pick(QList<QString>{QString(), u"never"_s, u"always"_s, u"restart"_s});
        rootfs.sizeGb = pick(QList<int>{0, 5, 20});
        if (chance(20))
            rootfs.extra.insert(u"fs_size_gb"_s, 4);
        spec.rootfs = rootfs;
    }
    if (chance(20)) {
        spec.cacheDriveSizeMb = pick(QList<int>{1024, 10240});
        if (chance(20))
            spec.cacheDriveExtra.insert(u"encrypted"_s, true);
    }

    const int serviceCount = between(0, 3);
    const std::optional<bool> autostart = chance(50) ? std::optional<bool>(chance(50)) : std::nullopt;
    const std::optional<Autostop> autostop = chance(50) ? std::optional<Autostop>(pick(QList<Autostop>{Autostop::Off, Autostop::Stop, Autostop::Suspend})) : std::nullopt;
    const bool uniform = chance(80);
    for (int s = 0; s < serviceCount; ++s) {
        ServiceSpec service;
        service.protocol = chance(85) ? pick(QList<QString>{u"tcp"_s, u"udp"_s}) : u"sctp"_s;
        service.internalPort = pick(QList<int>{80, 8080, 3478, 5432}) + s;
        for (int p = between(1, 3); p > 0; --p) {
            PortSpec port;
            if (chance(25)) {
                port.startPort = 10000 + 100 * p;
                port.endPort = port.startPort + between(-5, 50);
            } else {
                port.port = pick(QList<int>{80, 443, 8443, 99999}) + p;
            }
            const QStringList handlers{u"http"_s, u"tls"_s, u"pg_tls"_s, u"proxy_proto"_s, u"bad:handler"_s};
            for (int h = between(0, 2); h > 0; --h)
                port.handlers.append(pick(handlers));
            if (chance(10))
                port.extra.insert(u"force_https"_s, true);
            service.ports.append(port);
        }
        service.autostart = uniform ? autostart : (chance(50) ? std::optional<bool>(chance(50)) : std::nullopt);
        service.autostop = uniform ? autostop : (chance(50) ? std::optional<Autostop>(Autostop::Suspend) : std::nullopt);
        if (chance(10))
            service.extra.insert(u"concurrency"_s, QJsonObject{{u"type"_s, u"requests"_s}, {u"soft_limit"_s, 20}});
        spec.services.append(service);
    }

    for (int m = between(0, 3); m > 0; --m) {
        MountSpec mount;
        mount.volume = chance(50) ? u"vol_abc12345678901"_s + QString::number(m) : u"data"_s;
        mount.path = u"/data"_s + QString::number(chance(10) ? 0 : m);
        if (chance(10))
            mount.extra.insert(u"size_gb_limit"_s, 100);
        spec.mounts.append(mount);
    }

    for (int e = between(0, 4); e > 0; --e)
        spec.env.insert(chance(5) ? u"ODD=KEY"_s : u"VAR_"_s + QString::number(m_random.bounded(20)), text());
    for (int e = between(0, 3); e > 0; --e)
        spec.metadata.insert(u"meta"_s + QString::number(m_random.bounded(20)), text());

    for (int f = between(0, 4); f > 0; --f) {
        FileSpec file;
        file.guestPath = u"/etc/file"_s + QString::number(m_random.bounded(4));
        file.source = pick(QList<FileSpec::Source>{FileSpec::Source::LocalFile, FileSpec::Source::Literal, FileSpec::Source::Secret, FileSpec::Source::Raw});
        switch (file.source) {
        case FileSpec::Source::LocalFile:
            file.value = u"conf/app.conf"_s;
            break;
        case FileSpec::Source::Literal:
            file.value = text();
            break;
        case FileSpec::Source::Secret:
            file.value = u"SECRET_"_s + QString::number(f);
            break;
        case FileSpec::Source::Raw: {
            QByteArray bytes("\xff\x00", 2); // not text
            bytes.append(word().toUtf8());
            file.value = QString::fromLatin1(bytes.toBase64());
            break;
        }
        }
        if (chance(10))
            file.extra.insert(u"mode"_s, 0600);
        spec.files.append(file);
    }

    const int restartKind = between(0, 4);
    if (restartKind == 1)
        spec.restart = RestartSpec{pick(QList<QString>{u"no"_s, u"always"_s, u"on-failure"_s}), 0, {}};
    else if (restartKind == 2)
        spec.restart = RestartSpec{};
    else if (restartKind == 3)
        spec.restart = RestartSpec{u"on-failure"_s, 5, {}};
    spec.autoDestroy = chance(20);
    if (chance(20))
        spec.schedule = pick(QList<QString>{u"daily"_s, u"hourly"_s, u"sometimes"_s});
    if (chance(15))
        spec.standbyFor = chance(80) ? QStringList{u"4d89696a2ed587"_s, u"e28697ce6d3986"_s} : QStringList{u"odd,one"_s};
    spec.skipDnsRegistration = chance(20);
    if (chance(10))
        spec.dnsExtra.insert(u"nameservers"_s, QJsonArray{u"1.1.1.1"_s});
    spec.skipLaunch = chance(15);
    spec.detach = chance(20);
    spec.skipHealthChecks = chance(15);
    if (chance(20))
        spec.waitTimeoutSeconds = 1 + int(m_random.bounded(600));
    spec.manageWithDeploy = chance(20);
    if (spec.manageWithDeploy && chance(50))
        spec.processGroup = u"worker"_s;
    if (chance(15))
        spec.configExtra.insert(u"metrics"_s, QJsonObject{{u"port"_s, 9091}, {u"path"_s, u"/metrics"_s}});
    if (chance(10))
        spec.configExtra.insert(u"statics"_s, QJsonArray{QJsonObject{{u"guest_path"_s, u"/app/public"_s}, {u"url_prefix"_s, u"/static"_s}}});
    if (includeBodyExtra && chance(20))
        spec.bodyExtra.insert(u"lease_ttl"_s, 30);
    return spec;
}
