#include "ui/pages/commandpage.h"

#include "ui/widgets/argumentsedit.h"
#include "ui/widgets/statuscolors.h"

#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

CommandPage::CommandPage(RunSpecDocument *document, QWidget *parent)
    : StepPage(document, fields(), parent)
    , m_cmd(new ArgumentsEdit(u"cmd"_s, tr("Command"), this))
    , m_entrypoint(new ArgumentsEdit(u"entrypoint"_s, tr("Entrypoint"), this))
    , m_syntax(new QLabel(this))
{
    m_cmd->setPlaceholderText(tr("empty: the image's CMD"));
    m_cmd->setJsonKey(u"cmd"_s);
    m_entrypoint->setPlaceholderText(tr("empty: the image's ENTRYPOINT"));
    m_entrypoint->setJsonKey(u"entrypoint"_s);
    m_syntax->setObjectName(u"commandSyntaxMessage"_s);
    m_syntax->setVisible(false);
    StatusColors::setTextRole(m_syntax, StatusColors::Role::Error);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Command:"), m_cmd);
    form->addRow(QString(), addMessage(u"cmd"_s, m_cmd));
    form->addRow(tr("&Entrypoint:"), m_entrypoint);
    form->addRow(QString(), addMessage(u"init.entrypoint"_s, m_entrypoint));
    form->addRow(QString(), m_syntax);
    auto *hint = new QLabel(tr("Write them as in a shell — quotes keep spaces, for example  sh -c 'echo hello' — or switch to List and "
                               "give one argument per row."),
                            this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);

    readSpec(spec());
    connect(m_cmd, &ArgumentsEdit::wordsEdited, this, [this](const QStringList &words) { edit([&](RunSpec &s) { s.cmd = words; }); });
    connect(m_entrypoint, &ArgumentsEdit::wordsEdited, this, [this](const QStringList &words) { edit([&](RunSpec &s) { s.entrypoint = words; }); });
    connect(m_cmd, &ArgumentsEdit::syntaxProblem, this, [this](const QString &message) { showSyntaxProblem(tr("Command"), message); });
    connect(m_entrypoint, &ArgumentsEdit::syntaxProblem, this, [this](const QString &message) { showSyntaxProblem(tr("Entrypoint"), message); });
}

QString CommandPage::title()
{
    return tr("Command");
}

QStringList CommandPage::fields()
{
    return {u"cmd"_s, u"init.entrypoint"_s};
}

void CommandPage::showSyntaxProblem(const QString &what, const QString &message)
{
    // An unfinished quote is shown, not applied: nothing typed is lost.
    m_syntax->setText(message.isEmpty() ? QString() : tr("%1: %2").arg(what, message));
    m_syntax->setVisible(!message.isEmpty());
}

void CommandPage::readSpec(const RunSpec &s)
{
    m_cmd->setWords(s.cmd);
    m_entrypoint->setWords(s.entrypoint);
}

} // namespace Flightdeck::Ui
