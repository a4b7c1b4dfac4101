#include "ui/wizard/runwizard.h"

#include "app/spec/runspecdocument.h"
#include "app/spec/validation.h"
#include "ui/pages/accountpage.h"
#include "ui/pages/apppage.h"
#include "ui/pages/commandpage.h"
#include "ui/pages/environmentpage.h"
#include "ui/pages/imagepage.h"
#include "ui/pages/lifecyclepage.h"
#include "ui/pages/regionpage.h"
#include "ui/pages/resourcespage.h"
#include "ui/pages/reviewpage.h"
#include "ui/pages/servicespage.h"
#include "ui/pages/volumespage.h"
#include "ui/session/apisession.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/statuscolors.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

RunWizard::RunWizard(RunSpecDocument *document, ApiSession *session, AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_stepList(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_blocked(new QLabel(this))
    , m_back(new QPushButton(tr("< &Back"), this))
    , m_next(new QPushButton(tr("&Next >"), this))
{
    setObjectName(u"runWizard"_s);
    m_stepList->setObjectName(u"stepList"_s);
    m_stepList->setAccessibleName(tr("Steps"));
    m_stepList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stepList->setIconSize(QSize(16, 16));
    m_blocked->setObjectName(u"nextBlockedReason"_s);
    m_blocked->setWordWrap(true);
    StatusColors::setTextRole(m_blocked, StatusColors::Role::Error);
    m_blocked->setVisible(false);
    m_back->setObjectName(u"backButton"_s);
    m_next->setObjectName(u"nextButton"_s);
    m_back->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_next->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    addStep(new AccountPage(document, session, this));
    addStep(new AppPage(document, session, this));
    addStep(new ImagePage(document, settings, this));
    addStep(new CommandPage(document, this));
    addStep(new RegionPage(document, this));
    addStep(new ResourcesPage(document, this));
    addStep(new ServicesPage(document, this));
    addStep(new VolumesPage(document, session, this));
    addStep(new EnvironmentPage(document, session, this));
    addStep(new LifecyclePage(document, session, this));
    m_review = new ReviewPage(document, this);
    addStep(m_review);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_blocked, 1);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto *right = new QVBoxLayout;
    right->addWidget(m_stack, 1);
    right->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_stepList);
    layout->addLayout(right, 1);

    connect(m_stepList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != currentStep())
            goToStep(row);
    });
    connect(m_next, &QPushButton::clicked, this, &RunWizard::next);
    connect(m_back, &QPushButton::clicked, this, &RunWizard::back);
    connect(m_review, &ReviewPage::issueActivated, this, [this](const QString &field) {
        if (const int step = stepForField(field); step >= 0) {
            m_touched.insert(step); // the user came for its problems: show them
            goToStep(step);
        }
    });
    connect(m_review, &ReviewPage::launchRequested, this, &RunWizard::launchRequested);
    connect(m_review, &ReviewPage::copyRequestRequested, this, &RunWizard::copyRequestRequested);
    // A token that works needs no Account step: go on to the app, unless the user is already elsewhere.
    connect(session, &ApiSession::tokenStateChanged, this, [this, session] {
        if (session->tokenState() == ApiSession::TokenState::Valid && currentStep() == 0 && !m_touched.contains(0))
            goToStep(1);
    });
    connect(m_document, &RunSpecDocument::changed, this, [this] {
        m_touched.insert(currentStep()); // an edit here: its messages may show now
        validate();
    });
    goToStep(0);
    // As wide as the longest step title in this language, with room for the state icon.
    m_stepList->setFixedWidth(m_stepList->sizeHintForColumn(0) + m_stepList->iconSize().width() + 2 * m_stepList->frameWidth() + 16);
    validate();
}

void RunWizard::addStep(StepPage *page)
{
    m_pages.append(page);
    m_errors.append(0);
    // Each page scrolls on its own, so every step stays usable on a small screen.
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(scroll);
    m_stepList->addItem(page->title());
    connect(page, &StepPage::pageIssuesChanged, this, &RunWizard::validate);
}

int RunWizard::currentStep() const
{
    return m_stack->currentIndex();
}

int RunWizard::stepCount() const
{
    return int(m_pages.size());
}

RunWizard::StepState RunWizard::stepState(int step) const
{
    if (!m_touched.contains(step))
        return StepState::Untouched;
    return m_errors.value(step) > 0 ? StepState::HasErrors : StepState::Complete;
}

int RunWizard::stepForField(const QString &field) const
{
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->owns(Issue{Issue::Severity::Error, field, {}}))
            return int(i);
    }
    return -1;
}

void RunWizard::goToStep(int step)
{
    if (step < 0 || step >= stepCount())
        return;
    if (step != currentStep())
        m_touched.insert(currentStep()); // leaving a step shows what it still lacks
    m_stack->setCurrentIndex(step);
    m_stepList->setCurrentRow(step);
    m_blocked->setVisible(false);
    validate();
    // The keyboard follows into the step, unless it is moving through the step list.
    if (QWidget *focus = QApplication::focusWidget(); focus != m_stepList && isAncestorOf(focus)) {
        if (QWidget *first = m_pages.at(step)->initialFocus())
            first->setFocus(Qt::TabFocusReason);
    }
    m_back->setEnabled(step > 0);
    m_next->setEnabled(step + 1 < stepCount());
    updateStepList();
}

bool RunWizard::next()
{
    const int step = currentStep();
    m_touched.insert(step);
    validate();
    if (m_errors.value(step) > 0) {
        m_blocked->setText(tr("Fix the %n problem(s) marked on this step before going on.", nullptr, m_errors.value(step)));
        m_blocked->setVisible(true);
        updateStepList();
        return false;
    }
    goToStep(step + 1);
    return true;
}

void RunWizard::back()
{
    goToStep(currentStep() - 1);
}

void RunWizard::keyPressEvent(QKeyEvent *event)
{
    // Only what a field let through arrives here: line edits, spin boxes,
    // combo boxes and check boxes pass Enter on; buttons, text areas and
    // open popups keep it. A list's Enter activates its item, never more.
    QWidget *focus = QApplication::focusWidget();
    const bool inList = focus && (qobject_cast<QAbstractItemView *>(focus) || qobject_cast<QAbstractItemView *>(focus->parentWidget()));
    const bool inStep = focus && m_stack->isAncestorOf(focus);
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && inStep && !inList
        && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        // Outside a dialog a push button ignores Enter; here it presses the button that has the focus.
        if (auto *button = qobject_cast<QPushButton *>(focus))
            button->click();
        else if (currentStep() == stepCount() - 1)
            m_review->launchDefault();
        else
            next();
        return event->accept();
    }
    if (event->key() == Qt::Key_Escape && inStep && event->modifiers() == Qt::NoModifier) {
        m_stepList->setFocus(Qt::ShortcutFocusReason);
        return event->accept();
    }
    QWidget::keyPressEvent(event);
}

Issues RunWizard::pageIssues() const
{
    Issues issues;
    for (const StepPage *page : std::as_const(m_pages))
        issues += page->pageIssues();
    return issues;
}

Issues RunWizard::issues() const
{
    Validation::Options options;
    options.requireApp = true; // a launch needs one; the preview's edits do not
    return Validation::validate(m_document->spec(), options) + pageIssues();
}

void RunWizard::validate()
{
    const Issues issues = this->issues();
    // A step shows its messages once the user has worked on it or left it,
    // not the moment it opens empty.
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        const int errors = m_pages.at(i)->showIssues(m_touched.contains(int(i)) ? issues : Issues{});
        m_errors[i] = m_touched.contains(int(i)) ? errors : int(std::count_if(issues.cbegin(), issues.cend(), [&](const Issue &issue) {
            return issue.isError() && m_pages.at(i)->owns(issue);
        }));
    }
    m_review->listIssues(issues);
    if (m_blocked->isVisible() && m_errors.value(currentStep()) == 0)
        m_blocked->setVisible(false);
    updateStepList();
}

void RunWizard::updateStepList()
{
    static const QIcon blank = blankIcon(); // untouched steps: every title lines up
    for (int i = 0; i < stepCount(); ++i) {
        QListWidgetItem *item = m_stepList->item(i);
        const StepState state = stepState(i);
        item->setIcon(state == StepState::HasErrors ? stateIcon(StateIcon::Error)
                          : state == StepState::Complete ? stateIcon(StateIcon::Complete)
                                                         : blank);
        const QString stateName = state == StepState::HasErrors ? tr("has errors") : state == StepState::Complete ? tr("complete") : tr("not visited");
        item->setData(Qt::AccessibleDescriptionRole, stateName);
        item->setToolTip(stateName);
    }
}

} // namespace Flightdeck::Ui
