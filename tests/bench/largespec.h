#pragma once

#include "app/spec/runspec.h"

// The large spec the benchmarks share: 50 env vars, 20 ports in 4 services,
// 10 inline files of 512 bytes, 5 mounts.
inline Flightdeck::RunSpec largeSpec()
{
    using namespace Qt::StringLiterals;
    using namespace Flightdeck;
    RunSpec spec;
    spec.app = u"bench-app"_s;
    spec.image = u"registry.fly.io/bench-app:deployment-01JABCDEFGHJKMNPQRSTVWXYZ0"_s;
    spec.region = u"ams"_s;
    for (int i = 0; i < 50; ++i)
        spec.env.insert(u"SETTING_%1"_s.arg(i), u"value number %1 with some text"_s.arg(i));
    for (int s = 0; s < 4; ++s) {
        ServiceSpec service;
        service.internalPort = 8000 + s;
        for (int p = 0; p < 5; ++p)
            service.ports.append(PortSpec{10000 + s * 10 + p, 0, 0, {u"tls"_s, u"http"_s}, {}});
        service.autostop = Autostop::Suspend;
        service.autostart = true;
        spec.services.append(service);
    }
    for (int f = 0; f < 10; ++f)
        spec.files.append(FileSpec{u"/etc/app/conf%1.ini"_s.arg(f), FileSpec::Source::Literal, QString(512, QChar(u'a' + f)), {}});
    for (int m = 0; m < 5; ++m)
        spec.mounts.append(MountSpec{u"vol_%1abcdefghijklmno"_s.arg(m), u"/data/%1"_s.arg(m), {}});
    return spec;
}
