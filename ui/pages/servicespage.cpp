#include "ui/pages/servicespage.h"

#include "ui/session/imageinspector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

namespace {

const QStringList kHandlers{u"http"_s, u"tls"_s, u"pg_tls"_s, u"edge_http"_s, u"proxy_proto"_s};

// What each handler makes Fly Proxy do (ServiceHandlerType in fly-go's schema.graphql), for its tooltip.
QString handlerHelp(const QString &handler)
{
    if (handler == "http"_L1)
        return ServicesPage::tr("Fly Proxy turns the connection into HTTP for the Machine, with Fly's request headers");
    if (handler == "tls"_L1)
        return ServicesPage::tr("Fly Proxy ends TLS and passes plain TCP to the Machine");
    if (handler == "pg_tls"_L1)
        return ServicesPage::tr("Fly Proxy handles TLS for PostgreSQL connections");
    if (handler == "edge_http"_L1)
        return ServicesPage::tr("Fly Proxy turns the connection into HTTP at the edge");
    return ServicesPage::tr("Fly Proxy wraps the connection in the PROXY protocol, which tells the client's address");
}

enum Column { External, Internal, Protocol, Handlers };

QString externalText(const PortSpec &port)
{
    return port.isRange() ? u"%1-%2"_s.arg(port.startPort).arg(port.endPort) : QString::number(port.port);
}

} // namespace

ServicesPage::ServicesPage(RunSpecDocument *document, ImageInspector *image, QWidget *parent)
    : StepPage(document, fields(), parent)
    , m_image(image)
    , m_exposed(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_handlerBox(new QGroupBox(this))
    , m_autostart(new QCheckBox(tr("Start the Machine when a request arrives (auto&start)"), this))
    , m_autostop(new QComboBox(this))
{
    m_table->setObjectName(u"portTable"_s);
    m_table->setAccessibleName(tr("Public ports"));
    m_table->setHorizontalHeaderLabels({tr("Public port or range"), tr("Internal port"), tr("Protocol"), tr("Handlers")});
    // As wide as the page: the public port takes what the others leave.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(External, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setProperty("jsonKey", u"services"_s);
    m_handlerBox->setObjectName(u"handlerBox"_s);
    auto *handlerGrid = new QGridLayout(m_handlerBox);
    handlerGrid->setColumnStretch(3, 1); // the boxes keep their own width, at the left
    for (const QString &handler : kHandlers) {
        auto *check = new QCheckBox(handler, m_handlerBox);
        check->setObjectName(u"handler_%1"_s.arg(handler));
        check->setToolTip(handlerHelp(handler));
        check->setAccessibleDescription(handlerHelp(handler));
        handlerGrid->addWidget(check, int(m_handlerChecks.size()) / 3, int(m_handlerChecks.size()) % 3, Qt::AlignLeft);
        m_handlerChecks.append(check);
        connect(check, &QCheckBox::toggled, this, [this] {
            const int row = m_table->currentRow();
            if (m_updating || row < 0)
                return;
            QStringList handlers;
            for (QCheckBox *box : std::as_const(m_handlerChecks)) {
                if (box->isChecked())
                    handlers.append(box->text());
            }
            setHandlers(row, handlers);
            write();
        });
    }
    m_autostart->setObjectName(u"autostartCheck"_s);
    m_autostop->setObjectName(u"autostopCombo"_s);
    m_autostop->setAccessibleName(tr("When idle"));
    m_autostop->addItem(tr("Keep running (the platform's default)"), 0);
    m_autostop->addItem(tr("Stop the Machine"), 1);
    m_autostop->addItem(tr("Suspend the Machine (resumes faster)"), 2);
    auto *add = new QPushButton(tr("&Add port"), this);
    add->setObjectName(u"addPortButton"_s);
    auto *remove = new QPushButton(tr("&Remove port"), this);
    remove->setObjectName(u"removePortButton"_s);
    auto *note = new QLabel(tr("A public address needs an Anycast IP: `fly ips allocate-v4 --shared` or `allocate-v6` for the app."), this);
    note->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *idle = new QHBoxLayout;
    idle->addWidget(new QLabel(tr("When idle:"), this));
    idle->addWidget(m_autostop, 1);
    m_exposed->setObjectName(u"imageExposedPorts"_s);
    m_exposed->setWordWrap(true);
    m_exposed->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_exposed);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_handlerBox);
    layout->addLayout(buttons);
    layout->addWidget(addMessage(u"services"_s, m_table));
    layout->addWidget(m_autostart);
    layout->addLayout(idle);
    layout->addWidget(note);
    // Tab goes down the page as it reads: the table, its port's handlers, the buttons, then autostart and autostop.
    QList<QWidget *> order{m_table};
    order += QList<QWidget *>(m_handlerChecks.cbegin(), m_handlerChecks.cend());
    order += {add, remove, m_autostart, m_autostop};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    readSpec(spec());
    showImagePorts();
    showHandlers();
    connect(m_table, &QTableWidget::currentCellChanged, this, &ServicesPage::showHandlers);
    connect(m_image, &ImageInspector::changed, this, [this] {
        showImagePorts();
        Q_EMIT pageIssuesChanged();
    });
    connect(add, &QPushButton::clicked, this, [this] {
        addRow(u"443"_s, 8080, u"tcp"_s, {u"tls"_s, u"http"_s});
        m_table->setCurrentCell(m_table->rowCount() - 1, External);
        write();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            write();
            showHandlers();
        }
    });
    connect(m_autostart, &QCheckBox::toggled, this, &ServicesPage::write);
    connect(m_autostop, &QComboBox::activated, this, &ServicesPage::write);
}

QString ServicesPage::title()
{
    return tr("Services");
}

void ServicesPage::showImagePorts()
{
    const std::optional<ImageConfig> &config = m_image->config();
    m_exposed->setText(config ? (config->exposedPorts.isEmpty() ? tr("The image declares no ports.")
                                                                : tr("The image says it listens on %1.").arg(config->exposedPorts.join(tr(", "))))
                              : QString());
    m_exposed->setVisible(config.has_value());
}

Issues ServicesPage::pageIssues() const
{
    const std::optional<ImageConfig> &config = m_image->config();
    if (!config || config->exposedPorts.isEmpty())
        return {};
    Issues issues;
    for (qsizetype i = 0; i < spec().services.size(); ++i) {
        const ServiceSpec &service = spec().services.at(i);
        if (!config->exposes(service.internalPort, service.protocol.isEmpty() ? u"tcp"_s : service.protocol))
            issues.append(warning(u"services[%1].internal_port"_s.arg(i), tr("the image says it listens on %1, not on %2: check the port your app listens on")
                                                                             .arg(config->exposedPorts.join(tr(", ")))
                                                                             .arg(service.internalPort)));
    }
    return issues;
}

QStringList ServicesPage::fields()
{
    return {u"services"_s};
}

void ServicesPage::addRow(const QString &external, int internal, const QString &protocol, const QStringList &handlers)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *externalEdit = new QLineEdit(external, m_table);
    externalEdit->setAccessibleName(tr("Public port or range, row %1").arg(row + 1));
    externalEdit->setPlaceholderText(tr("443 or 8000-8010"));
    auto *internalSpin = new QSpinBox(m_table);
    internalSpin->setRange(1, 65535);
    internalSpin->setValue(internal);
    internalSpin->setAccessibleName(tr("Internal port, row %1").arg(row + 1));
    auto *protocolCombo = new QComboBox(m_table);
    protocolCombo->addItems({u"tcp"_s, u"udp"_s});
    protocolCombo->setCurrentText(protocol);
    protocolCombo->setAccessibleName(tr("Protocol, row %1").arg(row + 1));
    for (QWidget *field : std::initializer_list<QWidget *>{externalEdit, internalSpin, protocolCombo})
        field->installEventFilter(this);
    m_table->setCellWidget(row, External, externalEdit);
    m_table->setCellWidget(row, Internal, internalSpin);
    m_table->setCellWidget(row, Protocol, protocolCombo);
    setHandlers(row, handlers);
    m_table->resizeRowsToContents();
    connect(externalEdit, &QLineEdit::textEdited, this, &ServicesPage::write);
    connect(externalEdit, &QLineEdit::textEdited, this, &ServicesPage::showHandlers); // its title names the port
    connect(internalSpin, &QSpinBox::valueChanged, this, &ServicesPage::write);
    connect(protocolCombo, &QComboBox::activated, this, &ServicesPage::write);
}

QList<ServiceSpec> ServicesPage::servicesFromTable() const
{
    QList<ServiceSpec> services;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString external = qobject_cast<QLineEdit *>(m_table->cellWidget(row, External))->text().trimmed();
        const int internal = qobject_cast<QSpinBox *>(m_table->cellWidget(row, Internal))->value();
        const QString protocol = qobject_cast<QComboBox *>(m_table->cellWidget(row, Protocol))->currentText();
        PortSpec port;
        if (external.contains(u'-')) {
            port.startPort = external.section(u'-', 0, 0).toInt();
            port.endPort = external.section(u'-', 1).toInt();
        } else {
            port.port = external.toInt(); // a wrong number becomes 0, which validation explains
        }
        port.handlers = m_table->item(row, Handlers)->data(Qt::UserRole).toStringList();
        auto service = std::find_if(services.begin(), services.end(), [&](const ServiceSpec &s) { return s.internalPort == internal && s.protocol == protocol; });
        if (service == services.end()) {
            ServiceSpec fresh;
            fresh.internalPort = internal;
            fresh.protocol = protocol;
            // What an existing service has beyond its ports (checks, concurrency, …) stays.
            for (const ServiceSpec &existing : spec().services) {
                if (existing.internalPort == internal && existing.protocol == protocol)
                    fresh.extra = existing.extra;
            }
            services.append(fresh);
            service = services.end() - 1;
        }
        service->ports.append(port);
    }
    const int autostop = m_autostop->currentData().toInt();
    for (ServiceSpec &service : services) {
        service.autostart = m_autostart->isChecked();
        service.autostop = autostop == 0 ? Autostop::Off : autostop == 1 ? Autostop::Stop : Autostop::Suspend;
    }
    return services;
}

void ServicesPage::setHandlers(int row, const QStringList &handlers)
{
    QStringList ordered; // as the check boxes list them, whatever order they came in
    for (const QString &handler : kHandlers) {
        if (handlers.contains(handler))
            ordered.append(handler);
    }
    QTableWidgetItem *item = m_table->item(row, Handlers);
    if (!item) {
        item = new QTableWidgetItem;
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, Handlers, item);
    }
    item->setText(ordered.isEmpty() ? tr("none") : ordered.join(u", "_s));
    item->setData(Qt::UserRole, ordered);
}

void ServicesPage::showHandlers()
{
    const int row = m_table->currentRow();
    const QStringList handlers = row >= 0 ? m_table->item(row, Handlers)->data(Qt::UserRole).toStringList() : QStringList();
    const bool updating = std::exchange(m_updating, true);
    for (QCheckBox *check : std::as_const(m_handlerChecks))
        check->setChecked(handlers.contains(check->text()));
    m_updating = updating;
    m_handlerBox->setEnabled(row >= 0);
    m_handlerBox->setTitle(row >= 0 ? tr("Handlers of public port %1").arg(qobject_cast<QLineEdit *>(m_table->cellWidget(row, External))->text())
                                    : tr("Handlers: choose a port above"));
}

bool ServicesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        if (auto *field = qobject_cast<QWidget *>(watched)) {
            const QModelIndex index = m_table->indexAt(field->mapTo(m_table->viewport(), QPoint(1, 1)));
            if (index.isValid() && index.row() != m_table->currentRow())
                m_table->setCurrentCell(index.row(), index.column());
        }
    }
    return StepPage::eventFilter(watched, event);
}

void ServicesPage::write()
{
    if (m_updating)
        return;
    const QList<ServiceSpec> services = servicesFromTable();
    edit([&](RunSpec &s) { s.services = services; });
}

void ServicesPage::readSpec(const RunSpec &s)
{
    if (m_updating)
        return;
    m_updating = true;
    const ServiceSpec first = s.services.value(0);
    m_autostart->setChecked(first.autostart.value_or(true));
    const Autostop autostop = first.autostop.value_or(Autostop::Off);
    m_autostop->setCurrentIndex(autostop == Autostop::Off ? 0 : autostop == Autostop::Stop ? 1 : 2);
    // Rebuilt only when the spec's ports say something else than the table, so
    // typing keeps its focus and other steps' edits cost nothing here.
    const auto portsOnly = [](QList<ServiceSpec> services) {
        for (ServiceSpec &service : services) {
            service.autostart.reset();
            service.autostop.reset();
            service.extra = {};
        }
        return services;
    };
    if (portsOnly(servicesFromTable()) != portsOnly(s.services)) {
        m_table->setRowCount(0);
        for (const ServiceSpec &service : s.services) {
            for (const PortSpec &port : service.ports)
                addRow(externalText(port), service.internalPort, service.protocol, port.handlers);
        }
        showHandlers();
    }
    m_updating = false;
}

} // namespace Flightdeck::Ui
