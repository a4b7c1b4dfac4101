#include "ui/pages/commandpage.h"

#include "app/spec/shellwords.h"
#include "ui/session/imageinspector.h"
#include "ui/widgets/argumentsedit.h"
#include "ui/widgets/statuscolors.h"

#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

CommandPage::CommandPage(RunSpecDocument *document, ImageInspector *image, QWidget *parent)
    : StepPage(document, fields(), parent)
    , m_cmd(new ArgumentsEdit(u"cmd"_s, tr("Command"), this))
    , m_entrypoint(new ArgumentsEdit(u"entrypoint"_s, tr("Entrypoint"), this))
    , m_syntax(new QLabel(this))
    , m_image(image)
    , m_fromImage(new QLabel(this))
{
    m_cmd->setJsonKey(u"cmd"_s);
    m_entrypoint->setJsonKey(u"entrypoint"_s);
    m_fromImage->setObjectName(u"imageDefaults"_s);
    m_fromImage->setWordWrap(true);
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
    form->addRow(QString(), m_fromImage);

    readSpec(spec());
    showImageDefaults();
    connect(m_image, &ImageInspector::changed, this, &CommandPage::showImageDefaults);
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

void CommandPage::showImageDefaults()
{
    const std::optional<ImageConfig> &image = m_image->config();
    const auto placeholder = [](const std::optional<QStringList> &words, const QString &unknown) {
        if (!words)
            return unknown;
        return words->isEmpty() ? tr("empty: the image has none") : tr("empty: from the image, %1").arg(ShellWords::join(*words));
    };
    m_cmd->setPlaceholderText(placeholder(image ? std::optional(image->cmd) : std::nullopt, tr("empty: the image's CMD")));
    m_entrypoint->setPlaceholderText(placeholder(image ? std::optional(image->entrypoint) : std::nullopt, tr("empty: the image's ENTRYPOINT")));
    QStringList facts;
    if (image && !image->workingDir.isEmpty())
        facts.append(tr("it starts in %1").arg(image->workingDir));
    if (image && !image->user.isEmpty())
        facts.append(tr("it runs as the user %1").arg(image->user));
    m_fromImage->setText(facts.isEmpty() ? QString() : tr("From the image: %1.").arg(facts.join(tr(", "))));
    m_fromImage->setVisible(!facts.isEmpty());
}

void CommandPage::readSpec(const RunSpec &s)
{
    m_cmd->setWords(s.cmd);
    m_entrypoint->setWords(s.entrypoint);
}

} // namespace Flightdeck::Ui
