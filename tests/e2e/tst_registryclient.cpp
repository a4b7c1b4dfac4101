// RegistryClient against Debian's docker-registry, open and behind the
// standard token challenge (a token service the test starts, as Docker Hub
// has one): images found with their configuration, typos caught, the
// linux/amd64 entry of an index, private images denied, and Fly's token kept
// away from every registry but Fly's.

#include "app/api/endpoints.h"
#include "app/api/registryclient.h"
#include "support/imagepusher.h"
#include "support/localregistry.h"
#include "support/tokenauthority.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

namespace {
const QString kToken = u"fm2_registry-client-token-7c1"_s;

const QJsonObject kWebConfig{{u"Entrypoint"_s, QJsonArray{u"/usr/bin/web"_s}},
                             {u"Cmd"_s, QJsonArray{u"--port"_s, u"8080"_s}},
                             {u"WorkingDir"_s, u"/srv"_s},
                             {u"User"_s, u"app"_s},
                             {u"ExposedPorts"_s, QJsonObject{{u"8080/tcp"_s, QJsonObject{}}, {u"9090/udp"_s, QJsonObject{}}}}};
} // namespace

class TestRegistryClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anImageComesWithItsConfiguration();
    void aTypoInTheTagIsCaught();
    void anIndexGivesTheAmd64Variant();
    void anImageWithoutAmd64IsNotRunnable();
    void aDigestNamesOneManifest();
    void theBearerChallengeIsAnswered();
    void aTypoBehindTheChallengeIsCaught();
    void aPrivateImageIsDenied();
    void flysTokenGoesOnlyToFlysRegistry();
    void aRegistryThatIsDownCouldNotBeAsked();
    void whichImagesAreLookedUp();

private:
    ImageLookup lookUp(const QString &reference, const QString &flyHost = u"registry.fly.io"_s);

    TestSupport::TokenAuthority m_authority;
    TestSupport::LocalRegistry m_open;   // anonymous, like a registry on this computer
    TestSupport::LocalRegistry m_locked; // tokens from m_authority, like Docker Hub
    QString m_webDigest;
};

void TestRegistryClient::initTestCase()
{
    QVERIFY2(m_authority.start(), qPrintable(m_authority.errorString()));
    QVERIFY2(m_open.start(), qPrintable(m_open.errorString()));
    m_locked.requireTokensFrom(m_authority);
    QVERIFY2(m_locked.start(), qPrintable(m_locked.errorString()));

    TestSupport::ImagePusher open(m_open.hostAndPort());
    const auto web = open.pushImage(u"tools/web"_s, u"1.0"_s, kWebConfig);
    QVERIFY2(web, qPrintable(open.errorString()));
    m_webDigest = web->value(u"digest"_s).toString();
    const auto amd64 = open.pushImage(u"tools/multi"_s, {}, QJsonObject{{u"Cmd"_s, QJsonArray{u"serve-amd64"_s}}});
    const auto arm64 = open.pushImage(u"tools/multi"_s, {}, QJsonObject{{u"Cmd"_s, QJsonArray{u"serve-arm64"_s}}}, u"arm64"_s);
    QVERIFY2(amd64 && arm64, qPrintable(open.errorString()));
    QVERIFY2(open.pushIndex(u"tools/multi"_s, u"2"_s, {*arm64, *amd64}), qPrintable(open.errorString()));
    const auto armOnly = open.pushImage(u"tools/armonly"_s, {}, {}, u"arm64"_s);
    QVERIFY2(armOnly && open.pushIndex(u"tools/armonly"_s, u"1"_s, {*armOnly}), qPrintable(open.errorString()));

    for (const QString &repository : {u"library/nginx"_s, u"private/secret"_s}) {
        TestSupport::ImagePusher locked(m_locked.hostAndPort(), "Bearer " + m_authority.issue(repository, {u"pull"_s, u"push"_s}));
        QVERIFY2(locked.pushImage(repository, u"1.27"_s, kWebConfig), qPrintable(locked.errorString()));
    }
    m_authority.makePrivate(u"private/secret"_s);
}

ImageLookup TestRegistryClient::lookUp(const QString &reference, const QString &flyHost)
{
    QNetworkAccessManager network;
    const RegistryClient client(&network, flyHost, FlyToken::parse(kToken));
    std::optional<ImageLookup> answer;
    QObject context;
    client.lookUp(reference, &context, [&answer](const ImageLookup &lookup) { answer = lookup; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000); }();
    return answer.value_or(ImageLookup{});
}

void TestRegistryClient::anImageComesWithItsConfiguration()
{
    const ImageLookup lookup = lookUp(m_open.hostAndPort() + u"/tools/web:1.0"_s);
    QCOMPARE(int(lookup.result), int(ImageLookup::Result::Found));
    QCOMPARE(lookup.digest, m_webDigest);
    QVERIFY2(lookup.config, qPrintable(lookup.message));
    QCOMPARE(lookup.config->entrypoint, QStringList{u"/usr/bin/web"_s});
    QCOMPARE(lookup.config->cmd, (QStringList{u"--port"_s, u"8080"_s}));
    QCOMPARE(lookup.config->workingDir, u"/srv"_s);
    QCOMPARE(lookup.config->user, u"app"_s);
    QVERIFY(lookup.config->exposes(8080, u"tcp"_s));
    QVERIFY(lookup.config->exposes(9090, u"udp"_s));
    QVERIFY(!lookup.config->exposes(9090, u"tcp"_s));
}

void TestRegistryClient::aTypoInTheTagIsCaught()
{
    const QString reference = m_open.hostAndPort() + u"/tools/web:1.277"_s;
    const ImageLookup lookup = lookUp(reference);
    QCOMPARE(int(lookup.result), int(ImageLookup::Result::NotFound));
    QVERIFY2(lookup.message.contains(reference), qPrintable(lookup.message));
    QCOMPARE(int(lookUp(m_open.hostAndPort() + u"/tools/wbe:1.0"_s).result), int(ImageLookup::Result::NotFound));
}

void TestRegistryClient::anIndexGivesTheAmd64Variant()
{
    const ImageLookup lookup = lookUp(m_open.hostAndPort() + u"/tools/multi:2"_s);
    QCOMPARE(int(lookup.result), int(ImageLookup::Result::Found));
    QVERIFY2(lookup.config, qPrintable(lookup.message));
    QCOMPARE(lookup.config->cmd, QStringList{u"serve-amd64"_s});
}

void TestRegistryClient::anImageWithoutAmd64IsNotRunnable()
{
    const ImageLookup lookup = lookUp(m_open.hostAndPort() + u"/tools/armonly:1"_s);
    QCOMPARE(int(lookup.result), int(ImageLookup::Result::NotFound));
    QVERIFY2(lookup.message.contains(u"linux/amd64"_s) && lookup.message.contains(u"linux/arm64"_s), qPrintable(lookup.message));
}

void TestRegistryClient::aDigestNamesOneManifest()
{
    const ImageLookup found = lookUp(m_open.hostAndPort() + u"/tools/web@"_s + m_webDigest);
    QCOMPARE(int(found.result), int(ImageLookup::Result::Found));
    QVERIFY(found.config);
    const QString unknown = u"sha256:"_s + QString(64, u'0');
    QCOMPARE(int(lookUp(m_open.hostAndPort() + u"/tools/web:1.0@"_s + unknown).result), int(ImageLookup::Result::NotFound));
}

void TestRegistryClient::theBearerChallengeIsAnswered()
{
    const qsizetype before = m_authority.requests().size();
    const ImageLookup lookup = lookUp(m_locked.hostAndPort() + u"/library/nginx:1.27"_s);
    QCOMPARE(int(lookup.result), int(ImageLookup::Result::Found));
    QVERIFY2(lookup.config, qPrintable(lookup.message));
    QCOMPARE(lookup.config->entrypoint, QStringList{u"/usr/bin/web"_s});
    // One token, asked for as the challenge said, then used for the manifest and the blob.
    const QList<QUrlQuery> requests = m_authority.requests().mid(before);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().queryItemValue(u"service"_s), m_authority.service());
    QCOMPARE(requests.first().queryItemValue(u"scope"_s), u"repository:library/nginx:pull"_s);
}

void TestRegistryClient::aTypoBehindTheChallengeIsCaught()
{
    const ImageLookup lookup = lookUp(m_locked.hostAndPort() + u"/library/nginx:1.277"_s);
    QCOMPARE(int(lookup.result), int(ImageLookup::Result::NotFound));
}

void TestRegistryClient::aPrivateImageIsDenied()
{
    const ImageLookup lookup = lookUp(m_locked.hostAndPort() + u"/private/secret:1.27"_s);
    QCOMPARE(int(lookup.result), int(ImageLookup::Result::Denied));
    QVERIFY2(lookup.message.contains(u"private"_s), qPrintable(lookup.message));
}

void TestRegistryClient::flysTokenGoesOnlyToFlysRegistry()
{
    qsizetype before = m_authority.credentials().size();
    QCOMPARE(int(lookUp(m_locked.hostAndPort() + u"/library/nginx:1.27"_s).result), int(ImageLookup::Result::Found));
    QCOMPARE(m_authority.credentials().mid(before), QList<QByteArray>{QByteArray()});

    // The same registry as Fly's: its token service gets user "x" and the token.
    before = m_authority.credentials().size();
    QCOMPARE(int(lookUp(m_locked.hostAndPort() + u"/library/nginx:1.27"_s, m_locked.hostAndPort()).result), int(ImageLookup::Result::Found));
    // (Compared without QCOMPARE, which would print the login into the test log on a failure.)
    const QList<QByteArray> sent = m_authority.credentials().mid(before);
    QCOMPARE(sent.size(), 1);
    QVERIFY2(sent.first() == "Basic " + (u"x:"_s + kToken).toUtf8().toBase64(), "the token service on Fly's registry's host did not get user x and the token");
}

void TestRegistryClient::aRegistryThatIsDownCouldNotBeAsked()
{
    const ImageLookup lookup = lookUp(u"127.0.0.1:1/tools/web:1.0"_s);
    QCOMPARE(int(lookup.result), int(ImageLookup::Result::Failed));
    QVERIFY2(lookup.message.contains(u"could not be asked"_s), qPrintable(lookup.message));
}

void TestRegistryClient::whichImagesAreLookedUp()
{
    Endpoints real;
    QVERIFY(real.looksUpImage(u"nginx:1.27"_s));
    QVERIFY(real.looksUpImage(u"ghcr.io/owner/tool:2"_s));
    Endpoints local;
    local.machinesApi = QUrl(u"http://127.0.0.1:4280"_s);
    local.registryHost = u"127.0.0.1:4281"_s;
    // A local simulator resolves public names from its own fixtures.
    QVERIFY(!local.looksUpImage(u"nginx:1.27"_s));
    QVERIFY(local.looksUpImage(u"127.0.0.1:4281/my-app:deployment-1"_s));
    QVERIFY(local.looksUpImage(u"localhost:5000/tools/web:1"_s));
}

QTEST_GUILESS_MAIN(TestRegistryClient)
#include "tst_registryclient.moc"
