#pragma once

#include "app/spec/specsummary.h"
#include "ui/wizard/steppage.h"

#include <QJsonObject>

#include <optional>

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
class RequestDiffView;

// Review in update mode: the Machine, what it runs now and what it would run.
struct UpdateReview
{
    QString machine; // "web-1 (e28650c1a…)"
    QString machineId;
    QJsonObject current;
    QJsonObject next;
    QString problem; // why it cannot be sent as an update, or empty
};

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
    // Update mode: "Update" instead of "Create", and the difference it makes. nullopt: create mode.
    void setUpdate(const std::optional<UpdateReview> &update);
    bool isUpdating() const { return m_update.has_value(); }
    // Enter on Review: "Create and start" (or "Update"), when nothing stands in the way.
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
    // "Create a new Machine instead": leave update mode.
    void leaveUpdateRequested();

protected:
    void readSpec(const RunSpec &spec) override;
    void shown() override;

private:
    void showSummary(const RunSpec &spec);
    void showChecks();
    void updateReadiness();
    void showMode();

    QLabel *m_issuesLabel;
    QListWidget *m_issues;
    QLabel *m_summaryLabel;
    QListWidget *m_summary;
    QLabel *m_diffLabel;
    RequestDiffView *m_diff;
    QPushButton *m_leaveUpdate;
    std::optional<UpdateReview> m_update;
    SummaryContext m_context;
    Preflight *m_preflight;
    ChecklistView *m_checklist;
    QLabel *m_checksState;
    QPushButton *m_checkAgain;
    QTimer *m_recheck; // the spec changed while Review shows: check again once it settles
    int m_errors = 0;
    QLabel *m_commandLabel;
    QPlainTextEdit *m_command;
    QPushButton *m_copyCommand;
    QPushButton *m_copyCurl;
    QLabel *m_readiness;
    QPushButton *m_createAndStart;
    QPushButton *m_createOnly;
};

} // namespace Flightdeck::Ui
