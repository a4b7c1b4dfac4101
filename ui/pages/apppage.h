#pragma once

#include "app/api/directory.h"
#include "ui/wizard/steppage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace Flightdeck::Ui {

class ApiSession;
class LoadStatus;

// The organization and the app: one of the organization's apps, or a new
// name checked with the API as the user types; or a folder whose fly.toml
// names the app (and whose Dockerfile becomes the build).
class AppPage final : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppPage)

public:
    AppPage(RunSpecDocument *document, ApiSession *session, QWidget *parent = nullptr);
    // The step list shows the title, and validation issues of these fields
    // belong to the step, before the page is built.
    static QString title();
    static QStringList fields();
    Issues pageIssues() const override;

    enum class AppKind { Unknown, Existing, New, Taken, Checking };
    AppKind appKind() const { return m_kind; }

protected:
    void readSpec(const RunSpec &spec) override;

private:
    void loadOrganizations();
    void loadApps();
    void describeApp();
    void checkName();
    void useFolder(const QString &folder);
    QString selectedOrg() const;

    ApiSession *m_session;
    QComboBox *m_org;
    LoadStatus *m_orgStatus;
    QComboBox *m_app;
    LoadStatus *m_appsStatus;
    QLabel *m_appKind;
    QLineEdit *m_folder;
    QLabel *m_folderNote;
    QTimer *m_nameCheck;
    QList<AppSummary> m_apps;
    QString m_appsOrg; // the organization m_apps belongs to
    AppKind m_kind = AppKind::Unknown;
    QString m_checkedName;
    quint64 m_generation = 0;
};

} // namespace Flightdeck::Ui
