#include "mainwindow.h"

#include "launch/launcher.h"
#include "launch/launchview.h"
#include "preview/jsonpreview.h"
#include "session/apisession.h"
#include "settings/appsettings.h"
#include "wizard/runwizard.h"
#include "wizard/steppage.h"
#include "spec/createrequestcodec.h"
#include "spec/runspecdocument.h"
#include "spec/validation.h"

#include <QApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QProcessEnvironment>
#include <QStackedWidget>
#include <QSplitter>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::make_unique<AppSettings>())
    , m_document(new RunSpecDocument(this))
    , m_session(new ApiSession(m_settings->endpoints(QProcessEnvironment::systemEnvironment()), this))
    , m_wizard(new RunWizard(m_document, m_session, m_settings.get(), this))
    , m_preview(new JsonPreview(this))
    , m_views(new QStackedWidget(this))
    , m_launchView(new LaunchView(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("New Machine"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_wizard);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 460});
    m_views->addWidget(splitter);
    m_views->addWidget(m_launchView);
    setCentralWidget(m_views);

    connect(m_wizard, &RunWizard::launchRequested, this, &MainWindow::launch);
    m_launchView->setFieldPlace([this](const QString &field) {
        const StepPage *page = m_wizard->page(m_wizard->stepForField(field));
        return page ? page->title() : QString();
    });
    connect(m_launchView, &LaunchView::backToWizard, this, &MainWindow::showWizard);
    connect(m_launchView, &LaunchView::retryRequested, this, &MainWindow::startLaunch);
    connect(m_launchView, &LaunchView::anotherRequested, this, [this] {
        // Another Machine like this one: the same settings without the name, which must be unique.
        RunSpec another = m_launchedSpec;
        another.name.clear();
        another.skipLaunch = false;
        m_document->setSpec(another);
        showWizard(u"name"_s);
    });

    const auto updatePreview = [this] { m_preview->setRequestBody(CreateRequestCodec::toRequestBody(m_document->spec())); };
    connect(m_document, &RunSpecDocument::changed, this, updatePreview);
    updatePreview();
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

void MainWindow::connectToApi()
{
    m_session->start();
}

void MainWindow::launch(bool createOnly)
{
    m_launchedSpec = m_document->spec();
    m_launchedSpec.skipLaunch = createOnly;
    startLaunch();
}

void MainWindow::startLaunch()
{
    if (m_launcher && m_launchView->state() == LaunchView::State::Running)
        return;
    if (m_launcher)
        m_launcher->deleteLater();
    LaunchOptions options;
    options.createAppIfMissing = true; // the App step said it will be created; launching confirms it
    options.org = m_launchedSpec.org;
    options.imageEngine = m_settings->imageEngine();
    m_launcher = new Launcher(m_session->api(), m_launchedSpec, options, this);
    m_launchView->follow(m_launcher, m_launchedSpec.app);
    m_views->setCurrentWidget(m_launchView);
    m_launcher->start();
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
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const int line = 1 + int(text.left(parseError.offset).count('\n'));
        m_preview->showEditProblem(document.isObject() || parseError.error != QJsonParseError::NoError ? parseError.errorString() : tr("the request must be a JSON object"),
                                   line);
        return;
    }
    RunSpec edited;
    if (const std::optional<QString> problem = CreateRequestCodec::fromJson(document.object(), &edited)) {
        m_preview->showEditProblem(*problem, 0);
        return;
    }
    // What the request cannot say stays as the form has it.
    const RunSpec &current = m_document->spec();
    edited.app = current.app;
    edited.org = current.org;
    edited.workingDir = current.workingDir;
    edited.detach = current.detach;
    edited.shellUser = current.shellUser;
    edited.shellCommand = current.shellCommand;
    if (current.build) { // the image in the request is the build's future tag
        edited.build = current.build;
        edited.image = current.image;
    }
    Validation::Options options;
    options.requireApp = false;
    const Issues issues = Validation::validate(edited, options);
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
