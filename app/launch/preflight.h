#pragma once

#include "app/spec/runspec.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace Flightdeck {

class ApiClient;

// Review's checklist: what the platform will say about a RunSpec, asked
// before anything is created. Each check ends passed, failed (with the field
// to change) or could-not-check (the platform could not be asked; the launch
// may still work). Running again drops every answer of the earlier run.
class Preflight final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Preflight)

public:
    enum class State { Running, Passed, Failed, Unknown };
    struct Check
    {
        QString title; // what is checked, e.g. "The image"
        State state = State::Running;
        QString message; // the answer in words
        QString field;   // the field id to change when it failed
    };

    explicit Preflight(ApiClient *api, QObject *parent = nullptr);

    void run(const RunSpec &spec);
    // Checks for an update of this Machine: its own volumes are free for it. Empty: a new Machine.
    void setUpdating(const QString &machineId) { m_updating = machineId; }
    const QList<Check> &checks() const { return m_checks; }
    bool isRunning() const;

Q_SIGNALS:
    void changed();
    void finished();

private:
    int add(const QString &title, const QString &field);
    void settle(int index, State state, const QString &message);
    void checkToken(const RunSpec &spec);
    void checkApp(const RunSpec &spec);
    void checkRegion(const RunSpec &spec);
    void checkCapacity(int check, const QString &org, const QJsonObject &guest, const QString &expression, const QString &where);
    void checkVolumes(const RunSpec &spec);
    void checkSecrets(const RunSpec &spec);
    void checkImage(const RunSpec &spec);

    ApiClient *m_api;
    QPointer<QObject> m_run; // the current run's answers come to it; deleted by the next run
    QList<Check> m_checks;
    QString m_updating;
};

} // namespace Flightdeck
