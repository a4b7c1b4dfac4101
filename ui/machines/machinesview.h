#pragma once

#include "app/api/appinventory.h"
#include "app/launch/machineaction.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace Flightdeck::Ui {

class MessageBar;

// The chosen app's Machines, as `fly machine list` shows them (name, id,
// state, region, image, size, created, checks), refreshed while the view is
// visible, with what comes after `fly machine run`: start, stop, restart,
// suspend, destroy (confirmed, naming the Machine), its log, clone into the
// wizard, and update (its config into the wizard, which then updates it).
// Each action says what it does while it runs and the API's answer after.
class MachinesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MachinesView)

public:
    // The list is asked for again every this many milliseconds while the view
    // shows: far below the Machines API's 1 request a second for listing.
    static constexpr int kRefreshMs = 5000;

    explicit MachinesView(ApiClient *api, QWidget *parent = nullptr);

    // The app whose Machines to show; empty: none.
    void setApp(const QString &app);
    QString app() const { return m_app; }
    void refresh();
    // The Machine selected in the table, or empty.
    QString currentMachineId() const;
    void selectMachine(const QString &id);
    // Runs `kind` on the selected Machine, confirming a destroy first.
    void runOnCurrent(MachineAction::Kind kind);
    // The same on any Machine of any app (a notification's buttons), as it is now.
    void runOn(MachineAction::Kind kind, const QString &app, const QString &id);
    // The Machine's log in a window of its own.
    void openLogOf(const QString &app, const QString &id, const QString &name);
    bool isBusy() const { return m_action; }
    MessageBar *messages() const { return m_messages; }

Q_SIGNALS:
    void cloneRequested(const QString &app, const QString &machineId);
    // The Machine as the API describes it, for the wizard to update.
    void updateRequested(const QString &app, const QJsonObject &machine);
    // A list arrived (the table shows it).
    void refreshed();
    void actionFinished(const Flightdeck::MachineAction::Result &result);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void show(const QList<MachineSummary> &machines);
    void updateButtons();
    std::optional<MachineSummary> current() const;
    // Asks before destroying; nullopt when the user said no, else whether to kill it running.
    std::optional<bool> confirmDestroy(const QString &app, const MachineSummary &machine);
    void run(MachineAction::Kind kind, const QString &app, const MachineSummary &machine);
    void requestUpdate();

    ApiClient *m_api;
    QString m_app;
    QList<MachineSummary> m_machines;
    QLabel *m_title;
    QTreeWidget *m_table;
    MessageBar *m_messages;
    QTimer *m_refresh;
    QPointer<MachineAction> m_action;
    bool m_listing = false;
    QList<std::pair<MachineAction::Kind, QPushButton *>> m_actionButtons;
    QPushButton *m_log;
    QPushButton *m_clone;
    QPushButton *m_update;
    QPushButton *m_reload;
};

} // namespace Flightdeck::Ui
