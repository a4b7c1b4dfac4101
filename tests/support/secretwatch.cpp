#include "support/secretwatch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace TestSupport {

SecretWatch::SecretWatch(const QStringList &secrets, const QList<qint64> &excluded, QObject *parent)
    : QObject(parent)
    , m_excluded(excluded.cbegin(), excluded.cend())
{
    for (const QString &secret : secrets)
        m_secrets.append(secret.toUtf8());
    m_excluded.insert(QCoreApplication::applicationPid()); // the test holds the token in memory, not in its environment
    m_timer.setInterval(5);
    connect(&m_timer, &QTimer::timeout, this, &SecretWatch::scan);
}

void SecretWatch::start()
{
    scan();
    m_timer.start();
}

void SecretWatch::stop()
{
    m_timer.stop();
    scan();
}

void SecretWatch::scan()
{
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric || m_excluded.contains(pid))
            continue;
        for (const char *what : {"cmdline", "environ"}) {
            QFile file(u"/proc/%1/%2"_s.arg(entry, QLatin1StringView(what)));
            if (!file.open(QIODevice::ReadOnly))
                continue; // gone already, or another user's environment
            const QByteArray content = file.readAll();
            if (qstrcmp(what, "cmdline") == 0 && !content.isEmpty())
                m_programs.insert(QFileInfo(QString::fromLocal8Bit(content.constData())).fileName());
            for (const QByteArray &secret : std::as_const(m_secrets)) {
                if (!content.contains(secret))
                    continue;
                QFile command(u"/proc/%1/cmdline"_s.arg(entry));
                const QByteArray name = command.open(QIODevice::ReadOnly) ? command.readAll().replace('\0', ' ').left(120) : QByteArray();
                m_hits.append(u"pid %1 (%2): %3"_s.arg(entry, QString::fromUtf8(name), QLatin1StringView(what)));
            }
        }
    }
}

} // namespace TestSupport
