// How long building and serializing the create request takes for a large
// spec: 50 env vars, 20 ports, 10 files, 5 mounts. A benchmark, not a test;
// docs/benchmarks.md has the command and the numbers.

#include "spec/createrequestcodec.h"
#include "spec/validation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

class BenchCreateRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requestBody();
    void validate();

private:
    RunSpec m_spec;
};

void BenchCreateRequest::initTestCase()
{
    m_spec.app = u"bench-app"_s;
    m_spec.image = u"registry.fly.io/bench-app:deployment-01JABCDEFGHJKMNPQRSTVWXYZ0"_s;
    m_spec.region = u"ams"_s;
    for (int i = 0; i < 50; ++i)
        m_spec.env.insert(u"SETTING_%1"_s.arg(i), u"value number %1 with some text"_s.arg(i));
    for (int s = 0; s < 4; ++s) {
        ServiceSpec service;
        service.internalPort = 8000 + s;
        for (int p = 0; p < 5; ++p)
            service.ports.append(PortSpec{10000 + s * 10 + p, 0, 0, {u"tls"_s, u"http"_s}, {}});
        service.autostop = Autostop::Suspend;
        service.autostart = true;
        m_spec.services.append(service);
    }
    for (int f = 0; f < 10; ++f)
        m_spec.files.append(FileSpec{u"/etc/app/conf%1.ini"_s.arg(f), FileSpec::Source::Literal, QString(512, QChar(u'a' + f)), {}});
    for (int m = 0; m < 5; ++m)
        m_spec.mounts.append(MountSpec{u"vol_%1abcdefghijklmno"_s.arg(m), u"/data/%1"_s.arg(m), {}});
}

void BenchCreateRequest::requestBody()
{
    QByteArray body;
    QBENCHMARK {
        body = CreateRequestCodec::toRequestBody(m_spec);
    }
    QVERIFY(body.size() > 10000);
}

void BenchCreateRequest::validate()
{
    Issues issues;
    QBENCHMARK {
        issues = Validation::validate(m_spec);
    }
    QVERIFY(!hasErrors(issues));
}

QTEST_GUILESS_MAIN(BenchCreateRequest)
#include "bench_createrequest.moc"
