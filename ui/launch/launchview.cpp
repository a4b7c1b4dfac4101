#include "ui/launch/launchview.h"

#include "app/launch/launcher.h"
#include "ui/launch/machinelogview.h"
#include "ui/widgets/icons.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

namespace {

enum Column { StepColumn, TimeColumn, DetailColumn };

constexpr LaunchStep allSteps[] = {LaunchStep::CheckToken,  LaunchStep::ResolveApp,  LaunchStep::PrepareImage,
                                   LaunchStep::CreateMachine, LaunchStep::WaitStarted, LaunchStep::WatchChecks};

QString seconds(qint64 ms)
{
    return QCoreApplication::translate("LaunchView", "%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

} // namespace

LaunchView::LaunchView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_timeline(new QTreeWidget(this))
    , m_logs(new QTabWidget(this))
    , m_machineLog(new MachineLogView(this))
    , m_log(new QPlainTextEdit(this))
    , m_result(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_copyId(new QPushButton(tr("Copy the Machine &id"), this))
    , m_dashboard(new QPushButton(tr("Open the app's &dashboard"), this))
    , m_another(new QPushButton(tr("Launch &another like this"), this))
    , m_fix(new QPushButton(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_back(new QPushButton(tr("&Back to the wizard"), this))
    , m_console(new QPushButton(tr("Open a &console"), this))
    , m_endSession(new QPushButton(tr("&End the session"), this))
    , m_clock(new QTimer(this))
{
    setObjectName(u"launchView"_s);
    m_heading->setObjectName(u"launchHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    setUpTimeline();
    m_log->setObjectName(u"launchLog"_s);
    m_log->setAccessibleName(tr("Launch log"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(5000);
    m_result->setObjectName(u"launchResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel->setObjectName(u"cancelLaunchButton"_s);
    m_copyId->setObjectName(u"copyMachineIdButton"_s);
    m_dashboard->setObjectName(u"openDashboardButton"_s);
    m_another->setObjectName(u"launchAnotherButton"_s);
    m_fix->setObjectName(u"fixSettingButton"_s);
    m_retry->setObjectName(u"retryLaunchButton"_s);
    m_back->setObjectName(u"backToWizardButton"_s);
    m_console->setObjectName(u"openConsoleButton"_s);
    m_endSession->setObjectName(u"endSessionButton"_s);
    m_endSession->setToolTip(tr("Destroy the temporary Machine"));
    m_clock->setInterval(100);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    for (QPushButton *button : {m_console, m_endSession, m_copyId, m_dashboard, m_another, m_fix, m_retry, m_cancel})
        buttons->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_timeline, 2);
    layout->addWidget(m_result);
    m_logs->setObjectName(u"launchLogs"_s);
    m_logs->addTab(m_machineLog, tr("Machine lo&g"));
    m_logs->addTab(m_log, tr("Launch de&tails"));
    layout->addWidget(m_logs, 3);
    layout->addLayout(buttons);

    connectButtons();
    connect(m_clock, &QTimer::timeout, this, &LaunchView::tick);
    setState(State::Idle);
}

void LaunchView::setUpTimeline()
{
    m_timeline->setObjectName(u"launchTimeline"_s);
    m_timeline->setAccessibleName(tr("Launch steps"));
    m_timeline->setRootIsDecorated(false);
    //: column headings of the launch timeline; "Time" is how long a step took
    m_timeline->setHeaderLabels({tr("Step"), tr("Time"), tr("Detail")});
    m_timeline->header()->setSectionResizeMode(StepColumn, QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_timeline->setSelectionMode(QAbstractItemView::NoSelection);
    m_timeline->setFocusPolicy(Qt::NoFocus);
    for (LaunchStep step : allSteps) {
        auto *item = new QTreeWidgetItem(m_timeline, {stepTitle(step), QString(), QString()});
        item->setIcon(StepColumn, blankIcon());
        item->setData(StepColumn, Qt::UserRole, int(step));
    }
}

void LaunchView::connectButtons()
{
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_launcher)
            m_launcher->cancel();
    });
    connect(m_copyId, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_outcome.machine.value(u"id"_s).toString()); });
    connect(m_dashboard, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl(u"https://fly.io/apps/%1/machines"_s.arg(m_appName)));
    });
    connect(m_another, &QPushButton::clicked, this, &LaunchView::anotherRequested);
    connect(m_console, &QPushButton::clicked, this, &LaunchView::openConsoleRequested);
    connect(m_endSession, &QPushButton::clicked, this, [this] {
        m_endSession->setEnabled(false);
        Q_EMIT endSessionRequested();
    });
    connect(m_retry, &QPushButton::clicked, this, &LaunchView::retryRequested);
    connect(m_back, &QPushButton::clicked, this, [this] { Q_EMIT backToWizard(QString()); });
    connect(m_fix, &QPushButton::clicked, this, [this] { Q_EMIT backToWizard(m_outcome.diagnosis ? m_outcome.diagnosis->field : QString()); });
}

void LaunchView::follow(Launcher *launcher, const QString &appName, bool shell, bool consoleAvailable)
{
    if (m_launcher)
        disconnect(m_launcher, nullptr, this, nullptr); // it goes on, in the tray's list
    m_launcher = launcher;
    m_shell = shell;
    m_consoleAvailable = consoleAvailable;
    m_appName = appName;
    m_outcome = {};
    m_statuses.clear();
    m_log->clear();
    m_result->clear();
    for (int row = 0; row < m_timeline->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_timeline->topLevelItem(row);
        item->setIcon(StepColumn, blankIcon());
        item->setText(TimeColumn, QString());
        item->setText(DetailColumn, QString());
        item->setData(StepColumn, Qt::AccessibleDescriptionRole, tr("waiting"));
    }
    m_machineLog->clear();
    // A launch under way (shown again from the tray): what it did so far, then what comes.
    for (const StepEvent &event : launcher->events())
        onStep(event);
    m_stepOffsetMs = launcher->stepElapsedMs();
    const auto followLog = [this, launcher, appName](const QJsonObject &machine) {
        const QString id = machine.value(u"id"_s).toString();
        if (LogStream *stream = launcher->logStream())
            m_machineLog->follow(stream, id, launcher->logLines());
        else
            m_machineLog->follow(launcher->api(), appName, id);
    };
    if (!launcher->knownMachine().isEmpty())
        followLog(launcher->knownMachine());
    connect(launcher, &Launcher::machineKnown, this, followLog);
    connect(launcher, &Launcher::stepChanged, this, &LaunchView::onStep);
    connect(launcher, &Launcher::finished, this, &LaunchView::onFinished);
    m_heading->setText(tr("Launching a Machine in %1…").arg(appName));
    setState(State::Running);
    if (launcher->isFinished())
        onFinished(launcher->outcome());
}

StepEvent::Status LaunchView::stepStatus(LaunchStep step) const
{
    return m_statuses.value(int(step), StepEvent::Status::Running);
}

bool LaunchView::stepSeen(LaunchStep step) const
{
    return m_statuses.contains(int(step));
}

void LaunchView::onStep(const StepEvent &event)
{
    QTreeWidgetItem *item = m_timeline->topLevelItem(int(event.step));
    if (!item)
        return;
    if (event.status != StepEvent::Status::Progress)
        m_statuses.insert(int(event.step), event.status);
    else if (!m_statuses.contains(int(event.step)))
        m_statuses.insert(int(event.step), StepEvent::Status::Running);
    StateIcon icon = StateIcon::Running;
    QString description = tr("running");
    switch (m_statuses.value(int(event.step))) {
    case StepEvent::Status::Running:
    case StepEvent::Status::Progress:
        if (event.status == StepEvent::Status::Running) { // a progress line does not restart the step's clock
            m_current = event.step;
            m_stepClock.restart();
            m_stepOffsetMs = 0;
        }
        break;
    case StepEvent::Status::Done:
        icon = StateIcon::Complete;
        description = tr("done");
        break;
    case StepEvent::Status::Skipped:
        icon = StateIcon::Skipped;
        description = tr("skipped");
        break;
    case StepEvent::Status::Failed:
        icon = StateIcon::Failed;
        description = tr("failed");
        break;
    case StepEvent::Status::Cancelled:
        icon = StateIcon::Cancelled;
        description = tr("cancelled");
        break;
    }
    item->setIcon(StepColumn, stateIcon(icon));
    item->setData(StepColumn, Qt::AccessibleDescriptionRole, description);
    if (event.status != StepEvent::Status::Running && event.status != StepEvent::Status::Progress)
        item->setText(TimeColumn, seconds(event.durationMs));
    if (!event.detail.isEmpty()) {
        item->setText(DetailColumn, event.detail.section(u'\n', 0, 0));
        m_log->appendPlainText(u"[%1] %2"_s.arg(stepTitle(event.step), event.detail));
    }
}

void LaunchView::tick()
{
    if (m_state != State::Running)
        return;
    if (QTreeWidgetItem *item = m_timeline->topLevelItem(int(m_current)); item && stepStatus(m_current) == StepEvent::Status::Running)
        item->setText(TimeColumn, seconds(m_stepOffsetMs + m_stepClock.elapsed()));
}

void LaunchView::onFinished(const LaunchOutcome &outcome)
{
    m_outcome = outcome;
    m_appName = outcome.appName.isEmpty() ? m_appName : outcome.appName;
    const QJsonObject &machine = outcome.machine;
    const QString id = machine.value(u"id"_s).toString();
    if (outcome.succeeded) {
        m_heading->setText(m_shell ? tr("The shell Machine is %1").arg(machine.value(u"state"_s).toString())
                                   : tr("The Machine is %1").arg(machine.value(u"state"_s).toString()));
        m_result->setText(tr("<b>Machine</b> %1 (%2) in %3 — state %4, private IP %5")
                              .arg(id.toHtmlEscaped(), machine.value(u"name"_s).toString().toHtmlEscaped(),
                                   machine.value(u"region"_s).toString().toHtmlEscaped(), machine.value(u"state"_s).toString().toHtmlEscaped(),
                                   machine.value(u"private_ip"_s).toString().toHtmlEscaped()));
        setState(State::Succeeded);
        return;
    }
    QString text;
    if (outcome.cancelled) {
        m_heading->setText(tr("Launch cancelled"));
    } else {
        m_heading->setText(tr("The Machine did not start"));
        if (outcome.diagnosis)
            text = u"<b>%1</b><br>%2"_s.arg(outcome.diagnosis->summary.toHtmlEscaped(), outcome.diagnosis->hint.toHtmlEscaped());
    }
    if (!outcome.existing.isEmpty())
        text += u"<br>"_s + tr("What exists now because of this launch: %1").arg(outcome.existing.join(u", "_s).toHtmlEscaped());
    m_result->setText(text);
    const QString field = outcome.diagnosis ? outcome.diagnosis->field : QString();
    const QString place = m_fieldPlace ? m_fieldPlace(field) : QString();
    m_fix->setText(place.isEmpty() ? tr("&Change %1").arg(field) : tr("&Change it on the %1 step").arg(place));
    setState(outcome.cancelled ? State::Cancelled : State::Failed);
}

void LaunchView::showShellEnded(bool destroyed, const QString &message)
{
    m_result->setText(m_result->text() + u"<br>"_s + message.toHtmlEscaped());
    m_endSession->setEnabled(!destroyed);
    m_console->setEnabled(false);
    if (destroyed)
        m_heading->setText(tr("The shell session is over"));
}

void LaunchView::setState(State state)
{
    m_state = state;
    const bool running = state == State::Running;
    const bool succeeded = state == State::Succeeded;
    const bool failed = state == State::Failed || state == State::Cancelled;
    m_cancel->setVisible(running);
    m_copyId->setVisible(succeeded);
    m_dashboard->setVisible(succeeded);
    m_fix->setVisible(state == State::Failed && m_outcome.diagnosis && !m_outcome.diagnosis->field.isEmpty());
    m_retry->setVisible(failed);
    // A shell Machine: flyctl's console when it is installed, and the end of the session.
    m_console->setVisible(succeeded && m_shell);
    m_console->setEnabled(m_consoleAvailable);
    m_console->setToolTip(m_consoleAvailable ? tr("fly ssh console, in a terminal") : tr("Install flyctl to open a console from here"));
    m_endSession->setVisible(succeeded && m_shell);
    m_endSession->setEnabled(true);
    m_another->setVisible(succeeded && !m_shell);
    m_result->setVisible(!running && !m_result->text().isEmpty());
    if (running)
        m_clock->start();
    else
        m_clock->stop();
    Q_EMIT stateChanged(state);
}

} // namespace Flightdeck::Ui
