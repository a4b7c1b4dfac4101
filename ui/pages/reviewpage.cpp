#include "ui/pages/reviewpage.h"

#include "app/spec/flyflags.h"
#include "app/spec/specsummary.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

ReviewPage::ReviewPage(RunSpecDocument *document, QWidget *parent)
    : StepPage(document, fields(), parent)
    , m_issuesLabel(new QLabel(tr("&Problems (double-click one to go to its step):"), this))
    , m_issues(new QListWidget(this))
    , m_summary(new QListWidget(this))
    , m_command(new QPlainTextEdit(this))
    , m_readiness(new QLabel(this))
    , m_createAndStart(new QPushButton(tr("Create and &start"), this))
    , m_createOnly(new QPushButton(tr("Create &only"), this))
{
    m_issues->setObjectName(u"reviewIssues"_s);
    m_issues->setAccessibleName(tr("Problems to fix before launching"));
    m_issues->setMaximumHeight(160);
    m_issuesLabel->setBuddy(m_issues);
    m_summary->setObjectName(u"reviewSummary"_s);
    m_summary->setAccessibleName(tr("What launching creates"));
    m_summary->setWordWrap(true);
    m_summary->setSpacing(2);
    m_summary->setSelectionMode(QAbstractItemView::SingleSelection);
    m_command->setObjectName(u"reviewCommand"_s);
    m_command->setAccessibleName(tr("The equivalent fly machine run command"));
    m_command->setReadOnly(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setMaximumHeight(110);
    auto *copy = new QPushButton(tr("&Copy command"), this);
    copy->setObjectName(u"copyCommandButton"_s);
    auto *copyJson = new QPushButton(tr("Copy the request &JSON"), this);
    copyJson->setObjectName(u"copyJsonButton"_s);
    auto *copyCurl = new QPushButton(tr("Copy as c&url"), this);
    copyCurl->setObjectName(u"copyCurlButton"_s);
    copyCurl->setToolTip(tr("The exact request as a curl command; it reads the token from $FLY_API_TOKEN when it runs"));
    m_readiness->setObjectName(u"launchReadiness"_s);
    m_readiness->setWordWrap(true);
    m_createAndStart->setObjectName(u"createAndStartButton"_s);
    m_createOnly->setObjectName(u"createOnlyButton"_s);
    m_createOnly->setToolTip(tr("Create the Machine stopped, to start it later"));

    auto *copies = new QHBoxLayout;
    copies->addStretch();
    copies->addWidget(copyJson);
    copies->addWidget(copyCurl);
    copies->addWidget(copy);
    auto *launch = new QHBoxLayout;
    launch->addWidget(m_readiness, 1);
    launch->addWidget(m_createOnly);
    launch->addWidget(m_createAndStart);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_issuesLabel);
    layout->addWidget(m_issues);
    auto *summaryLabel = new QLabel(tr("&What launching creates (double-click a line to change it):"), this);
    summaryLabel->setBuddy(m_summary);
    layout->addWidget(summaryLabel);
    layout->addWidget(m_summary, 1);
    auto *commandLabel = new QLabel(tr("The same Machine with flyctl:"), this);
    commandLabel->setBuddy(m_command);
    layout->addWidget(commandLabel);
    layout->addWidget(m_command);
    layout->addLayout(copies);
    layout->addLayout(launch);

    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_command->toPlainText()); });
    connect(copyJson, &QPushButton::clicked, this, &ReviewPage::copyRequestRequested);
    connect(copyCurl, &QPushButton::clicked, this, &ReviewPage::copyCurlRequested);
    connect(m_createAndStart, &QPushButton::clicked, this, [this] { Q_EMIT launchRequested(false); });
    connect(m_createOnly, &QPushButton::clicked, this, [this] { Q_EMIT launchRequested(true); });
    // Queued: the Enter that activated a line has left the list before the
    // step changes, so it cannot also press Next on the step it leads to.
    for (QListWidget *list : {m_issues, m_summary}) {
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { Q_EMIT issueActivated(item->data(Qt::UserRole).toString()); },
                Qt::QueuedConnection);
    }
    readSpec(spec());
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
    const qsizetype errors = std::count_if(issues.cbegin(), issues.cend(), [](const Issue &issue) { return issue.isError(); });
    m_createAndStart->setEnabled(errors == 0);
    m_createOnly->setEnabled(errors == 0);
    m_readiness->setText(errors == 0 ? tr("Ready to launch.") : tr("Fix the %n error(s) above to launch.", nullptr, int(errors)));
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
    const FlyFlags::WriteResult written = FlyFlags::write(s);
    QString text = written.commandLine;
    if (!written.notes.isEmpty())
        text += u"\n# "_s + written.notes.join(u"\n# "_s);
    if (m_command->toPlainText() != text)
        m_command->setPlainText(text);
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
