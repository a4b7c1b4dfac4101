#pragma once

#include "app/launch/launchtypes.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeWidget;

namespace Flightdeck {
class Launcher;
}

namespace Flightdeck::Ui {

class MachineLogView;

// One launch as it happens: the launcher's steps as a timeline with state
// icons and durations, the running step's detail (build log lines, the
// Machine's states) as they arrive, and Cancel. Afterwards the Machine and
// what to do next, or the diagnosis with the way back to the setting to change.
class LaunchView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaunchView)

public:
    enum class State { Idle, Running, Succeeded, Failed, Cancelled };

    explicit LaunchView(QWidget *parent = nullptr);

    // Follows `launcher` (not owned) from its first step to its outcome. A
    // shell Machine gets the console (when `consoleAvailable`: flyctl is
    // installed) and end-of-session buttons once it runs.
    void follow(Launcher *launcher, const QString &appName, bool shell = false, bool consoleAvailable = false);
    // The shell session ended (the Machine destroyed, or why not).
    void showShellEnded(bool destroyed, const QString &message);
    State state() const { return m_state; }
    // The timeline row of `step`: its state (Running until it is seen), for tests and screen readers.
    StepEvent::Status stepStatus(LaunchStep step) const;
    bool stepSeen(LaunchStep step) const;
    const LaunchOutcome &outcome() const { return m_outcome; }
    // The launched Machine's log, followed from its create until the next launch.
    MachineLogView *machineLog() const { return m_machineLog; }
    // Names the place of a setting for the "change it" button ("the Command step").
    void setFieldPlace(std::function<QString(const QString &field)> place) { m_fieldPlace = std::move(place); }

Q_SIGNALS:
    void backToWizard(const QString &field); // empty: just back
    void retryRequested();
    void anotherRequested();
    void openConsoleRequested();
    void endSessionRequested();
    void stateChanged(Flightdeck::Ui::LaunchView::State state);

private:
    void setUpTimeline();  // one row per launch step, filled as the steps happen
    void connectButtons();
    void onStep(const StepEvent &event);
    void onFinished(const LaunchOutcome &outcome);
    void setState(State state);
    void tick();

    QPointer<Launcher> m_launcher;
    State m_state = State::Idle;
    QString m_appName;
    QLabel *m_heading;
    QTreeWidget *m_timeline;
    QTabWidget *m_logs;
    MachineLogView *m_machineLog;
    QPlainTextEdit *m_log;
    QLabel *m_result;
    QPushButton *m_cancel;
    QPushButton *m_copyId;
    QPushButton *m_dashboard;
    QPushButton *m_another;
    QPushButton *m_fix;
    QPushButton *m_retry;
    QPushButton *m_back;
    QPushButton *m_console;
    QPushButton *m_endSession;
    bool m_shell = false;
    bool m_consoleAvailable = false;
    QTimer *m_clock;
    QElapsedTimer m_stepClock;
    qint64 m_stepOffsetMs = 0; // how long the step ran before this view followed the launch
    LaunchStep m_current = LaunchStep::CheckToken;
    QHash<int, StepEvent::Status> m_statuses;
    LaunchOutcome m_outcome;
    std::function<QString(const QString &)> m_fieldPlace;
};

} // namespace Flightdeck::Ui
