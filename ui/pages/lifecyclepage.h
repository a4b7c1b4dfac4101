#pragma once

#include "wizard/steppage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Flightdeck::Ui {

// Name, restart policy, auto-destroy, schedule, standby, `fly deploy`
// management and DNS. An empty choice says what the platform will do instead.
class LifecyclePage final : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecyclePage)

public:
    explicit LifecyclePage(RunSpecDocument *document, QWidget *parent = nullptr);
    QString title() const override;
    QStringList fieldPrefixes() const override;

protected:
    void readSpec(const RunSpec &spec) override;

private:
    QLineEdit *m_name;
    QComboBox *m_restart;
    QSpinBox *m_retries;
    QLabel *m_restartDefault;
    QCheckBox *m_autoDestroy;
    QComboBox *m_schedule;
    QLineEdit *m_standby;
    QCheckBox *m_deploy;
    QLineEdit *m_group;
    QCheckBox *m_skipDns;
};

} // namespace Flightdeck::Ui
