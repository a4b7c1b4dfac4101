#include "pages/reviewpage.h"

#include "spec/flyflags.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

ReviewPage::ReviewPage(RunSpecDocument *document, QWidget *parent)
    : StepPage(document, parent)
    , m_issues(new QListWidget(this))
    , m_command(new QPlainTextEdit(this))
{
    m_issues->setObjectName(u"reviewIssues"_s);
    m_issues->setAccessibleName(tr("Problems to fix before launching"));
    m_command->setObjectName(u"reviewCommand"_s);
    m_command->setAccessibleName(tr("The equivalent fly machine run command"));
    m_command->setReadOnly(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setMaximumHeight(110);
    auto *copy = new QPushButton(tr("&Copy command"), this);
    copy->setObjectName(u"copyCommandButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Problems (double-click one to go to its step):"), this));
    layout->addWidget(m_issues);
    layout->addWidget(new QLabel(tr("The same Machine with flyctl:"), this));
    layout->addWidget(m_command);
    layout->addWidget(copy, 0, Qt::AlignRight);

    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_command->toPlainText()); });
    connect(m_issues, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { Q_EMIT issueActivated(item->data(Qt::UserRole).toString()); });
    readSpec(spec());
}

QString ReviewPage::title() const
{
    return tr("Review");
}

QStringList ReviewPage::fieldPrefixes() const
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
    if (issues.isEmpty())
        new QListWidgetItem(tr("No problems: ready to launch."), m_issues);
}

void ReviewPage::readSpec(const RunSpec &s)
{
    const FlyFlags::WriteResult written = FlyFlags::write(s);
    QString text = written.commandLine;
    if (!written.notes.isEmpty())
        text += u"\n# "_s + written.notes.join(u"\n# "_s);
    if (m_command->toPlainText() != text)
        m_command->setPlainText(text);
}

} // namespace Flightdeck::Ui
