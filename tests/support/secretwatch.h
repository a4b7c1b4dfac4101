#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace TestSupport {

// While it runs, reads every process's command line and environment in /proc
// every few milliseconds, and records each process in which a secret shows
// (a command line is readable by every user; an environment by the owner).
// `excluded` processes are the test's own stand-ins for Fly, such as the
// simulator, which is given its tokens on its command line.
class SecretWatch final : public QObject
{
    Q_OBJECT

public:
    SecretWatch(const QStringList &secrets, const QList<qint64> &excluded, QObject *parent = nullptr);

    void start();
    void stop();
    // "pid 123 (buildah login …): command line", one line per find.
    QStringList hits() const { return m_hits; }
    // Whether a process of this program ran while watched: a watch that never
    // saw the builder proves nothing.
    bool saw(const QString &program) const { return m_programs.contains(program); }

private:
    void scan();

    QList<QByteArray> m_secrets;
    QSet<qint64> m_excluded;
    QSet<QString> m_programs; // argv[0]'s file names
    QStringList m_hits;
    QTimer m_timer;
};

} // namespace TestSupport
