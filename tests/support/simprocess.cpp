#include "support/simprocess.h"

#include <QDeadlineTimer>

using namespace Qt::StringLiterals;

namespace TestSupport {

SimProcess::~SimProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QUrl SimProcess::url(const QString &pathAndQuery) const
{
    QUrl url = m_baseUrl;
    const qsizetype query = pathAndQuery.indexOf(u'?');
    url.setPath(pathAndQuery.left(query));
    if (query >= 0)
        url.setQuery(pathAndQuery.mid(query + 1));
    return url;
}

bool SimProcess::start(const QStringList &extraArguments)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardOutput);
    m_process.start(QStringLiteral(FLIGHTDECK_SIM_EXECUTABLE), QStringList{u"--port"_s, u"0"_s} + extraArguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }

    QDeadlineTimer deadline(20000);
    const bool withRegistry = extraArguments.contains(u"--registry"_s);
    while ((m_baseUrl.isEmpty() || m_token.isEmpty() || (withRegistry && m_registryHost.isEmpty())) && !deadline.hasExpired()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(static_cast<int>(deadline.remainingTime()))) {
            break;
        }
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            if (line.startsWith(u"FLY_FLAPS_BASE_URL="_s))
                m_baseUrl = QUrl(line.section(u'=', 1));
            else if (line.startsWith(u"FLY_API_TOKEN="_s))
                m_token = line.section(u'=', 1);
            else if (line.startsWith(u"FLY_REGISTRY_HOST="_s))
                m_registryHost = line.section(u'=', 1);
        }
    }
    if (m_baseUrl.isEmpty() || m_token.isEmpty()) {
        m_error = u"flightdeck-sim printed no address and token: "_s + QString::fromUtf8(m_process.readAllStandardError());
        return false;
    }
    return true;
}

} // namespace TestSupport
