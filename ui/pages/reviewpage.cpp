#include "ui/pages/reviewpage.h"

#include "app/launch/preflight.h"
#include "app/spec/flyflags.h"
#include "app/spec/specsummary.h"
#include "ui/history/requestdiffview.h"
#include "ui/session/apisession.h"
#include "ui/widgets/checklistview.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

ReviewPage::ReviewPage(RunSpecDocument *document, ApiSession *session, QWidget *parent)
    : StepPage(document, fields(), parent)
    , m_issuesLabel(new QLabel(tr("&Problems (double-click one to go to its step):"), this))
    , m_issues(new QListWidget(this))
    , m_summaryLabel(new QLabel(tr("&What launching creates (double-click a line to change it):"), this))
    , m_summary(new QListWidget(this))
    , m_diffLabel(new QLabel(this))
    , m_diff(new RequestDiffView(this))
    , m_leaveUpdate(new QPushButton(tr("Create a ne&w Machine instead"), this))
    , m_preflight(new Preflight(session->api(), this))
    , m_checklist(new ChecklistView(this))
    , m_checksState(new QLabel(this))
    , m_checkAgain(new QPushButton(tr("Chec&k again"), this))
    , m_recheck(new QTimer(this))
    , m_commandLabel(new QLabel(tr("The same Machine with flyctl:"), this))
    , m_command(new QPlainTextEdit(this))
    , m_copyCommand(new QPushButton(tr("&Copy command"), this))
    , m_copyCurl(new QPushButton(tr("Copy as c&url"), this))
    , m_readiness(new QLabel(this))
    , m_createAndStart(new QPushButton(tr("Create and &start"), this))
    , m_createOnly(new QPushButton(tr("Create &only"), this))
{
    m_issues->setObjectName(u"reviewIssues"_s);
    m_issues->setWordWrap(true); // a long problem takes lines, not the width
    m_issues->setTextElideMode(Qt::ElideNone);
    m_issues->setAccessibleName(tr("Problems to fix before launching"));
    m_issues->setMaximumHeight(160);
    m_issuesLabel->setBuddy(m_issues);
    m_summary->setObjectName(u"reviewSummary"_s);
    m_summary->setAccessibleName(tr("What launching creates"));
    m_summary->setWordWrap(true);
    m_summary->setSpacing(2);
    m_summary->setSelectionMode(QAbstractItemView::SingleSelection);
    m_checklist->setObjectName(u"preflightChecks"_s);
    m_checksState->setObjectName(u"preflightState"_s);
    m_checkAgain->setObjectName(u"checkAgainButton"_s);
    m_checkAgain->setToolTip(tr("Ask the platform again about the token, the app, the region, the volumes, the secrets and the image"));
    m_command->setObjectName(u"reviewCommand"_s);
    m_command->setAccessibleName(tr("The equivalent fly machine run command"));
    m_command->setReadOnly(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setMaximumHeight(110);
    m_copyCommand->setObjectName(u"copyCommandButton"_s);
    auto *copyJson = new QPushButton(tr("Copy the request &JSON"), this);
    copyJson->setObjectName(u"copyJsonButton"_s);
    m_copyCurl->setObjectName(u"copyCurlButton"_s);
    m_copyCurl->setToolTip(tr("The exact request as a curl command; it reads the token from $FLY_API_TOKEN when it runs"));
    m_readiness->setObjectName(u"launchReadiness"_s);
    m_readiness->setWordWrap(true);
    m_createAndStart->setObjectName(u"createAndStartButton"_s);
    m_createOnly->setObjectName(u"createOnlyButton"_s);
    m_createOnly->setToolTip(tr("Create the Machine stopped, to start it later"));

    auto *copies = new QHBoxLayout;
    copies->addWidget(m_leaveUpdate); // in update mode, where the copies of a create are hidden
    copies->addStretch();
    copies->addWidget(copyJson);
    copies->addWidget(m_copyCurl);
    copies->addWidget(m_copyCommand);
    auto *launch = new QHBoxLayout;
    launch->addWidget(m_readiness, 1);
    launch->addWidget(m_createOnly);
    launch->addWidget(m_createAndStart);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_issuesLabel);
    layout->addWidget(m_issues);
    m_summaryLabel->setBuddy(m_summary);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_summary, 1);
    m_diffLabel->setObjectName(u"updateDiffLabel"_s);
    m_diffLabel->setWordWrap(true);
    m_diff->setObjectName(u"updateDiff"_s);
    m_diff->setMinimumHeight(220);
    m_leaveUpdate->setObjectName(u"leaveUpdateButton"_s);
    m_leaveUpdate->setToolTip(tr("Keep these settings, and create a new Machine with them instead of updating this one"));
    layout->addWidget(m_diffLabel);
    layout->addWidget(m_diff, 2);
    auto *checksHeader = new QHBoxLayout;
    auto *checksLabel = new QLabel(tr("Checked with the platform before anything is created:"), this);
    checksLabel->setWordWrap(true);
    checksHeader->addWidget(checksLabel, 1);
    checksHeader->addWidget(m_checkAgain);
    layout->addLayout(checksHeader);
    layout->addWidget(m_checklist);
    layout->addWidget(m_checksState);
    m_commandLabel->setBuddy(m_command);
    layout->addWidget(m_commandLabel);
    layout->addWidget(m_command);
    layout->addLayout(copies);
    layout->addLayout(launch);
    // Tab goes as the buttons stand, left to right.
    setTabOrder({copyJson, m_copyCurl, m_copyCommand});

    connect(m_checkAgain, &QPushButton::clicked, this, [this] { m_preflight->run(spec()); });
    m_recheck->setSingleShot(true);
    m_recheck->setInterval(800);
    connect(m_recheck, &QTimer::timeout, this, [this] { m_preflight->run(spec()); });
    connect(m_preflight, &Preflight::changed, this, &ReviewPage::showChecks);
    connect(m_checklist, &ChecklistView::fieldActivated, this, &ReviewPage::issueActivated);
    connect(m_copyCommand, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_command->toPlainText()); });
    connect(copyJson, &QPushButton::clicked, this, &ReviewPage::copyRequestRequested);
    connect(m_copyCurl, &QPushButton::clicked, this, &ReviewPage::copyCurlRequested);
    connect(m_leaveUpdate, &QPushButton::clicked, this, &ReviewPage::leaveUpdateRequested);
    connect(m_createAndStart, &QPushButton::clicked, this, [this] { Q_EMIT launchRequested(false); });
    connect(m_createOnly, &QPushButton::clicked, this, [this] { Q_EMIT launchRequested(true); });
    // Queued: the Enter that activated a line has left the list before the
    // step changes, so it cannot also press Next on the step it leads to.
    for (QListWidget *list : {m_issues, m_summary}) {
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { Q_EMIT issueActivated(item->data(Qt::UserRole).toString()); },
                Qt::QueuedConnection);
    }
    readSpec(spec());
    showMode();
}

QString ReviewPage::title()
{
    return tr("Review");
}

QStringList ReviewPage::fields()
{
    return {};
}

void ReviewPage::listIssues(const Issues &issues)
{
    m_issues->clear();
    for (const Issue &issue : issues) {
        auto *item = new QListWidgetItem(u"%1 — %2: %3"_s.arg(issue.isError() ? tr("Error") : tr("Warning"), issue.field, issue.message), m_issues);
        item->setData(Qt::UserRole, issue.field);
    }
    // Problems first, and only when there are any.
    m_issuesLabel->setVisible(!issues.isEmpty());
    m_issues->setVisible(!issues.isEmpty());
    m_errors = int(std::count_if(issues.cbegin(), issues.cend(), [](const Issue &issue) { return issue.isError(); }));
    updateReadiness();
}

void ReviewPage::shown()
{
    m_recheck->stop();
    m_preflight->run(spec());
}

void ReviewPage::showChecks()
{
    const QList<Preflight::Check> &checks = m_preflight->checks();
    m_checklist->setChecks(checks);
    const auto count = [&checks](Preflight::State state) {
        return int(std::count_if(checks.cbegin(), checks.cend(), [state](const Preflight::Check &check) { return check.state == state; }));
    };
    if (m_preflight->isRunning())
        m_checksState->setText(tr("Asking the platform…"));
    else if (count(Preflight::State::Unknown) > 0)
        m_checksState->setText(tr("%n check(s) could not be made; the platform decides at launch.", nullptr, count(Preflight::State::Unknown)));
    else
        m_checksState->clear();
    m_checksState->setVisible(!m_checksState->text().isEmpty());
    updateReadiness();
}

void ReviewPage::updateReadiness()
{
    const QList<Preflight::Check> &checks = m_preflight->checks();
    const int failed = int(std::count_if(checks.cbegin(), checks.cend(), [](const Preflight::Check &check) { return check.state == Preflight::State::Failed; }));
    const bool blocked = m_errors > 0 || (m_update && !m_update->problem.isEmpty());
    m_createAndStart->setEnabled(!blocked);
    m_createOnly->setEnabled(!blocked);
    if (m_errors > 0)
        m_readiness->setText(tr("Fix the %n error(s) above to launch.", nullptr, m_errors));
    else if (m_update && !m_update->problem.isEmpty())
        m_readiness->setText(m_update->problem);
    else if (m_update && failed > 0)
        m_readiness->setText(tr("%n check(s) with the platform failed: the update would likely fail.", nullptr, failed));
    else if (m_update)
        m_readiness->setText(m_update->current == m_update->next ? tr("Nothing changes yet: the update would send the config the Machine has.")
                                                                 : tr("Ready to update."));
    else if (failed > 0)
        m_readiness->setText(tr("%n check(s) with the platform failed: the launch would likely fail.", nullptr, failed));
    else
        m_readiness->setText(tr("Ready to launch."));
}

void ReviewPage::setSummaryContext(const SummaryContext &context)
{
    if (context.appExists == m_context.appExists)
        return;
    m_context = context;
    showSummary(spec());
}

void ReviewPage::showSummary(const RunSpec &s)
{
    const QList<SummaryLine> lines = summarize(s, m_context);
    m_summary->clear();
    for (const SummaryLine &line : lines) {
        auto *item = new QListWidgetItem(line.text, m_summary);
        item->setData(Qt::UserRole, line.field);
    }
}

void ReviewPage::readSpec(const RunSpec &s)
{
    showSummary(s);
    if (isVisible() && !m_preflight->checks().isEmpty())
        m_recheck->start();
    const FlyFlags::WriteResult written = FlyFlags::write(s);
    QString text = written.commandLine;
    if (!written.notes.isEmpty())
        text += u"\n# "_s + written.notes.join(u"\n# "_s);
    if (m_command->toPlainText() != text)
        m_command->setPlainText(text);
}

void ReviewPage::setUpdate(const std::optional<UpdateReview> &update)
{
    const bool modeChanged = update.has_value() != m_update.has_value() || (update && update->machineId != m_update->machineId);
    m_update = update;
    m_preflight->setUpdating(update ? update->machineId : QString());
    if (update)
        m_diff->compare(tr("What %1 runs now").arg(update->machine), update->current, tr("After the update"), update->next);
    if (modeChanged) {
        showMode();
        if (isVisible())
            m_preflight->run(spec());
    }
    updateReadiness();
}

// Create mode: what launching creates, the flyctl command, Create and start
// or Create only. Update mode: the difference, and Update.
void ReviewPage::showMode()
{
    const bool updating = m_update.has_value();
    m_summaryLabel->setVisible(!updating);
    m_summary->setVisible(!updating);
    m_diffLabel->setVisible(updating);
    m_diff->setVisible(updating);
    m_leaveUpdate->setVisible(updating);
    // `fly machine run` and its curl create a Machine; neither says what an update sends.
    for (QWidget *widget : std::initializer_list<QWidget *>{m_commandLabel, m_command, m_copyCommand, m_copyCurl})
        widget->setVisible(!updating);
    m_createOnly->setVisible(!updating);
    if (updating) {
        m_diffLabel->setText(tr("Updating %1: what changes, now on the left, after the update on the right. "
                                "Flightdeck takes the Machine's lease, sends the new config, waits until the Machine runs it and gives the lease back.")
                                 .arg(m_update->machine));
        m_createAndStart->setText(tr("&Update %1").arg(m_update->machine));
        m_createAndStart->setToolTip(tr("Send the new config to this Machine, as fly machine update does"));
    } else {
        m_createAndStart->setText(tr("Create and &start"));
        m_createAndStart->setToolTip(QString());
    }
}

QWidget *ReviewPage::initialFocus() const
{
    return m_createAndStart->isEnabled() ? static_cast<QWidget *>(m_createAndStart) : m_issues;
}

void ReviewPage::launchDefault()
{
    if (m_createAndStart->isEnabled())
        m_createAndStart->click();
}

} // namespace Flightdeck::Ui
