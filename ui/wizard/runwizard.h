#pragma once

#include "app/spec/issue.h"

#include <QList>
#include <QSet>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace Flightdeck {
class AppSettings;
class RunSpecDocument;
}

namespace Flightdeck::Ui {

class ApiSession;
class StepPage;
class ReviewPage;

// The steps of `fly machine run`, one page each, beside a list that shows each
// step's state (untouched, complete, has errors) and jumps to any step. Next
// refuses to leave a step with errors and says why, never silently.
class RunWizard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunWizard)

public:
    enum class StepState { Untouched, Complete, HasErrors };

    RunWizard(RunSpecDocument *document, ApiSession *session, AppSettings *settings, QWidget *parent = nullptr);

    int currentStep() const;
    int stepCount() const;
    StepState stepState(int step) const;
    void goToStep(int step);
    // The step that owns a validation field id, or -1.
    int stepForField(const QString &field) const;
    bool next(); // false, with the reason shown, when the step has errors
    void back();
    StepPage *page(int step) const { return m_pages.value(step); }
    // Every problem a launch would meet: the spec's, and what the pages know
    // beyond it (a missing token, a taken app name).
    Issues issues() const;

Q_SIGNALS:
    // Review's "Create and start" / "Create only".
    void launchRequested(bool createOnly);
    void copyRequestRequested();

protected:
    // The keyboard contract: Enter in a field goes to the next step (on
    // Review: Create and start); Escape leaves the field for the step list.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void addStep(StepPage *page);
    void validate();
    Issues pageIssues() const;
    void updateStepList();

    RunSpecDocument *m_document;
    QListWidget *m_stepList;
    QStackedWidget *m_stack;
    QLabel *m_blocked;
    QPushButton *m_back;
    QPushButton *m_next;
    QList<StepPage *> m_pages;
    ReviewPage *m_review = nullptr;
    QSet<int> m_touched; // steps the user edited, tried to leave, or left
    QList<int> m_errors; // per step
};

} // namespace Flightdeck::Ui
