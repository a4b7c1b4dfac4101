#include "mainwindow.h"

#include "preview/jsonpreview.h"
#include "wizard/runwizard.h"
#include "spec/createrequestcodec.h"
#include "spec/runspecdocument.h"

#include <QLabel>
#include <QSplitter>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new RunSpecDocument(this))
    , m_wizard(new RunWizard(m_document, this))
    , m_preview(new JsonPreview(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("New Machine"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_wizard);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    const auto updatePreview = [this] { m_preview->setRequestBody(CreateRequestCodec::toRequestBody(m_document->spec())); };
    connect(m_document, &RunSpecDocument::changed, this, updatePreview);
    updatePreview();

    showEndpoint();
    resize(1180, 720);
}

MainWindow::~MainWindow() = default;

RunSpecDocument *MainWindow::document() const
{
    return m_document;
}

void MainWindow::showEndpoint()
{
    // Where requests will go. The token is never shown.
    const QString endpoint = qEnvironmentVariable("FLY_FLAPS_BASE_URL", u"https://api.machines.dev"_s);
    auto *label = new QLabel(tr("Machines API: %1").arg(endpoint), this);
    label->setObjectName(u"endpointLabel"_s);
    statusBar()->addPermanentWidget(label);
}

} // namespace Flightdeck::Ui
