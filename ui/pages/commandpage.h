#pragma once

#include "ui/wizard/steppage.h"

namespace Flightdeck::Ui {

class ArgumentsEdit;

// The command and entrypoint, each edited as one shell-like line or as a
// list of arguments.
class CommandPage final : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPage)

public:
    explicit CommandPage(RunSpecDocument *document, QWidget *parent = nullptr);
    // The step list shows the title, and validation issues of these fields
    // belong to the step, before the page is built.
    static QString title();
    static QStringList fields();

protected:
    void readSpec(const RunSpec &spec) override;

private:
    void showSyntaxProblem(const QString &what, const QString &message);

    ArgumentsEdit *m_cmd;
    ArgumentsEdit *m_entrypoint;
    QLabel *m_syntax;
};

} // namespace Flightdeck::Ui
