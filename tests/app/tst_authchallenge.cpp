// The WWW-Authenticate reader: the challenges registries really send, and the
// odd spellings RFC 9110 allows.

#include "app/api/authchallenge.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

class TestAuthChallenge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dockerHub();
    void spacesAndCase();
    void quotedEscapes();
    void basicWithoutParameters();
    void onlyTheFirstChallenge();
    void nothingToRead();
};

void TestAuthChallenge::dockerHub()
{
    const auto challenge = AuthChallenge::parse(R"(Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull")");
    QVERIFY(challenge);
    QVERIFY(challenge->isBearer());
    QCOMPARE(challenge->parameter(u"realm"_s), u"https://auth.docker.io/token"_s);
    QCOMPARE(challenge->parameter(u"service"_s), u"registry.docker.io"_s);
    QCOMPARE(challenge->parameter(u"scope"_s), u"repository:library/nginx:pull"_s);
}

void TestAuthChallenge::spacesAndCase()
{
    const auto challenge = AuthChallenge::parse(R"(  bearer   Realm = "https://ghcr.io/token" , SERVICE=ghcr.io,scope="repository:a/b:pull")");
    QVERIFY(challenge);
    QVERIFY(challenge->isBearer());
    QCOMPARE(challenge->parameter(u"realm"_s), u"https://ghcr.io/token"_s);
    QCOMPARE(challenge->parameter(u"service"_s), u"ghcr.io"_s);
}

void TestAuthChallenge::quotedEscapes()
{
    const auto challenge = AuthChallenge::parse(R"(Bearer realm="a\"b\\c",error="insufficient_scope")");
    QVERIFY(challenge);
    QCOMPARE(challenge->parameter(u"realm"_s), uR"(a"b\c)"_s);
    QCOMPARE(challenge->parameter(u"error"_s), u"insufficient_scope"_s);
}

void TestAuthChallenge::basicWithoutParameters()
{
    const auto challenge = AuthChallenge::parse("Basic");
    QVERIFY(challenge);
    QCOMPARE(challenge->scheme, u"Basic"_s);
    QVERIFY(!challenge->isBearer());
    QVERIFY(challenge->parameters.isEmpty());
}

void TestAuthChallenge::onlyTheFirstChallenge()
{
    const auto challenge = AuthChallenge::parse(R"(Basic realm="fly", Bearer realm="https://elsewhere/token")");
    QVERIFY(challenge);
    QCOMPARE(challenge->scheme, u"Basic"_s);
    QCOMPARE(challenge->parameter(u"realm"_s), u"fly"_s);
    QCOMPARE(challenge->parameters.size(), 1);
}

void TestAuthChallenge::nothingToRead()
{
    QVERIFY(!AuthChallenge::parse(""));
    QVERIFY(!AuthChallenge::parse("   "));
    QVERIFY(!AuthChallenge::parse(R"("quoted")"));
    // An unterminated quote ends the value rather than reading past the header.
    const auto open = AuthChallenge::parse(R"(Bearer realm="https://x)");
    QVERIFY(open);
    QCOMPARE(open->parameter(u"realm"_s), u"https://x"_s);
}

QTEST_APPLESS_MAIN(TestAuthChallenge)
#include "tst_authchallenge.moc"
