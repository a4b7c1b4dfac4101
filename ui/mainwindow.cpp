#include "ui/mainwindow.h"

#include "app/api/curlcommand.h"
#include "app/cli/commandline.h"
#include "app/api/endpoints.h"
#include "app/profile/draftstore.h"
#include "app/profile/launchhistory.h"
#include "app/settings/appsettings.h"
#include "app/spec/createrequestcodec.h"
#include "app/spec/runspecdocument.h"
#include "app/spec/jsontext.h"
#include "app/spec/validation.h"
#include "ui/help/diagnostics.h"
#include "ui/help/guidedialog.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/history/historydialog.h"
#include "ui/imports/importactions.h"
#include "ui/launch/launchcontroller.h"
#include "ui/launch/launchnotifier.h"
#include "ui/launch/launchview.h"
#include "ui/machines/machinesview.h"
#include "ui/machines/machineupdate.h"
#include "ui/preview/jsonpreview.h"
#include "ui/profiles/profilecontroller.h"
#include "ui/session/apisession.h"
#include "ui/settings/settingsdialog.h"
#include "ui/widgets/dialogs.h"
#include "ui/widgets/messagebar.h"
#include "ui/wizard/runwizard.h"
#include "ui/wizard/steppage.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcessEnvironment>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

MainWindow::MainWindow(const UserFiles &files, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::make_unique<AppSettings>(files.settings))
    , m_document(new RunSpecDocument(this))
    , m_session(new ApiSession(m_settings->endpoints(QProcessEnvironment::systemEnvironment()), this))
    , m_wizard(new RunWizard(m_document, m_session, m_settings.get(), this))
    , m_preview(new JsonPreview(this))
    , m_views(new QStackedWidget(this))
    , m_launchView(new LaunchView(this))
    , m_messages(new MessageBar(this))
    , m_profiles(new ProfileController(this, m_document, m_settings.get(), m_messages, DraftStore(files.draft)))
    , m_imports(new ImportActions(this, m_document, m_session, m_messages))
    , m_notifier(new LaunchNotifier(this, m_messages))
    , m_launches(new LaunchController(m_session, m_settings.get(), m_launchView, m_notifier, LaunchHistory(files.history), this))
    , m_machinesView(new MachinesView(m_session->api(), this))
    , m_update(new MachineUpdate(m_session, m_document, this))
{
    setObjectName(u"mainWindow"_s);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_wizard);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({720, 400}); // at 1024 px, the steps get about 650: room for German labels
    m_views->addWidget(splitter);
    m_views->addWidget(m_launchView);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messages);
    layout->addWidget(m_views, 1);
    setCentralWidget(central);
    createMachinesDock();
    createMenus();

    connect(m_wizard, &RunWizard::launchRequested, this, &MainWindow::launch);
    m_launchView->setFieldPlace([this](const QString &field) { return m_wizard->stepTitle(m_wizard->stepForField(field)); });
    connect(m_launchView, &LaunchView::backToWizard, this, &MainWindow::showWizard);
    connect(m_launches, &LaunchController::launchStarted, this, &MainWindow::showLaunch);
    connect(m_launches, &LaunchController::shellSessionEnded, m_launchView, &LaunchView::showShellEnded);
    connect(m_launches, &LaunchController::historyNotWritten, this, [this](const QString &message) { m_messages->showMessage(message, MessageBar::Kind::Warning); });
    connect(m_notifier, &LaunchNotifier::launchActivated, this, [this](const QString &launchId) {
        bringForward();
        if (!launchId.isEmpty())
            m_launches->show(launchId); // a launch the view no longer shows, if it is still known
        showLaunch();
    });
    connect(m_notifier, &LaunchNotifier::actionRequested, this, &MainWindow::actOnNotice);
    connect(m_launchView, &LaunchView::anotherRequested, this, [this] {
        // Another Machine like this one: the same settings without the name, which must be unique.
        RunSpec another = m_launches->lastSpec();
        another.name.clear();
        another.skipLaunch = false;
        m_document->setSpec(another);
        showWizard(u"name"_s);
    });

    // The preview shows the very bytes the next launch posts (its launch id and build tag included),
    // after the request that creates the app when the App step found it new.
    const auto updatePreview = [this] {
        const RunSpec &spec = m_document->spec();
        const auto requestLine = [this](const QString &path) -> QString {
            const QUrl url = m_session->endpoints().machinesUrl(path);
            return u"POST "_s + url.path(QUrl::FullyDecoded) + (url.hasQuery() ? u"?"_s + url.query(QUrl::FullyDecoded) : QString());
        };
        if (m_update->isActive()) {
            // Update mode: the Machine's own address, and the difference on Review.
            const QByteArray body = m_update->requestBody(spec);
            m_preview->setFirstRequest(QString(), QByteArray());
            m_preview->setRequestLine(requestLine(m_update->requestPath()));
            m_preview->setRequestBody(body);
            m_wizard->setUpdate(UpdateReview{m_update->machineLabel(), m_update->target().id, m_update->target().current, m_update->runsAfter(spec),
                                             m_update->problem(spec)});
            return;
        }
        m_wizard->setUpdate(std::nullopt);
        const QByteArray appBody = newAppRequestBody(spec);
        m_preview->setFirstRequest(appBody.isEmpty() ? QString() : requestLine(kAppCreatePath), appBody);
        m_preview->setRequestLine(requestLine(appMachinesPath(spec.app.isEmpty() ? tr("<app>") : spec.app)));
        m_preview->setRequestBody(m_launches->requestBody(spec));
    };
    connect(m_document, &RunSpecDocument::changed, this, updatePreview);
    connect(m_launches, &LaunchController::nextRequestChanged, this, updatePreview);
    connect(m_wizard, &RunWizard::summaryContextChanged, this, updatePreview);
    connect(m_update, &MachineUpdate::activeChanged, this, updatePreview);
    updatePreview();
    connect(m_wizard, &RunWizard::copyRequestRequested, this, [this] {
        const RunSpec &spec = m_document->spec();
        QApplication::clipboard()->setText(QString::fromUtf8(m_update->isActive() ? m_update->requestBody(spec) : m_launches->requestBody(spec)));
    });
    connect(m_wizard, &RunWizard::copyCurlRequested, this, [this] {
        const RunSpec &spec = m_document->spec();
        QApplication::clipboard()->setText(createMachineCurl(m_session->endpoints(), spec.app, m_launches->requestBody(spec), newAppRequestBody(spec)));
    });
    connect(m_preview, &JsonPreview::edited, this, &MainWindow::applyEditedJson);
    // Focusing a field shows its key in the preview.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && isAncestorOf(now)) {
            if (const QString key = now->property("jsonKey").toString(); !key.isEmpty())
                m_preview->revealKey(key);
        }
    });

    showEndpoint();
    resize(1180, 720);
}

MainWindow::~MainWindow() = default;

QByteArray MainWindow::newAppRequestBody(const RunSpec &spec) const
{
    return m_wizard->summaryContext().appExists == false ? m_launches->appCreateBody(spec) : QByteArray();
}

void MainWindow::connectToApi()
{
    m_session->start();
}

bool MainWindow::readyToLaunch()
{
    if (!hasErrors(m_wizard->issues()))
        return true;
    showWizard(QString());
    m_wizard->goToStep(m_wizard->stepCount() - 1); // Review lists what to fix
    m_messages->showMessage(tr("Not launched: fix the problems listed on the Review step first."), MessageBar::Kind::Warning);
    return false;
}

void MainWindow::launch(bool createOnly)
{
    if (!readyToLaunch())
        return;
    if (m_update->isActive())
        return sendUpdate();
    RunSpec spec = m_document->spec();
    spec.skipLaunch = createOnly;
    m_launches->launch(spec);
}

void MainWindow::launchShell()
{
    if (!readyToLaunch())
        return;
    // As `fly machine run --shell`: a temporary Machine that sleeps until the
    // console ends; the request builder adds auto-destroy, restart no and the command.
    RunSpec spec = m_document->spec();
    spec.shell = true;
    spec.skipLaunch = false;
    spec.services.clear();
    spec.name.clear();
    m_launches->launch(spec);
}

void MainWindow::createMachinesDock()
{
    m_machinesDock = new QDockWidget(tr("Machines of the app"), this);
    m_machinesDock->setObjectName(u"machinesDock"_s);
    m_machinesDock->setWidget(m_machinesView);
    m_machinesDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_machinesDock);
    m_machinesDock->hide(); // until asked for: the wizard keeps the window's height

    connect(m_document, &RunSpecDocument::changed, this, [this] { m_machinesView->setApp(m_document->spec().app); });
    m_machinesView->setApp(m_document->spec().app);
    connect(m_machinesView, &MachinesView::cloneRequested, this, [this](const QString &app, const QString &id) {
        m_update->end();
        m_imports->cloneFrom(app, id);
        showWizard(u"name"_s);
    });
    connect(m_machinesView, &MachinesView::updateRequested, this, &MainWindow::beginUpdate);
    connect(m_wizard, &RunWizard::leaveUpdateRequested, this, [this] {
        m_update->end();
        m_messages->showMessage(tr("Creating a new Machine again: Review's Create makes one with these settings."));
    });
    connect(m_update, &MachineUpdate::progress, this, [this](const QString &text) { m_messages->showMessage(text); });
    connect(m_update, &MachineUpdate::finished, this, [this](const MachineAction::Result &result) {
        m_messages->showMessage(result.message, result.ok ? MessageBar::Kind::Information : result.conflict ? MessageBar::Kind::Warning : MessageBar::Kind::Error);
        m_machinesView->refresh();
    });
}

void MainWindow::bringForward()
{
    showNormal();
    raise();
    activateWindow();
}

// A button of a launch's notification or of its entry in the tray menu.
void MainWindow::actOnNotice(LaunchNotifier::Action action, const LaunchNotifier::Notice &notice)
{
    bringForward();
    switch (action) {
    case LaunchNotifier::Action::Show:
        m_launches->show(notice.launchId);
        return showLaunch();
    case LaunchNotifier::Action::OpenLog:
        return m_machinesView->openLogOf(notice.app, notice.machineId, notice.machineName);
    case LaunchNotifier::Action::Stop:
        showMachines(); // the action's progress and answer show there
        return m_machinesView->runOn(MachineAction::Kind::Stop, notice.app, notice.machineId);
    case LaunchNotifier::Action::Destroy:
        showMachines();
        return m_machinesView->runOn(MachineAction::Kind::Destroy, notice.app, notice.machineId);
    case LaunchNotifier::Action::LaunchAgain:
        return m_launches->launch(notice.spec);
    }
}

void MainWindow::showMachines()
{
    m_machinesDock->show();
    m_machinesDock->raise();
    m_machinesView->setFocus();
}

void MainWindow::beginUpdate(const QString &app, const QJsonObject &machine)
{
    // Launches run beside an update (each has its own settings); only one update is sent at a time.
    if (m_update->isSending())
        return m_messages->showMessage(tr("An update of %1 is under way already.").arg(m_update->machineLabel()), MessageBar::Kind::Warning);
    const QStringList leftOut = m_update->begin(app, machine);
    showWizard(QString());
    m_wizard->goToStep(m_wizard->stepCount() - 1);
    const QString text = tr("The wizard holds the config of %1: change what you want; Review shows what changes and updates it.").arg(m_update->machineLabel());
    m_messages->showMessage(leftOut.isEmpty() ? text : text + u' ' + tr("Not taken: %1.").arg(leftOut.join(u"; "_s)),
                            leftOut.isEmpty() ? MessageBar::Kind::Information : MessageBar::Kind::Warning);
}

void MainWindow::sendUpdate()
{
    const RunSpec &spec = m_document->spec();
    if (const QString problem = m_update->problem(spec); !problem.isEmpty())
        return m_messages->showMessage(problem, MessageBar::Kind::Warning);
    if (!m_update->send(spec))
        m_messages->showMessage(tr("An update of %1 is under way already.").arg(m_update->machineLabel()), MessageBar::Kind::Warning);
}

void MainWindow::showLaunch()
{
    m_views->setCurrentWidget(m_launchView);
}

void MainWindow::showHistory()
{
    HistoryDialog dialog(m_launches->history(), this);
    connect(&dialog, &HistoryDialog::openRequested, this, [this](const RunSpec &spec) {
        m_document->setSpec(spec);
        showWizard(QString());
    });
    connect(&dialog, &HistoryDialog::relaunchRequested, this, [this](const RunSpec &spec) { m_launches->launch(spec); });
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings.get(), m_session, this);
    connect(&dialog, &SettingsDialog::replaceTokenRequested, this, [this] {
        showWizard(QString());
        m_wizard->goToStep(0);
    });
    dialog.exec();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, m_profiles, &ProfileController::newProfile);
    file->addAction(tr("&Open…"), QKeySequence::Open, m_profiles, &ProfileController::open);
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { m_profiles->fillRecentMenu(recent); });
    file->addAction(tr("&Save"), QKeySequence::Save, m_profiles, &ProfileController::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, m_profiles, &ProfileController::saveAs);
    file->addSeparator();
    QMenu *import = file->addMenu(tr("&Import"));
    import->addAction(tr("Paste a `fly machine run` &command…"), m_imports, &ImportActions::pasteCommand);
    import->addAction(tr("A Machine &config file…"), m_imports, &ImportActions::openConfigFile);
    import->addAction(tr("C&lone a Machine of the app…"), m_imports, &ImportActions::cloneMachine);
    file->addAction(tr("Launch &history…"), QKeySequence(tr("Ctrl+H")), this, &MainWindow::showHistory);
    file->addSeparator();
    file->addAction(tr("Se&ttings…"), QKeySequence::Preferences, this, &MainWindow::showSettings);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *machine = menuBar()->addMenu(tr("&Machine"));
    machine->addAction(tr("Create and &start"), QKeySequence(tr("Ctrl+Return")), this, [this] { launch(false); });
    machine->addAction(tr("Create &only"), this, [this] { launch(true); });
    machine->addAction(tr("Open a s&hell Machine"), this, &MainWindow::launchShell);
    machine->addSeparator();
    machine->addAction(tr("The app's Machi&nes"), QKeySequence(tr("Ctrl+Shift+M")), this, &MainWindow::showMachines);
    machine->addAction(tr("Show the &launch"), this, &MainWindow::showLaunch);
    machine->addAction(tr("Back to the &wizard"), this, [this] { showWizard(QString()); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Help for this &step"), QKeySequence::HelpContents, m_wizard, &RunWizard::openStepHelp);
    help->addAction(tr("Flightdeck &guide"), this, [this] {
        GuideDialog guide(this);
        guide.exec();
    });
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    help->addSeparator();
    help->addAction(tr("Copy &diagnostic information"), this, [this] {
        QApplication::clipboard()->setText(Diagnostics::report(*m_session));
        m_messages->showMessage(tr("Diagnostic information copied: versions, system and endpoints, without the token."));
    });
    help->addAction(tr("&About Flightdeck"), this, [this] {
        Dialogs::information(this, tr("About Flightdeck"),
                             tr("Flightdeck configures, builds and starts Fly.io Machines, step by step.\n\n%1\n\n"
                                "Flightdeck is free software under the GNU General Public License, version 3 or any later version; "
                                "it comes with no warranty.")
                                 .arg(Cli::versionLine()));
    });
}

void MainWindow::showShortcuts()
{
    QList<QAction *> actions;
    const std::function<void(const QList<QAction *> &)> collect = [&](const QList<QAction *> &list) {
        for (QAction *action : list) {
            if (action->menu())
                collect(action->menu()->actions());
            else if (!action->isSeparator())
                actions.append(action);
        }
    };
    collect(menuBar()->actions());
    collect(m_wizard->actions());
    ShortcutsDialog dialog(actions, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_profiles->confirmClose())
        event->accept();
    else
        event->ignore();
}

void MainWindow::showWizard(const QString &field)
{
    m_views->setCurrentIndex(0);
    if (const int step = field.isEmpty() ? -1 : m_wizard->stepForField(field); step >= 0)
        m_wizard->goToStep(step);
}

RunSpecDocument *MainWindow::document() const
{
    return m_document;
}

void MainWindow::applyEditedJson(const QByteArray &text)
{
    const JsonText::Parsed parsed = JsonText::parse(text);
    const QJsonDocument &document = parsed.document;
    if (!parsed.ok() || !document.isObject()) {
        m_preview->showEditProblem(!parsed.ok() ? parsed.error : tr("the request must be a JSON object"), parsed.ok() ? 1 : parsed.line);
        return;
    }
    CreateRequestCodec::Decoded decoded = CreateRequestCodec::fromJson(document.object());
    if (!decoded.ok()) {
        m_preview->showEditProblem(decoded.error, 0);
        return;
    }
    RunSpec &edited = decoded.spec;
    // What the request cannot say stays as the form has it.
    const RunSpec &current = m_document->spec();
    edited.app = current.app;
    edited.org = current.org;
    edited.workingDir = current.workingDir;
    edited.detach = current.detach;
    edited.skipHealthChecks = current.skipHealthChecks;
    edited.waitTimeoutSeconds = current.waitTimeoutSeconds;
    edited.shellUser = current.shellUser;
    edited.shellCommand = current.shellCommand;
    if (current.build) { // the image in the request is the build's future tag
        edited.build = current.build;
        edited.image = current.image;
    }
    const Issues issues = Validation::validate(edited);
    for (const Issue &issue : issues) {
        if (!issue.isError())
            continue;
        const QString key = issue.field.section(u'.', -1).section(u'[', 0, 0);
        const qsizetype at = text.indexOf(u"\"%1\""_s.arg(key).toUtf8());
        m_preview->showEditProblem(issue.toLine(), at < 0 ? 0 : 1 + int(text.left(at).count('\n')));
        return;
    }
    m_preview->clearEditProblem();
    m_document->setSpec(edited);
}

void MainWindow::showEndpoint()
{
    // Where requests will go. The token is never shown.
    const QString endpoint = m_session->endpoints().machinesApi.toDisplayString();
    auto *label = new QLabel(tr("Machines API: %1").arg(endpoint), this);
    label->setObjectName(u"endpointLabel"_s);
    statusBar()->addPermanentWidget(label);
}

} // namespace Flightdeck::Ui
