#pragma once

#include "wizard/steppage.h"

namespace Flightdeck::Ui {

class KeyValueTable;

// Environment variables (typed, pasted as KEY=VALUE lines or imported from a
// .env file) and metadata.
class EnvironmentPage final : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentPage)

public:
    explicit EnvironmentPage(RunSpecDocument *document, QWidget *parent = nullptr);
    QString title() const override;
    QStringList fieldPrefixes() const override;

protected:
    void readSpec(const RunSpec &spec) override;

private:
    KeyValueTable *m_env;
    KeyValueTable *m_metadata;
};

} // namespace Flightdeck::Ui
