#pragma once

#include "ui/wizard/steppage.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QTableWidget;

namespace Flightdeck::Ui {

class ImageInspector;

// Public ports: external port or range, internal port, protocol, and the
// handlers, which the check boxes under the table set for the port in focus;
// autostart and autostop for all services. A warning when an internal port is
// not one the image says it listens on.
class ServicesPage final : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicesPage)

public:
    ServicesPage(RunSpecDocument *document, ImageInspector *image, QWidget *parent = nullptr);
    // The step list shows the title, and validation issues of these fields
    // belong to the step, before the page is built.
    static QString title();
    static QStringList fields();
    Issues pageIssues() const override;

protected:
    void readSpec(const RunSpec &spec) override;
    // A field of a row taking the focus makes that row the current one.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addRow(const QString &external, int internal, const QString &protocol, const QStringList &handlers);
    // The services the table describes, grouped by internal port and protocol
    // as flyctl does, keeping what an existing service has beyond its ports.
    QList<ServiceSpec> servicesFromTable() const;
    void write();
    void showImagePorts();
    // The check boxes show the handlers of the current row.
    void showHandlers();
    void setHandlers(int row, const QStringList &handlers);

    ImageInspector *m_image;
    QLabel *m_exposed;
    QTableWidget *m_table;
    QGroupBox *m_handlerBox;
    QList<QCheckBox *> m_handlerChecks; // in kHandlers' order
    QCheckBox *m_autostart;
    QComboBox *m_autostop;
    bool m_updating = false;
};

} // namespace Flightdeck::Ui
