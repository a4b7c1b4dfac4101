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
    // The step list shows the title, and validation issues of these fields
    // belong to the step, before the page is built.
    static QString title();
    static QStringList fields();

protected:
    void readSpec(const RunSpec &spec) override;

private:
    void filter(const QString &text);

    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace Flightdeck::Ui
