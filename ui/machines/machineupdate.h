#pragma once

#include "app/launch/machineaction.h"
#include "app/spec/runspec.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace Flightdeck {
class RunSpecDocument;
}

namespace Flightdeck::Ui {

class ApiSession;

// The wizard in update mode (`fly machine update`): it holds an existing
// Machine's config, and sending it updates that Machine instead of creating
// one. The request is the create request the spec encodes to (the Machine's
// launch id kept), posted to the Machine's own address with its lease; the
// Review compares it with what the Machine runs now.
class MachineUpdate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MachineUpdate)

public:
    struct Target
    {
        QString app;
        QString id;
        QString name;
        bool wasRunning = false;
        QString launchId;    // the launch that created it, kept in its metadata
        QJsonObject current; // {name, region, config} as the API describes the Machine now
        std::optional<quint64> minSecretsVersion;
    };

    MachineUpdate(ApiSession *session, RunSpecDocument *document, QObject *parent = nullptr);

    // Puts the Machine's config into the wizard; from now on sending updates it.
    // Returns what the wizard could not take (the rest of the config rides along unchanged).
    QStringList begin(const QString &app, const QJsonObject &machine);
    // Back to creating new Machines (the wizard keeps what it holds).
    void end();
    bool isActive() const { return m_target.has_value(); }
    const Target &target() const { return *m_target; }
    // "web-1 (e28650c1a…)"
    QString machineLabel() const;

    // Where and what the update sends, encoded once: the preview shows these bytes.
    QString requestPath() const;
    QByteArray requestBody(const RunSpec &spec) const;
    // What the Machine would run after the update, in the shape of target().current:
    // the request's name, region and config, without the flags that only steer the request.
    QJsonObject runsAfter(const RunSpec &spec) const;
    // Why `spec` cannot be sent as an update, or empty.
    QString problem(const RunSpec &spec) const;

    // Sends the update of the Machine to `spec`; false when one is under way or problem() says why not.
    bool send(const RunSpec &spec);
    bool isSending() const { return m_action; }

Q_SIGNALS:
    void activeChanged();
    void progress(const QString &text);
    void finished(const Flightdeck::MachineAction::Result &result);

private:
    ApiSession *m_session;
    RunSpecDocument *m_document;
    std::optional<Target> m_target;
    QPointer<MachineAction> m_action;
};

} // namespace Flightdeck::Ui
