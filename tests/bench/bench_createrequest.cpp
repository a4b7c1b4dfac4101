// How long building and serializing the create request takes for a large
// spec: 50 env vars, 20 ports, 10 files, 5 mounts. A benchmark, not a test;
// docs/benchmarks.md has the command and the numbers.

#include "app/spec/createrequestcodec.h"
#include "app/spec/validation.h"
#include "largespec.h"

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
    m_spec = largeSpec();
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
