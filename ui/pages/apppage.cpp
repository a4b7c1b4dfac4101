#include "ui/pages/apppage.h"

#include "app/spec/flytoml.h"
#include "ui/session/apisession.h"
#include "ui/widgets/dialogs.h"
#include "ui/widgets/loadstatus.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

AppPage::AppPage(RunSpecDocument *document, ApiSession *session, QWidget *parent)
    : StepPage(document, fields(), parent)
    , m_session(session)
    , m_org(new QComboBox(this))
    , m_orgStatus(new LoadStatus(u"orgStatus"_s, this))
    , m_app(new QComboBox(this))
    , m_appsStatus(new LoadStatus(u"appsStatus"_s, this))
    , m_appKind(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_folderNote(new QLabel(this))
    , m_nameCheck(new QTimer(this))
{
    setObjectName(u"appPage"_s);
    m_org->setObjectName(u"orgCombo"_s);
    m_org->setAccessibleName(tr("Organization"));
    m_app->setObjectName(u"appCombo"_s);
    m_app->setAccessibleName(tr("App"));
    m_app->setEditable(true);
    m_app->lineEdit()->setAccessibleName(tr("App"));
    m_app->setInsertPolicy(QComboBox::NoInsert);
    m_app->lineEdit()->setPlaceholderText(tr("pick one of the organization's apps, or type a new name"));
    m_appKind->setObjectName(u"appKind"_s);
    m_appKind->setWordWrap(true);
    m_folder->setObjectName(u"folderEdit"_s);
    m_folder->setAccessibleName(tr("Project folder"));
    m_folder->setPlaceholderText(tr("optional: a folder with fly.toml"));
    m_folderNote->setObjectName(u"folderNote"_s);
    m_folderNote->setWordWrap(true);
    m_folderNote->setVisible(false);
    m_nameCheck->setSingleShot(true);
    m_nameCheck->setInterval(350);

    auto *browse = new QPushButton(tr("B&rowse…"), this);
    browse->setObjectName(u"folderBrowse"_s);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Organization:"), m_org);
    form->addRow(QString(), m_orgStatus);
    form->addRow(tr("&App:"), m_app);
    form->addRow(QString(), m_appsStatus);
    form->addRow(QString(), m_appKind);
    form->addRow(QString(), addMessage(u"app"_s, m_app));
    auto *folderLabel = new QLabel(tr("Pro&ject folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), m_folderNote);

    connect(m_session, &ApiSession::tokenStateChanged, this, [this] {
        if (m_session->tokenState() == ApiSession::TokenState::Valid)
            loadOrganizations();
    });
    connect(m_orgStatus, &LoadStatus::retryRequested, this, &AppPage::loadOrganizations);
    connect(m_appsStatus, &LoadStatus::retryRequested, this, &AppPage::loadApps);
    connect(m_org, &QComboBox::activated, this, [this] {
        const QString slug = selectedOrg();
        edit([&](RunSpec &s) { s.org = slug; });
        loadApps();
    });
    connect(m_app, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (text.trimmed() != spec().app)
            edit([&](RunSpec &s) { s.app = text.trimmed(); });
        describeApp();
    });
    connect(m_nameCheck, &QTimer::timeout, this, &AppPage::checkName);
    connect(m_folder, &QLineEdit::editingFinished, this, [this] { useFolder(m_folder->text().trimmed()); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = Dialogs::folder(this, tr("Project folder"), m_folder->text());
        if (!folder.isEmpty())
            useFolder(folder);
    });
    readSpec(spec());
}

QString AppPage::title()
{
    return tr("App and organization");
}

QStringList AppPage::fields()
{
    return {u"app"_s, u"org"_s};
}

Issues AppPage::pageIssues() const
{
    if (m_kind == AppKind::Taken)
        return {Issue{Issue::Severity::Error, u"app"_s, tr("the name %1 belongs to another organization: choose another name").arg(m_checkedName)}};
    return {};
}

QString AppPage::selectedOrg() const
{
    return m_org->currentData().toString();
}

void AppPage::readSpec(const RunSpec &s)
{
    if (m_app->currentText().trimmed() != s.app)
        m_app->setEditText(s.app);
    if (!m_folder->hasFocus() && m_folder->text() != s.workingDir)
        m_folder->setText(s.workingDir);
    if (!s.org.isEmpty() && s.org != selectedOrg()) {
        if (const int index = m_org->findData(s.org); index >= 0) {
            m_org->setCurrentIndex(index);
            loadApps();
        }
    }
    describeApp();
}

void AppPage::loadOrganizations()
{
    m_orgStatus->setLoading(tr("Loading your organizations…"));
    m_session->directory().organizations(this, [this](const QList<Organization> &orgs, const std::optional<ApiError> &error) {
        if (error)
            return m_orgStatus->setFailed(tr("Could not load the organizations: %1").arg(error->message()));
        m_org->clear();
        int personal = 0;
        for (const Organization &org : orgs) {
            if (org.personal)
                personal = int(m_org->count());
            m_org->addItem(org.personal ? tr("%1 (personal)").arg(org.name) : org.name, org.slug);
        }
        const int wanted = m_org->findData(spec().org);
        m_org->setCurrentIndex(wanted >= 0 ? wanted : personal); // unset: the personal organization, as flyctl (Settings' default is in the spec)
        m_orgStatus->setLoaded(QString());
        loadApps();
    });
}

void AppPage::loadApps()
{
    const QString org = selectedOrg();
    if (org.isEmpty())
        return;
    m_appsStatus->setLoading(tr("Loading the apps of %1…").arg(org));
    m_session->directory().apps(org, this, [this, org](const QList<AppSummary> &apps, const std::optional<ApiError> &error) {
        if (org != selectedOrg())
            return; // an answer for an organization no longer chosen
        if (error)
            return m_appsStatus->setFailed(tr("Could not load the apps: %1").arg(error->message()));
        m_apps = apps;
        m_appsOrg = org;
        const QString typed = m_app->currentText();
        const QSignalBlocker blocker(m_app);
        m_app->clear();
        for (const AppSummary &app : apps)
            m_app->addItem(app.name);
        m_app->setEditText(typed);
        m_appsStatus->setLoaded(apps.isEmpty() ? tr("%1 has no apps yet: type a name to create one.").arg(org) : QString());
        describeApp();
    });
}

void AppPage::describeApp()
{
    const QString name = spec().app;
    const auto known = std::find_if(m_apps.cbegin(), m_apps.cend(), [&](const AppSummary &app) { return app.name == name; });
    AppKind kind = AppKind::Unknown;
    if (name.isEmpty()) {
        m_appKind->clear();
    } else if (known != m_apps.cend()) {
        kind = AppKind::Existing;
        m_appKind->setText(tr("An existing app of %1 with %n Machine(s).", nullptr, known->machineCount).arg(m_appsOrg));
    } else if (m_session->tokenState() != ApiSession::TokenState::Valid) {
        m_appKind->setText(tr("Not checked: the API is not connected."));
    } else if (name == m_checkedName && (m_kind == AppKind::New || m_kind == AppKind::Taken)) {
        kind = m_kind;
    } else {
        kind = AppKind::Checking;
        m_appKind->setText(tr("Checking whether %1 is free…").arg(name));
        m_nameCheck->start();
    }
    if (kind != m_kind) {
        m_kind = kind;
        Q_EMIT pageIssuesChanged();
    }
}

void AppPage::checkName()
{
    const QString name = spec().app;
    if (name.isEmpty() || m_kind != AppKind::Checking)
        return;
    const quint64 generation = ++m_generation;
    m_session->directory().isAppNameAvailable(name, this, [this, name, generation](bool available, const std::optional<ApiError> &error) {
        if (generation != m_generation || name != spec().app)
            return; // the user typed on
        if (error) {
            m_appKind->setText(tr("Could not check the name: %1").arg(error->message()));
            return;
        }
        m_checkedName = name;
        m_kind = available ? AppKind::New : AppKind::Taken;
        const QString org = selectedOrg().isEmpty() ? u"personal"_s : selectedOrg();
        m_appKind->setText(available ? tr("A new app: the name is free. Flightdeck creates it in %1 when you launch.").arg(org)
                                     : tr("Taken: this name belongs to an app outside %1.").arg(org));
        Q_EMIT pageIssuesChanged();
    });
}

void AppPage::useFolder(const QString &folder)
{
    if (folder == spec().workingDir && !m_folderNote->isHidden())
        return;
    QStringList notes;
    RunSpec updated = spec();
    updated.workingDir = folder;
    if (!folder.isEmpty()) {
        const QString tomlPath = QDir(folder).filePath(u"fly.toml"_s);
        QString dockerfile;
        if (QFileInfo::exists(tomlPath)) {
            const FlyToml::Contents toml = FlyToml::read(tomlPath);
            if (!toml.error.isEmpty()) {
                notes.append(tr("fly.toml could not be read: %1").arg(toml.error));
            } else {
                if (!toml.app.isEmpty()) {
                    updated.app = toml.app;
                    notes.append(tr("App %1 from fly.toml.").arg(toml.app));
                }
                dockerfile = toml.dockerfile;
            }
        } else {
            notes.append(tr("No fly.toml in this folder."));
        }
        const QString dockerfilePath = QDir(folder).filePath(dockerfile.isEmpty() ? u"Dockerfile"_s : dockerfile);
        if (QFileInfo::exists(dockerfilePath) && updated.image.isEmpty() && !updated.build) {
            BuildSpec build;
            build.contextDir = folder;
            build.dockerfile = dockerfile;
            updated.build = build;
            notes.append(tr("The image will be built from %1.").arg(QDir::toNativeSeparators(dockerfilePath)));
        }
    }
    m_folderNote->setText(notes.join(u' '));
    m_folderNote->setVisible(!notes.isEmpty());
    edit([&](RunSpec &s) { s = updated; });
}

} // namespace Flightdeck::Ui
