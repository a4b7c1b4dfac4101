#pragma once

#include "app/spec/specsummary.h"
#include "ui/wizard/steppage.h"

class QLabel;
class QListWidget;
class QPushButton;
class QPlainTextEdit;
class QTimer;

namespace Flightdeck {
class Preflight;
}

namespace Flightdeck::Ui {

class ApiSession;
class ChecklistView;

// Every error and warning with a link to its step, what launching creates in
// words, the pre-flight checks against the platform (run each time the step
// opens, and on demand), the equivalent `fly machine run` command with copy
// buttons, and the two ways to launch: create and start, or create only.
class ReviewPage final : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    ReviewPage(RunSpecDocument *document, ApiSession *session, QWidget *parent = nullptr);
    // The step list shows the title, and validation issues of these fields
    // belong to the step, before the page is built.
    static QString title();
    static QStringList fields();
    void listIssues(const Issues &issues);
    // What the other steps learned from the platform (whether the app exists).
    void setSummaryContext(const SummaryContext &context);
    // Enter on Review: "Create and start", when nothing stands in the way.
    void launchDefault();
    // Create and start, when it may; else the list of what stands in the way.
    QWidget *initialFocus() const override;
    Preflight *preflight() const { return m_preflight; }

Q_SIGNALS:
    void issueActivated(const QString &field);
    void launchRequested(bool createOnly);
    // "Copy request": the window knows how the next launch encodes it.
    void copyRequestRequested();
    void copyCurlRequested();

protected:
    void readSpec(const RunSpec &spec) override;
    void shown() override;

private:
    void showSummary(const RunSpec &spec);
    void showChecks();
    void updateReadiness();

    QLabel *m_issuesLabel;
    QListWidget *m_issues;
    QListWidget *m_summary;
    SummaryContext m_context;
    Preflight *m_preflight;
    ChecklistView *m_checklist;
    QLabel *m_checksState;
    QPushButton *m_checkAgain;
    QTimer *m_recheck; // the spec changed while Review shows: check again once it settles
    int m_errors = 0;
    QPlainTextEdit *m_command;
    QLabel *m_readiness;
    QPushButton *m_createAndStart;
    QPushButton *m_createOnly;
};

} // namespace Flightdeck::Ui
