#pragma once

#include "app/api/appinventory.h"
#include "ui/wizard/steppage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace Flightdeck::Ui {

class ApiSession;
class KeyValueTable;
class LoadStatus;

// Name, restart policy, auto-destroy, schedule, standby, `fly deploy`
// (for Machines picked from the app's list), metadata, `fly deploy`
// management and DNS. An empty choice says what the platform will do instead.
class LifecyclePage final : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecyclePage)

public:
    LifecyclePage(RunSpecDocument *document, ApiSession *session, QWidget *parent = nullptr);
    // The step list shows the title, and validation issues of these fields
    // belong to the step, before the page is built.
    static QString title();
    static QStringList fields();

protected:
    void readSpec(const RunSpec &spec) override;
    void shown() override;

private:
    void setUpFields();
    void layOut();
    void connectFields();
    void loadMachines();
    void fillStandby(const RunSpec &spec);

    ApiSession *m_session;
    QLineEdit *m_name;
    QComboBox *m_restart;
    QSpinBox *m_retries;
    QLabel *m_restartDefault;
    QCheckBox *m_autoDestroy;
    QComboBox *m_schedule;
    QListWidget *m_standby;
    LoadStatus *m_machinesStatus;
    QList<MachineSummary> m_machines;
    QString m_loadedFor; // the app m_machines belongs to
    KeyValueTable *m_metadata;
    QCheckBox *m_deploy;
    QLineEdit *m_group;
    QCheckBox *m_skipDns;
    QSpinBox *m_waitTimeout;
    QCheckBox *m_skipChecks;
};

} // namespace Flightdeck::Ui
