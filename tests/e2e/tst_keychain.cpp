// QtKeychain stores, reads and deletes a secret in a real Secret Service
// (gnome-keyring on a private D-Bus session, started by harness/keyring-session).

#include <qt6keychain/keychain.h>

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QString kService = u"io.flightdeck.Flightdeck.tests"_s;

struct JobResult
{
    QKeychain::Error error = QKeychain::OtherError;
    QString text;
};

template <typename Job>
JobResult runJob(Job *job)
{
    JobResult result;
    QObject::connect(job, &QKeychain::Job::finished, job, [&result, job] {
        result.error = job->error();
        if constexpr (std::is_same_v<Job, QKeychain::ReadPasswordJob>)
            result.text = job->textData();
    });
    QSignalSpy finished(job, &QKeychain::Job::finished);
    job->start();
    if (finished.isEmpty())
        finished.wait(20000);
    return result;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretServiceIsAvailable();
    void writeReadDelete();
};

void TestKeychain::secretServiceIsAvailable()
{
    QVERIFY2(QKeychain::isAvailable(), "no Secret Service on the session bus: is gnome-keyring running?");
}

void TestKeychain::writeReadDelete()
{
    const QString key = u"token-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString secret = u"fm2_"_s + QUuid::createUuid().toString(QUuid::Id128);

    auto *write = new QKeychain::WritePasswordJob(kService);
    write->setInsecureFallback(false);
    write->setKey(key);
    write->setTextData(secret);
    const JobResult written = runJob(write);
    QCOMPARE(written.error, QKeychain::NoError);

    auto *read = new QKeychain::ReadPasswordJob(kService);
    read->setInsecureFallback(false);
    read->setKey(key);
    const JobResult readBack = runJob(read);
    QCOMPARE(readBack.error, QKeychain::NoError);
    QVERIFY2(readBack.text == secret, "the keychain returned a different secret");

    auto *remove = new QKeychain::DeletePasswordJob(kService);
    remove->setInsecureFallback(false);
    remove->setKey(key);
    QCOMPARE(runJob(remove).error, QKeychain::NoError);

    auto *readAgain = new QKeychain::ReadPasswordJob(kService);
    readAgain->setKey(key);
    QCOMPARE(runJob(readAgain).error, QKeychain::EntryNotFound);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
