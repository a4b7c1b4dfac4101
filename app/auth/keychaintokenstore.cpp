#include "app/auth/keychaintokenstore.h"

#include "app/version.h"

#include <qt6keychain/keychain.h>

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

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

QString KeychainTokenStore::plaintextFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(u"plaintext-token.ini"_s);
}

namespace {

// The opt-in plaintext store: an owner-only INI file of its own, never
// Flightdeck's settings. Used only when this system has no keychain.
QSettings plaintextSettings()
{
    const QString path = KeychainTokenStore::plaintextFilePath();
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (file.open(QIODevice::Append))
        file.close();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return QSettings(path, QSettings::IniFormat);
}

bool keychainAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // The Secret Service lives on the session bus: without one (a server, a
    // container, ssh) there is no keychain, whatever libraries are installed.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return false;
#endif
    return QKeychain::isAvailable();
}

} // namespace

void KeychainTokenStore::read()
{
    if (!keychainAvailable()) {
        QTimer::singleShot(0, this, [this] {
            if (!m_plaintextFallback)
                return Q_EMIT readFinished(Status::NoBackend, {}, tr("No keychain is available on this system."));
            const QString token = plaintextSettings().value(m_key).toString();
            Q_EMIT readFinished(token.isEmpty() ? Status::NotFound : Status::Ok, token, {});
        });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(m_key);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        const Status status = statusOf(job->error());
        Q_EMIT readFinished(status, status == Status::Ok ? job->textData() : QString(), status == Status::Ok ? QString() : job->errorString());
    });
    job->start();
}

void KeychainTokenStore::write(const QString &token)
{
    if (!keychainAvailable()) {
        QTimer::singleShot(0, this, [this, token] {
            if (!m_plaintextFallback)
                return Q_EMIT writeFinished(Status::NoBackend, tr("No keychain is available on this system."));
            QSettings settings = plaintextSettings();
            settings.setValue(m_key, token);
            settings.sync();
            Q_EMIT writeFinished(settings.status() == QSettings::NoError ? Status::Ok : Status::OtherError, {});
        });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(m_key);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        const Status status = statusOf(job->error());
        Q_EMIT writeFinished(status, status == Status::Ok ? QString() : job->errorString());
    });
    job->start();
}

void KeychainTokenStore::remove()
{
    if (!keychainAvailable()) {
        QTimer::singleShot(0, this, [this] {
            if (QFile::exists(plaintextFilePath()))
                QFile::remove(plaintextFilePath());
            Q_EMIT removeFinished(Status::Ok, {});
        });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(m_key);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        const Status status = statusOf(job->error());
        Q_EMIT removeFinished(status == Status::NotFound ? Status::Ok : status, status == Status::Ok || status == Status::NotFound ? QString() : job->errorString());
    });
    job->start();
}

} // namespace Flightdeck
