#include "support/localregistry.h"

#include "support/freeport.h"
#include "support/tokenauthority.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QThread>

using namespace Qt::StringLiterals;

namespace TestSupport {

namespace {

bool answers(const QUrl &url, int expectedStatus)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setTransferTimeout(2000);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(3000);
    const bool ok = reply->isFinished() && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == expectedStatus;
    delete reply;
    return ok;
}

} // namespace

LocalRegistry::~LocalRegistry()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void LocalRegistry::requireTokensFrom(const TokenAuthority &authority)
{
    m_auth = u"auth:\n  token:\n    realm: %1\n    service: %2\n    issuer: %3\n    rootcertbundle: %4\n"_s.arg(
        authority.realm(), authority.service(), authority.issuer(), authority.certificatePath());
}

bool LocalRegistry::start()
{
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary folder: "_s + m_dir.errorString();
        return false;
    }
    m_port = freeLoopbackPort();
    const QString configPath = m_dir.filePath(u"config.yml"_s);
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly)) {
        m_error = config.errorString();
        return false;
    }
    config.write(u"version: 0.1\n"
                 "log:\n  level: error\n"
                 "storage:\n  filesystem:\n    rootdirectory: %1\n"
                 "http:\n  addr: 127.0.0.1:%2\n"_s.arg(m_dir.filePath(u"storage"_s))
                     .arg(m_port)
                     .toUtf8()
                 + m_auth.toUtf8());
    config.close();

    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start(u"docker-registry"_s, {u"serve"_s, configPath});
    if (!m_process.waitForStarted(10000)) {
        m_error = u"cannot start docker-registry: "_s + m_process.errorString();
        return false;
    }

    const QUrl probe(u"http://%1/v2/"_s.arg(hostAndPort()));
    QDeadlineTimer deadline(20000);
    while (!answers(probe, m_auth.isEmpty() ? 200 : 401)) {
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning) {
            m_error = u"docker-registry did not answer on %1"_s.arg(hostAndPort());
            return false;
        }
        QThread::msleep(100);
    }
    return true;
}

QString LocalRegistry::hostAndPort() const
{
    return u"127.0.0.1:%1"_s.arg(m_port);
}

} // namespace TestSupport
