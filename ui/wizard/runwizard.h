#pragma once

#include "app/spec/issue.h"
#include "app/spec/specsummary.h"
#include "ui/pages/reviewpage.h"

#include <QList>
#include <QStringList>
#include <QSet>
#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace Flightdeck {
class AppSettings;
class RunSpecDocument;
}

namespace Flightdeck::Ui {

class ApiSession;
class StepPage;

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
    QString stepTitle(int step) const { return step >= 0 && step < stepCount() ? m_steps.at(step).title : QString(); }
    // The Fly.io documentation page of a step (F1 and "Learn more" open it).
    QUrl stepHelp(int step) const { return step >= 0 && step < stepCount() ? m_steps.at(step).help : QUrl(); }
    void openStepHelp() const;
    // The step's page, built now if it was not yet: a page is built when it
    // is first shown or asked for, so the window opens without building all.
    StepPage *page(int step);
    // Every problem a launch would meet: the spec's, and what the pages know
    // beyond it (a missing token, a taken app name).
    Issues issues() const;
    // What the pages learned from the platform (whether the app exists):
    // the Review's summary and the preview's request line follow it.
    SummaryContext summaryContext() const;
    // Update mode (Review updates an existing Machine), or nullopt for create mode.
    void setUpdate(const std::optional<UpdateReview> &update);

Q_SIGNALS:
    // Review's "Create and start" / "Create only".
    void launchRequested(bool createOnly);
    void copyRequestRequested();
    void copyCurlRequested();
    void summaryContextChanged();
    void leaveUpdateRequested();

protected:
    // The keyboard contract: Enter in a field goes to the next step (on
    // Review: Create and start); Escape leaves the field for the step list.
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Step
    {
        QString title;
        QString explanation; // what the step decides, and what happens when it is left empty
        QUrl help;
        QStringList fields;
        std::function<StepPage *()> create;
        StepPage *page = nullptr;
        QScrollArea *scroll = nullptr; // in the stack from the start; the page comes into it
    };
    template<typename Page, typename... Arguments>
    void addStep(const QString &explanation, const QUrl &help, Arguments... arguments);
    void addSteps(RunSpecDocument *document, ApiSession *session, AppSettings *settings);
    void showStepHeader(int step);
    // The keyboard into the current step's first field.
    void focusStep();
    void build(int index);
    void connectReview(ReviewPage *review);
    void validate();
    Issues pageIssues() const;
    void updateStepList();

    RunSpecDocument *m_document;
    QListWidget *m_stepList;
    QLabel *m_stepTitle;
    QLabel *m_stepExplanation;
    QStackedWidget *m_stack;
    QLabel *m_blocked;
    QPushButton *m_back;
    QPushButton *m_next;
    QList<Step> m_steps;
    ReviewPage *m_review = nullptr; // once built
    std::optional<UpdateReview> m_update;
    SummaryContext m_context; // as last announced
    QSet<int> m_touched; // steps the user edited, tried to leave, or left
    QList<int> m_errors; // per step
};

} // namespace Flightdeck::Ui
