#pragma once

#include "ui/wizard/steppage.h"

class QLineEdit;
class QListWidget;

namespace Flightdeck::Ui {

// Every region with its name, code and the monthly price of the chosen size,
// or "let Fly choose".
class RegionPage final : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionPage)

public:
    explicit RegionPage(RunSpecDocument *document, QWidget *parent = nullptr);
    QString title() const override;
    QStringList fieldPrefixes() const override;

protected:
    void readSpec(const RunSpec &spec) override;

private:
    void filter(const QString &text);

    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace Flightdeck::Ui
