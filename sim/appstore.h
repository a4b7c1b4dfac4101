#pragma once

#include "sim/model.h"
#include "sim/reply.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace Sim {

// Organizations and their apps: create, read, list. The counts an app's JSON
// shows (Machines, volumes) come from the stores that hold them.
class AppStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppStore)

public:
    using Count = std::function<int(const QString &appName)>;

    AppStore(Count machineCount, Count volumeCount, QObject *parent = nullptr);

    void addOrganization(const Organization &org) { m_organizations.append(org); }
    const QList<Organization> &organizations() const { return m_organizations; }
    std::optional<Organization> organization(const QString &slug) const;
    const App *app(const QString &name) const;
    static bool isValidAppName(const QString &name);

    Reply create(const QJsonObject &body);
    Reply get(const QString &name) const;
    Reply list(const QString &orgSlug) const;
    // Forgets the app; the platform removes what it held.
    bool remove(const QString &name);
    QJsonObject json(const App &app) const;

    // For the demo data and the state file.
    void add(const App &app) { m_apps.append(app); }
    // A name an organization this token cannot see holds: reading it is
    // forbidden (403), creating it is "taken", as on the real platform.
    void addNameTakenElsewhere(const QString &name) { m_takenElsewhere.append(name); }
    const QList<App> &apps() const { return m_apps; }
    void restore(const QList<Organization> &organizations, const QList<App> &apps, qint64 nextNumericId);
    qint64 nextNumericId() const { return m_nextNumericId; }

Q_SIGNALS:
    void changed();

private:
    Count m_machineCount;
    Count m_volumeCount;
    QList<Organization> m_organizations;
    QList<App> m_apps;
    QStringList m_takenElsewhere;
    qint64 m_nextNumericId = 1000;
};

} // namespace Sim
