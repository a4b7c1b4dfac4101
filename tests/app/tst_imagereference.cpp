// Image references read as the OCI distribution spec reads them: host, repository,
// tag and digest, in every form flyctl and users write them.

#include "app/spec/imagereference.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

class TestImageReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void invalid_data();
    void invalid();
};

namespace {
const QString kDigest = u"sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s;
}

void TestImageReference::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("digest");
    QTest::addColumn<QString>("manifest");

    QTest::newRow("short name") << u"nginx"_s << QString() << u"library/nginx"_s << QString() << QString() << u"latest"_s;
    QTest::newRow("short name and tag") << u"nginx:1.27"_s << QString() << u"library/nginx"_s << u"1.27"_s << QString() << u"1.27"_s;
    QTest::newRow("hub user") << u"flyio/postgres-flex:16"_s << QString() << u"flyio/postgres-flex"_s << u"16"_s << QString() << u"16"_s;
    QTest::newRow("fly registry") << u"registry.fly.io/my-app:deployment-01J0ABC"_s << u"registry.fly.io"_s << u"my-app"_s << u"deployment-01J0ABC"_s
                                  << QString() << u"deployment-01J0ABC"_s;
    // What flyctl writes into every config it creates: the tag and the digest.
    QTest::newRow("tag and digest") << u"registry.fly.io/my-app:deployment-01J0ABC@"_s + kDigest << u"registry.fly.io"_s << u"my-app"_s
                                    << u"deployment-01J0ABC"_s << kDigest << kDigest;
    QTest::newRow("digest only") << u"ghcr.io/acme/api@"_s + kDigest << u"ghcr.io"_s << u"acme/api"_s << QString() << kDigest << kDigest;
    QTest::newRow("host with port") << u"127.0.0.1:5000/demo-app:v1"_s << u"127.0.0.1:5000"_s << u"demo-app"_s << u"v1"_s << QString() << u"v1"_s;
    QTest::newRow("port, no tag") << u"localhost:5000/a/b/c"_s << u"localhost:5000"_s << u"a/b/c"_s << QString() << QString() << u"latest"_s;
    QTest::newRow("localhost") << u"localhost/tool"_s << u"localhost"_s << u"tool"_s << QString() << QString() << u"latest"_s;
    QTest::newRow("separators") << u"quay.io/a.b/c__d/e-f---g:T_1.2-x"_s << u"quay.io"_s << u"a.b/c__d/e-f---g"_s << u"T_1.2-x"_s << QString()
                                << u"T_1.2-x"_s;
    QTest::newRow("ipv6 host") << u"[::1]:5000/app:v2"_s << u"[::1]:5000"_s << u"app"_s << u"v2"_s << QString() << u"v2"_s;
}

void TestImageReference::parse()
{
    QFETCH(QString, text);
    const std::optional<ImageReference> reference = ImageReference::parse(text);
    QVERIFY2(reference, qPrintable(text));
    QTEST(reference->host, "host");
    QTEST(reference->repository, "repository");
    QTEST(reference->tag, "tag");
    QTEST(reference->digest, "digest");
    QTEST(reference->manifestReference(), "manifest");
}

void TestImageReference::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("upper-case repository") << u"Nginx"_s;
    QTest::newRow("empty tag") << u"nginx:"_s;
    QTest::newRow("bad tag") << u"nginx:-1"_s;
    QTest::newRow("short digest") << u"nginx@sha256:abc"_s;
    QTest::newRow("digest without algorithm") << u"nginx@0123456789abcdef0123456789abcdef"_s;
    QTest::newRow("empty component") << u"registry.fly.io//app"_s;
    QTest::newRow("trailing slash") << u"acme/"_s;
    QTest::newRow("bad host") << u"-bad.example/app"_s;
}

void TestImageReference::invalid()
{
    QFETCH(QString, text);
    QVERIFY2(!ImageReference::parse(text), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestImageReference)
#include "tst_imagereference.moc"
