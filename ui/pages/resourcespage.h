#pragma once

#include "wizard/steppage.h"

class QComboBox;
class QSpinBox;

namespace Flightdeck::Ui {

// Size preset, CPU kind, CPUs and memory: only valid combinations can be picked.
class ResourcesPage final : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourcesPage)

public:
    explicit ResourcesPage(RunSpecDocument *document, QWidget *parent = nullptr);
    QString title() const override;
    QStringList fieldPrefixes() const override;

protected:
    void readSpec(const RunSpec &spec) override;

private:
    void fillChoices(const GuestSpec &guest);

    QComboBox *m_preset;
    QComboBox *m_kind;
    QComboBox *m_cpus;
    QSpinBox *m_memory;
    QLabel *m_cost = nullptr;
};

} // namespace Flightdeck::Ui
