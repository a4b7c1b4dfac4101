#pragma once

#include "sim/model.h"
#include "sim/reply.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace Sim {

// Each app's secrets and their version, which goes up with every change (a
// create's min_secrets_version is checked against it). Values never leave:
// lists show names and digests. The caller has checked that the app exists.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    explicit SecretStore(QObject *parent = nullptr);

    Reply list(const QString &appName) const;
    // {"values": {NAME: value, NAME: null (deletes)}}
    Reply set(const QString &appName, const QJsonObject &body);
    // POST /secrets/{name} with {"value": …}: the one secret, with the new version.
    Reply setOne(const QString &appName, const QString &name, const QJsonObject &body);
    Reply remove(const QString &appName, const QString &name);
    int version(const QString &appName) const { return m_versions.value(appName, 0); }
    void removeApp(const QString &appName);

    // For the demo data and the state file.
    void add(const QString &appName, const Secret &secret, int version);
    const QHash<QString, QList<Secret>> &secrets() const { return m_secrets; }
    const QHash<QString, int> &versions() const { return m_versions; }
    void restore(const QHash<QString, QList<Secret>> &secrets, const QHash<QString, int> &versions);

Q_SIGNALS:
    void changed();

private:
    QHash<QString, QList<Secret>> m_secrets; // by app name
    QHash<QString, int> m_versions;
};

} // namespace Sim
