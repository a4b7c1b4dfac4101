#include "auth/keychaintokenstore.h"

#include "version.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Flightdeck {

namespace {

KeychainTokenStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return KeychainTokenStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return KeychainTokenStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
        return KeychainTokenStore::Status::NoBackend;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeychainTokenStore::Status::AccessDenied;
    default:
        return KeychainTokenStore::Status::OtherError;
    }
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QObject *parent)
    : QObject(parent)
{
}

QString KeychainTokenStore::serviceName()
{
    return QStringLiteral(FLIGHTDECK_APP_ID);
}

void KeychainTokenStore::read()
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(m_key);
    job->setInsecureFallback(m_plaintextFallback);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        const Status status = statusOf(job->error());
        Q_EMIT readFinished(status, status == Status::Ok ? job->textData() : QString(), status == Status::Ok ? QString() : job->errorString());
    });
    job->start();
}

void KeychainTokenStore::write(const QString &token)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(m_key);
    job->setInsecureFallback(m_plaintextFallback);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        const Status status = statusOf(job->error());
        Q_EMIT writeFinished(status, status == Status::Ok ? QString() : job->errorString());
    });
    job->start();
}

void KeychainTokenStore::remove()
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(m_key);
    job->setInsecureFallback(m_plaintextFallback);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        const Status status = statusOf(job->error());
        Q_EMIT removeFinished(status == Status::NotFound ? Status::Ok : status, status == Status::Ok || status == Status::NotFound ? QString() : job->errorString());
    });
    job->start();
}

} // namespace Flightdeck
