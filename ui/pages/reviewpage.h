#pragma once

#include "wizard/steppage.h"

class QListWidget;
class QPlainTextEdit;

namespace Flightdeck::Ui {

// Every error and warning with a link to its step, and the equivalent
// `fly machine run` command with a copy button.
class ReviewPage final : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    explicit ReviewPage(RunSpecDocument *document, QWidget *parent = nullptr);
    QString title() const override;
    QStringList fieldPrefixes() const override;
    void listIssues(const Issues &issues);

Q_SIGNALS:
    void issueActivated(const QString &field);

protected:
    void readSpec(const RunSpec &spec) override;

private:
    QListWidget *m_issues;
    QPlainTextEdit *m_command;
};

} // namespace Flightdeck::Ui
