#include "pages/commandpage.h"

#include "spec/shellwords.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

CommandPage::CommandPage(RunSpecDocument *document, QWidget *parent)
    : StepPage(document, parent)
    , m_cmdEdit(new QLineEdit(this))
    , m_entrypointEdit(new QLineEdit(this))
    , m_syntax(new QLabel(this))
{
    m_cmdEdit->setObjectName(u"cmdEdit"_s);
    m_cmdEdit->setAccessibleName(tr("Command"));
    m_cmdEdit->setPlaceholderText(tr("empty: the image's CMD"));
    m_entrypointEdit->setObjectName(u"entrypointEdit"_s);
    m_entrypointEdit->setAccessibleName(tr("Entrypoint"));
    m_entrypointEdit->setPlaceholderText(tr("empty: the image's ENTRYPOINT"));
    m_syntax->setObjectName(u"commandSyntaxMessage"_s);
    m_syntax->setVisible(false);
    m_syntax->setStyleSheet(u"color: #c62828;"_s);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Command:"), m_cmdEdit);
    form->addRow(QString(), addMessage(u"cmd"_s, m_cmdEdit));
    form->addRow(tr("&Entrypoint:"), m_entrypointEdit);
    form->addRow(QString(), addMessage(u"init.entrypoint"_s, m_entrypointEdit));
    form->addRow(QString(), m_syntax);
    form->addRow(QString(), new QLabel(tr("Write them as in a shell: quotes keep spaces, for example  sh -c 'echo hello'"), this));

    m_cmdEdit->setProperty("jsonKey", u"cmd"_s);
    m_entrypointEdit->setProperty("jsonKey", u"entrypoint"_s);
    readSpec(spec());
    connect(m_cmdEdit, &QLineEdit::textEdited, this, [this] { write(m_cmdEdit, &RunSpec::cmd); });
    connect(m_entrypointEdit, &QLineEdit::textEdited, this, [this] { write(m_entrypointEdit, &RunSpec::entrypoint); });
}

QString CommandPage::title() const
{
    return tr("Command");
}

QStringList CommandPage::fieldPrefixes() const
{
    return {u"cmd"_s, u"init.entrypoint"_s};
}

void CommandPage::write(QLineEdit *edit, QStringList RunSpec::*member)
{
    QString error;
    const std::optional<QStringList> words = ShellWords::split(edit->text(), &error);
    // An unfinished quote is shown, not applied: nothing typed is lost.
    m_syntax->setText(words ? QString() : tr("%1: %2").arg(edit->accessibleName(), error));
    m_syntax->setVisible(!words);
    if (words)
        this->edit([&](RunSpec &s) { s.*member = *words; });
}

void CommandPage::readSpec(const RunSpec &s)
{
    const auto show = [](QLineEdit *edit, const QStringList &words) {
        if (ShellWords::split(edit->text()).value_or(QStringList{u"\x01"_s}) != words)
            edit->setText(ShellWords::join(words));
    };
    show(m_cmdEdit, s.cmd);
    show(m_entrypointEdit, s.entrypoint);
}

} // namespace Flightdeck::Ui
