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
#include "ui/session/imageinspector.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/statuscolors.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QFormLayout>
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
    , m_stepTitle(new QLabel(this))
    , m_stepExplanation(new QLabel(this))
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

    m_stepTitle->setObjectName(u"stepTitle"_s);
    QFont titleFont = m_stepTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_stepTitle->setFont(titleFont);
    m_stepExplanation->setObjectName(u"stepExplanation"_s);
    m_stepExplanation->setWordWrap(true);
    m_stepExplanation->setTextFormat(Qt::RichText);
    m_stepExplanation->setOpenExternalLinks(true);

    addSteps(document, session, settings);
    // Account and App are where the window opens, and know problems the spec
    // cannot show (a missing token, a taken app name): built at once.
    build(0);
    build(1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_blocked, 1);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto *right = new QVBoxLayout;
    right->addWidget(m_stepTitle);
    right->addWidget(m_stepExplanation);
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
    // Between steps from anywhere in the window, as browsers and tabbed views do.
    auto *previousStep = new QAction(tr("Previous step"), this);
    previousStep->setObjectName(u"previousStepAction"_s);
    previousStep->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    connect(previousStep, &QAction::triggered, this, &RunWizard::back);
    auto *nextStep = new QAction(tr("Next step"), this);
    nextStep->setObjectName(u"nextStepAction"_s);
    nextStep->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    connect(nextStep, &QAction::triggered, this, &RunWizard::next);
    addActions({previousStep, nextStep});
    // A token that works needs no Account step: go on to the app, unless the user is already elsewhere.
    connect(session, &ApiSession::tokenStateChanged, this, [this, session] {
        if (session->tokenState() == ApiSession::TokenState::Valid && currentStep() == 0 && !m_touched.contains(0)) {
            goToStep(1);
            focusStep(); // nobody has typed yet: the keyboard belongs in the new step
        }
    });
    connect(m_document, &RunSpecDocument::changed, this, [this] {
        m_touched.insert(currentStep()); // an edit here: its messages may show now
        validate();
    });
    goToStep(0);
    focusStep();
    // As wide as the longest step title in this language, with room for the state icon.
    m_stepList->setFixedWidth(m_stepList->sizeHintForColumn(0) + m_stepList->iconSize().width() + 2 * m_stepList->frameWidth() + 16);
    validate();
}

void RunWizard::addSteps(RunSpecDocument *document, ApiSession *session, AppSettings *settings)
{
    const auto docs = [](const char *page) { return QUrl(u"https://fly.io/docs/"_s + QLatin1StringView(page)); };
    auto *image = new ImageInspector(document, session, this);
    addStep<AccountPage>(tr("Flightdeck talks to Fly.io with your API token. It takes the one in FLY_API_TOKEN or flyctl's configuration, "
                            "else the one kept in the system keychain; a token entered here is kept there."),
                         docs("security/tokens/"), document, session);
    addStep<AppPage>(tr("Every Machine belongs to an app. Choose one of yours, or name a new app and its organization: "
                        "Flightdeck creates it before the Machine."),
                     docs("apps/overview/"), document, session);
    addStep<ImagePage>(tr("What the Machine runs: an image from a registry, or one built here from a Dockerfile and pushed to Fly's registry."),
                       docs("flyctl/machine-run/"), document, settings);
    addStep<CommandPage>(tr("Left empty, the Machine runs the image's own entrypoint and command. "
                            "Arguments here replace the image's command; an entrypoint replaces its entrypoint."),
                         docs("flyctl/machine-run/"), document, image);
    addStep<RegionPage>(tr("Where the Machine runs. Left empty, Fly.io places it in the region nearest to you."), docs("reference/regions/"), document, session);
    addStep<ResourcesPage>(tr("The kind and number of CPUs and the memory: the Machine's size, which sets what it costs while it runs."),
                           docs("about/pricing/"), document);
    addStep<ServicesPage>(tr("The ports the Machine answers on from the internet, and how Fly Proxy hands the traffic over. "
                             "Without services it is reachable only on the app's private network."),
                          docs("networking/services/"), document, image);
    addStep<VolumesPage>(tr("A volume keeps data when the Machine restarts or is replaced. Without one, what the Machine writes lasts until it stops."),
                         docs("volumes/overview/"), document, session);
    addStep<EnvironmentPage>(tr("Environment variables and files written into the Machine at start. "
                                "Secrets are the app's own (fly secrets set): the Machine receives them, Flightdeck never sees their values."),
                             docs("apps/secrets/"), document, session);
    addStep<LifecyclePage>(tr("The Machine's name, and what happens when its process exits. "
                              "Left empty, Fly.io names it and restarts it when it fails."),
                           docs("machines/guides-examples/machine-restart-policy/"), document, session);
    addStep<ReviewPage>(tr("What will be created, the same Machine as a fly command, and the exact request. Nothing is created until you choose Create."),
                        docs("machines/api/machines-resource/"), document, session);
}

template<typename Page, typename... Arguments>
void RunWizard::addStep(const QString &explanation, const QUrl &help, Arguments... arguments)
{
    Step step{Page::title(), explanation, help, Page::fields(), [this, arguments...] { return new Page(arguments..., this); }};
    // Each page scrolls on its own, so every step stays usable on a small screen.
    step.scroll = new QScrollArea(m_stack);
    step.scroll->setWidgetResizable(true);
    step.scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(step.scroll);
    m_stepList->addItem(step.title);
    m_steps.append(step);
    m_errors.append(0);
}

void RunWizard::build(int index)
{
    Step &step = m_steps[index];
    if (step.page)
        return;
    step.page = step.create();
    // A label too long to sit beside its field (German has such words) goes above it:
    // the page never grows wider than the window has room for.
    const QList<QFormLayout *> forms = step.page->findChildren<QFormLayout *>();
    for (QFormLayout *form : forms)
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    step.scroll->setWidget(step.page);
    connect(step.page, &StepPage::pageIssuesChanged, this, &RunWizard::validate);
    if (auto *review = qobject_cast<ReviewPage *>(step.page))
        connectReview(review);
    validate(); // its messages, as the other steps have them
}

void RunWizard::connectReview(ReviewPage *review)
{
    m_review = review;
    connect(review, &ReviewPage::issueActivated, this, [this](const QString &field) {
        if (const int step = stepForField(field); step >= 0) {
            m_touched.insert(step); // the user came for its problems: show them
            goToStep(step);
        }
    });
    connect(review, &ReviewPage::launchRequested, this, &RunWizard::launchRequested);
    connect(review, &ReviewPage::copyRequestRequested, this, &RunWizard::copyRequestRequested);
    connect(review, &ReviewPage::copyCurlRequested, this, &RunWizard::copyCurlRequested);
    connect(review, &ReviewPage::leaveUpdateRequested, this, &RunWizard::leaveUpdateRequested);
    review->setUpdate(m_update);
}

void RunWizard::setUpdate(const std::optional<UpdateReview> &update)
{
    m_update = update;
    if (m_review)
        m_review->setUpdate(update);
}

StepPage *RunWizard::page(int step)
{
    if (step < 0 || step >= stepCount())
        return nullptr;
    build(step);
    return m_steps.at(step).page;
}

int RunWizard::currentStep() const
{
    return m_stack->currentIndex();
}

int RunWizard::stepCount() const
{
    return int(m_steps.size());
}

RunWizard::StepState RunWizard::stepState(int step) const
{
    if (!m_touched.contains(step))
        return StepState::Untouched;
    return m_errors.value(step) > 0 ? StepState::HasErrors : StepState::Complete;
}

int RunWizard::stepForField(const QString &field) const
{
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (StepPage::owns(m_steps.at(i).fields, Issue{Issue::Severity::Error, field, {}}))
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
    // The keyboard follows into the step, unless it is moving through the step
    // list; asked before the switch hides the focused field.
    const QWidget *focus = QApplication::focusWidget();
    const bool focusFollows = focus && focus != m_stepList && isAncestorOf(focus);
    build(step);
    m_stack->setCurrentIndex(step);
    m_stepList->setCurrentRow(step);
    showStepHeader(step);
    m_blocked->setVisible(false);
    validate();
    if (focusFollows) {
        if (QWidget *first = m_steps.at(step).page->initialFocus())
            first->setFocus(Qt::TabFocusReason);
    }
    m_back->setEnabled(step > 0);
    m_next->setEnabled(step + 1 < stepCount());
    updateStepList();
}

void RunWizard::focusStep()
{
    if (QWidget *first = m_steps.at(currentStep()).page->initialFocus())
        first->setFocus(Qt::OtherFocusReason);
}

void RunWizard::showStepHeader(int step)
{
    const Step &shown = m_steps.at(step);
    m_stepTitle->setText(shown.title);
    m_stepExplanation->setText(u"%1 <a href=\"%2\">%3</a>"_s.arg(shown.explanation.toHtmlEscaped(), shown.help.toString(QUrl::FullyEncoded),
                                                                   tr("Learn more").toHtmlEscaped()));
}

void RunWizard::openStepHelp() const
{
    QDesktopServices::openUrl(stepHelp(currentStep()));
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
        else if (m_review && currentStep() == stepCount() - 1)
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
    for (const Step &step : std::as_const(m_steps)) {
        if (step.page)
            issues += step.page->pageIssues();
    }
    return issues;
}

Issues RunWizard::issues() const
{
    Validation::Options options;
    options.requireApp = true; // a launch needs one; the preview's edits do not
    return Validation::validate(m_document->spec(), options) + pageIssues();
}

SummaryContext RunWizard::summaryContext() const
{
    SummaryContext context;
    for (const Step &step : m_steps) {
        if (const auto *app = qobject_cast<const AppPage *>(step.page)) {
            if (app->appKind() == AppPage::AppKind::Existing)
                context.appExists = true;
            else if (app->appKind() == AppPage::AppKind::New)
                context.appExists = false;
        }
    }
    return context;
}

void RunWizard::validate()
{
    const Issues issues = this->issues();
    // A step shows its messages once the user has worked on it or left it,
    // not the moment it opens empty.
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        const Step &step = m_steps.at(i);
        const bool touched = m_touched.contains(int(i));
        const int errors = step.page ? step.page->showIssues(touched ? issues : Issues{}) : 0;
        m_errors[i] = touched && step.page ? errors : int(std::count_if(issues.cbegin(), issues.cend(), [&](const Issue &issue) {
            return issue.isError() && StepPage::owns(step.fields, issue);
        }));
    }
    const SummaryContext context = summaryContext();
    if (m_review) {
        m_review->listIssues(issues);
        m_review->setSummaryContext(context);
    }
    if (context != m_context) {
        m_context = context;
        Q_EMIT summaryContextChanged();
    }
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
