#pragma once

#include "ui/wizard/steppage.h"

class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace Flightdeck::Ui {

// Size preset, CPU kind, CPUs and memory: only valid combinations can be
// picked. Swap, root file system, kernel arguments and host dedication sit
// under Advanced.
class ResourcesPage final : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourcesPage)

public:
    explicit ResourcesPage(RunSpecDocument *document, QWidget *parent = nullptr);
    // The step list shows the title, and validation issues of these fields
    // belong to the step, before the page is built.
    static QString title();
    static QStringList fields();

protected:
    void readSpec(const RunSpec &spec) override;

private:
    void buildSize(QFormLayout *form);
    void buildAdvanced();
    void connectSize();
    void connectAdvanced();
    void fillChoices(const GuestSpec &guest);

    QComboBox *m_preset;
    QComboBox *m_kind;
    QComboBox *m_cpus;
    QSpinBox *m_memory;
    QLabel *m_cost = nullptr;
    QToolButton *m_advancedToggle;
    QWidget *m_advanced;
    QSpinBox *m_swap;
    QSpinBox *m_rootfsSize;
    QComboBox *m_rootfsPersist;
    QLineEdit *m_kernelArgs;
    QLineEdit *m_hostDedication;
};

} // namespace Flightdeck::Ui
