#pragma once

#include "wizard/steppage.h"

class QLineEdit;

namespace Flightdeck::Ui {

// The command and entrypoint, each edited as one shell-like line.
class CommandPage final : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPage)

public:
    explicit CommandPage(RunSpecDocument *document, QWidget *parent = nullptr);
    QString title() const override;
    QStringList fieldPrefixes() const override;

protected:
    void readSpec(const RunSpec &spec) override;

private:
    void write(QLineEdit *edit, QStringList RunSpec::*member);

    QLineEdit *m_cmdEdit;
    QLineEdit *m_entrypointEdit;
    QLabel *m_syntax;
};

} // namespace Flightdeck::Ui
