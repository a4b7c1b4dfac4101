#include "ui/pages/environmentpage.h"

#include "ui/session/apisession.h"
#include "ui/widgets/filestable.h"
#include "ui/widgets/keyvaluetable.h"
#include "ui/widgets/loadstatus.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

EnvironmentPage::EnvironmentPage(RunSpecDocument *document, ApiSession *session, QWidget *parent)
    : StepPage(document, fields(), parent)
    , m_session(session)
    , m_env(new KeyValueTable(u"env"_s, tr("Environment variables"), this))
    , m_files(new FilesTable(this))
    , m_secretsStatus(new LoadStatus(u"secretsStatus"_s, this))
{
    m_env->setAccessibleName(tr("Environment variables"));
    m_env->setProperty("jsonKey", u"env"_s);
    m_files->setProperty("jsonKey", u"files"_s);

    auto *envLabel = new QLabel(tr("&Environment variables (secrets belong in `fly secrets set`, not here):"), this);
    envLabel->setBuddy(m_env);
    envLabel->setWordWrap(true);
    auto *filesLabel = new QLabel(tr("Fi&les written into the Machine:"), this);
    filesLabel->setBuddy(m_files);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(envLabel);
    layout->addWidget(m_env, 3);
    layout->addWidget(addMessage(u"env"_s, m_env));
    layout->addWidget(filesLabel);
    layout->addWidget(m_files, 2);
    layout->addWidget(m_secretsStatus);
    layout->addWidget(addMessage(u"files"_s, m_files));

    readSpec(spec());
    connect(m_env, &KeyValueTable::edited, this, [this](const QMap<QString, QString> &values) { edit([&](RunSpec &s) { s.env = values; }); });
    connect(m_files, &FilesTable::edited, this, [this](const QList<FileSpec> &files) { edit([&](RunSpec &s) { s.files = files; }); });
    connect(m_secretsStatus, &LoadStatus::retryRequested, this, &EnvironmentPage::loadSecrets);
    connect(m_session, &ApiSession::tokenStateChanged, this, [this] {
        if (isVisible())
            shown();
    });
}

QString EnvironmentPage::title()
{
    return tr("Environment and files");
}

QStringList EnvironmentPage::fields()
{
    return {u"env"_s, u"files"_s};
}

void EnvironmentPage::readSpec(const RunSpec &s)
{
    m_env->setValues(s.env);
    m_files->setFiles(s.files);
}

void EnvironmentPage::shown()
{
    if (spec().app != m_loadedFor && m_session->tokenState() == ApiSession::TokenState::Valid)
        loadSecrets();
}

void EnvironmentPage::loadSecrets()
{
    const QString app = spec().app;
    m_loadedFor = app;
    if (app.isEmpty())
        return m_secretsStatus->clear();
    m_secretsStatus->setLoading(tr("Loading the secret names of %1…").arg(app));
    m_session->inventory().secretNames(app, this, [this, app](const QStringList &names, const std::optional<ApiError> &error) {
        if (app != spec().app)
            return;
        if (error && error->httpStatus != 404)
            return m_secretsStatus->setFailed(tr("Could not load the app's secrets: %1").arg(error->message()));
        m_files->setSecretNames(names);
        m_secretsStatus->setLoaded(names.isEmpty() ? tr("%1 has no secrets yet (set them with `fly secrets set`).").arg(app)
                                                   : tr("Secrets of %1 to choose from: %2").arg(app, names.join(u", "_s)));
    });
}

} // namespace Flightdeck::Ui
