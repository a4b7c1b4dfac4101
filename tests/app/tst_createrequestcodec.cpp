// The create request is what Flightdeck sends and what the preview shows.

#include "spec/createrequestcodec.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

class TestCreateRequestCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toJson_data();
    void toJson();
    void bodyIsDeterministicIndentedJson();
};

void TestCreateRequestCodec::toJson_data()
{
    QTest::addColumn<RunSpec>("spec");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("image only, platform picks region and name")
        << RunSpec{u"demo-app"_s, u"nginx:1.27"_s, {}, {}} << QByteArray(R"({"config":{"image":"nginx:1.27"}})");
    QTest::newRow("region and name are sent when chosen")
        << RunSpec{u"demo-app"_s, u"nginx:1.27"_s, u"ams"_s, u"web-1"_s}
        << QByteArray(R"({"config":{"image":"nginx:1.27"},"name":"web-1","region":"ams"})");
    QTest::newRow("the app is part of the URL, not the body")
        << RunSpec{u"other-app"_s, u"alpine"_s, {}, {}} << QByteArray(R"({"config":{"image":"alpine"}})");
}

void TestCreateRequestCodec::toJson()
{
    QFETCH(RunSpec, spec);
    QFETCH(QByteArray, expected);
    const QJsonObject actual = CreateRequestCodec::toJson(spec);
    QCOMPARE(QJsonDocument(actual).toJson(QJsonDocument::Compact), expected);
}

void TestCreateRequestCodec::bodyIsDeterministicIndentedJson()
{
    const RunSpec spec{u"demo-app"_s, u"nginx:1.27"_s, u"fra"_s, u"edge"_s};
    const QByteArray first = CreateRequestCodec::toRequestBody(spec);
    QCOMPARE(CreateRequestCodec::toRequestBody(spec), first);
    QVERIFY2(first.contains("\n        \"image\": \"nginx:1.27\""), first.constData());

    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(first, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.object(), CreateRequestCodec::toJson(spec));
}

QTEST_GUILESS_MAIN(TestCreateRequestCodec)
#include "tst_createrequestcodec.moc"
