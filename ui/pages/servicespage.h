#pragma once

#include "ui/wizard/steppage.h"

class QCheckBox;
class QComboBox;
class QTableWidget;

namespace Flightdeck::Ui {

// Public ports: external port or range, internal port, protocol, handlers as
// checkboxes; autostart and autostop for all services.
class ServicesPage final : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicesPage)

public:
    explicit ServicesPage(RunSpecDocument *document, QWidget *parent = nullptr);
    // The step list shows the title, and validation issues of these fields
    // belong to the step, before the page is built.
    static QString title();
    static QStringList fields();

protected:
    void readSpec(const RunSpec &spec) override;

private:
    void addRow(const QString &external, int internal, const QString &protocol, const QStringList &handlers);
    // The services the table describes, grouped by internal port and protocol
    // as flyctl does, keeping what an existing service has beyond its ports.
    QList<ServiceSpec> servicesFromTable() const;
    void write();

    QTableWidget *m_table;
    QCheckBox *m_autostart;
    QComboBox *m_autostop;
    bool m_updating = false;
};

} // namespace Flightdeck::Ui
