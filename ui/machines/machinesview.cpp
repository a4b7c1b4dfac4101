#include "ui/machines/machinesview.h"

#include "app/spec/vmsizing.h"
#include "ui/launch/machinelogview.h"
#include "ui/widgets/messagebar.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

namespace {

enum Column { Name, Id, State, Region, Image, Size, Created, Checks, ColumnCount };

bool isRunning(const QString &state)
{
    return QStringList{u"started"_s, u"starting"_s, u"restarting"_s, u"replacing"_s, u"stopping"_s, u"suspending"_s}.contains(state);
}

// Which actions a Machine in `state` takes, as the API allows them.
bool allows(MachineAction::Kind kind, const QString &state)
{
    switch (kind) {
    case MachineAction::Kind::Start:
        return QStringList{u"created"_s, u"stopped"_s, u"suspended"_s, u"failed"_s}.contains(state);
    case MachineAction::Kind::Stop:
        return QStringList{u"started"_s, u"starting"_s, u"suspended"_s}.contains(state);
    case MachineAction::Kind::Restart:
    case MachineAction::Kind::Suspend:
        return state == "started"_L1;
    case MachineAction::Kind::Destroy:
    case MachineAction::Kind::Update:
        return state != "destroying"_L1 && state != "destroyed"_L1;
    }
    return false;
}

QString sizeText(const MachineSummary &machine)
{
    GuestSpec guest;
    guest.cpuKind = machine.cpuKind;
    guest.cpus = machine.cpus;
    guest.memoryMb = machine.memoryMb;
    if (const std::optional<VmSizing::Preset> preset = VmSizing::presetFor(guest))
        return preset->name;
    return MachinesView::tr("%n %1 CPU(s), %2 MB", nullptr, machine.cpus).arg(machine.cpuKind).arg(machine.memoryMb);
}

QString checksText(const MachineSummary &machine)
{
    if (machine.checks.isEmpty())
        return MachinesView::tr("none");
    const auto passing = std::count_if(machine.checks.cbegin(), machine.checks.cend(), [](const MachineSummary::Check &c) { return c.status == "passing"_L1; });
    return MachinesView::tr("%1 of %2 passing").arg(passing).arg(machine.checks.size());
}

} // namespace

MachinesView::MachinesView(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_title(new QLabel(this))
    , m_table(new QTreeWidget(this))
    , m_messages(new MessageBar(this))
    , m_refresh(new QTimer(this))
    //: a button: opens the Machine's log (noun)
    , m_log(new QPushButton(tr("Log"), this))
    //: a button, a verb: a new Machine like the selected one
    , m_clone(new QPushButton(tr("Clone"), this))
    , m_update(new QPushButton(tr("Update…"), this))
    , m_reload(new QPushButton(tr("Refresh"), this))
{
    setObjectName(u"machinesView"_s);
    m_title->setObjectName(u"machinesTitle"_s);
    m_title->setWordWrap(true);
    m_table->setObjectName(u"machinesTable"_s);
    m_table->setAccessibleName(tr("The app's Machines"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAllColumnsShowFocus(true);
    //: column headings of the Machines table; "Created" is the time the Machine was created, "Checks" its health checks
    m_table->setHeaderLabels({tr("Name"), tr("ID"), tr("State"), tr("Region"), tr("Image"), tr("Size"), tr("Created"), tr("Checks")});
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(true);
    m_messages->setObjectName(u"machinesMessages"_s);
    m_messages->hide();

    auto *buttons = new QHBoxLayout;
    const struct
    {
        MachineAction::Kind kind;
        QString text;
        QString name;
    } actions[] = {
        {MachineAction::Kind::Start, tr("Start"), u"startMachineButton"_s},       {MachineAction::Kind::Stop, tr("Stop"), u"stopMachineButton"_s},
        {MachineAction::Kind::Restart, tr("Restart"), u"restartMachineButton"_s}, {MachineAction::Kind::Suspend, tr("Suspend"), u"suspendMachineButton"_s},
        {MachineAction::Kind::Destroy, tr("Destroy…"), u"destroyMachineButton"_s},
    };
    for (const auto &action : actions) {
        auto *button = new QPushButton(action.text, this);
        button->setObjectName(action.name);
        buttons->addWidget(button);
        m_actionButtons.append({action.kind, button});
        connect(button, &QPushButton::clicked, this, [this, kind = action.kind] { runOnCurrent(kind); });
    }
    buttons->addStretch();
    m_log->setObjectName(u"machineLogButton"_s);
    m_log->setToolTip(tr("The Machine's log, live, in a window of its own (Enter in the table)"));
    m_clone->setObjectName(u"cloneMachineButton"_s);
    m_clone->setToolTip(tr("A new Machine like this one: its config into the wizard"));
    m_update->setObjectName(u"updateMachineButton"_s);
    m_update->setToolTip(tr("Change this Machine: its config into the wizard, which then updates it instead of creating one"));
    m_reload->setObjectName(u"refreshMachinesButton"_s);
    for (QPushButton *button : {m_log, m_clone, m_update, m_reload})
        buttons->addWidget(button);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_messages);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    // The buttons carry no mnemonics: the dock shares the window's letters with
    // the wizard. The keyboard has Tab, and these keys in the table.
    auto *refreshKey = new QAction(this);
    refreshKey->setShortcut(QKeySequence::Refresh);
    refreshKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshKey);
    connect(refreshKey, &QAction::triggered, this, &MachinesView::refresh);
    auto *destroyKey = new QAction(m_table);
    destroyKey->setShortcut(QKeySequence::Delete);
    destroyKey->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(destroyKey);
    connect(destroyKey, &QAction::triggered, this, [this] { runOnCurrent(MachineAction::Kind::Destroy); });
    const auto openLog = [this] {
        if (const std::optional<MachineSummary> machine = current())
            openLogOf(m_app, machine->id, machine->name);
    };
    connect(m_table, &QTreeWidget::itemActivated, this, openLog);

    m_refresh->setInterval(kRefreshMs);
    connect(m_refresh, &QTimer::timeout, this, &MachinesView::refresh);
    connect(m_reload, &QPushButton::clicked, this, &MachinesView::refresh);
    connect(m_table, &QTreeWidget::currentItemChanged, this, &MachinesView::updateButtons);
    connect(m_log, &QPushButton::clicked, this, openLog);
    connect(m_clone, &QPushButton::clicked, this, [this] {
        if (const QString id = currentMachineId(); !id.isEmpty())
            Q_EMIT cloneRequested(m_app, id);
    });
    connect(m_update, &QPushButton::clicked, this, &MachinesView::requestUpdate);
    setApp({});
}

void MachinesView::setApp(const QString &app)
{
    if (app == m_app && !app.isEmpty())
        return;
    m_app = app;
    m_machines.clear();
    m_table->clear();
    m_title->setText(app.isEmpty() ? tr("Choose an app on the App step to see its Machines.") : tr("Machines of %1").arg(app));
    updateButtons();
    if (isVisible())
        refresh();
}

void MachinesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_refresh->start();
    refresh();
}

void MachinesView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_refresh->stop(); // nothing is asked for while nobody looks
}

void MachinesView::refresh()
{
    if (m_app.isEmpty() || m_listing)
        return;
    m_listing = true;
    const QString app = m_app;
    AppInventory(m_api).machines(app, this, [this, app](const QList<MachineSummary> &machines, const std::optional<ApiError> &error) {
        m_listing = false;
        if (app != m_app)
            return refresh(); // the app changed while the list was on its way
        if (error) {
            m_title->setText(error->httpStatus == 404 ? tr("%1 does not exist yet: it has no Machines.").arg(app)
                                                      : tr("Could not list the Machines of %1: %2").arg(app, error->message()));
            show({});
            return;
        }
        m_title->setText(tr("Machines of %1 (%n)", nullptr, int(machines.size())).arg(app));
        show(machines);
        Q_EMIT refreshed();
    });
}

void MachinesView::show(const QList<MachineSummary> &machines)
{
    const QString selected = currentMachineId();
    m_machines.clear();
    m_table->clear();
    for (const MachineSummary &machine : machines) {
        if (machine.state == "destroyed"_L1)
            continue;
        m_machines.append(machine);
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(Name, machine.name);
        item->setText(Id, machine.id);
        item->setText(State, machine.state);
        item->setText(Region, machine.region);
        item->setText(Image, machine.image);
        item->setText(Size, sizeText(machine));
        item->setText(Created, QLocale().toString(machine.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(Checks, checksText(machine));
        item->setData(0, Qt::UserRole, machine.id);
    }
    selectMachine(selected.isEmpty() && !m_machines.isEmpty() ? m_machines.first().id : selected);
    updateButtons();
}

QString MachinesView::currentMachineId() const
{
    const QTreeWidgetItem *item = m_table->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void MachinesView::selectMachine(const QString &id)
{
    for (int row = 0; row < m_table->topLevelItemCount(); ++row) {
        if (m_table->topLevelItem(row)->data(0, Qt::UserRole).toString() == id)
            return m_table->setCurrentItem(m_table->topLevelItem(row));
    }
}

std::optional<MachineSummary> MachinesView::current() const
{
    const QString id = currentMachineId();
    for (const MachineSummary &machine : m_machines) {
        if (machine.id == id)
            return machine;
    }
    return std::nullopt;
}

void MachinesView::updateButtons()
{
    const std::optional<MachineSummary> machine = current();
    const bool idle = !m_action;
    for (const auto &[kind, button] : std::as_const(m_actionButtons))
        button->setEnabled(idle && machine && allows(kind, machine->state));
    m_log->setEnabled(machine.has_value());
    m_clone->setEnabled(machine.has_value());
    m_update->setEnabled(idle && machine && allows(MachineAction::Kind::Update, machine->state));
    m_reload->setEnabled(!m_app.isEmpty());
}

void MachinesView::runOnCurrent(MachineAction::Kind kind)
{
    if (const std::optional<MachineSummary> machine = current())
        run(kind, m_app, *machine);
}

void MachinesView::runOn(MachineAction::Kind kind, const QString &app, const QString &id)
{
    m_messages->showMessage(tr("Reading the state of %1…").arg(id));
    AppInventory(m_api).machine(app, id, this, [this, kind, app, id](const QJsonObject &json, const std::optional<ApiError> &error) {
        if (error)
            return m_messages->showMessage(tr("Could not read %1: %2").arg(id, error->message()), MessageBar::Kind::Error);
        m_messages->hide();
        run(kind, app, MachineSummary::fromJson(json));
    });
}

void MachinesView::run(MachineAction::Kind kind, const QString &app, const MachineSummary &machine)
{
    if (m_action)
        return m_messages->showMessage(tr("Wait until the action on %1 ends.").arg(m_action->machineId()), MessageBar::Kind::Warning);
    if (!allows(kind, machine.state))
        return m_messages->showMessage(tr("Nothing to do: %1 is %2.").arg(machine.id, machine.state), MessageBar::Kind::Warning);
    bool force = false;
    if (kind == MachineAction::Kind::Destroy) {
        const std::optional<bool> answer = confirmDestroy(app, machine);
        if (!answer)
            return;
        force = *answer;
    }
    auto *action = new MachineAction(m_api, kind, app, machine.id, this);
    action->setForce(force);
    m_action = action;
    connect(action, &MachineAction::progress, this, [this](const QString &text) { m_messages->showMessage(text); });
    connect(action, &MachineAction::finished, this, [this, action](const MachineAction::Result &result) {
        m_messages->showMessage(result.message, result.ok ? MessageBar::Kind::Information : result.conflict ? MessageBar::Kind::Warning : MessageBar::Kind::Error);
        action->deleteLater();
        m_action = nullptr;
        updateButtons();
        refresh();
        Q_EMIT actionFinished(result);
    });
    updateButtons();
    action->start();
}

std::optional<bool> MachinesView::confirmDestroy(const QString &app, const MachineSummary &machine)
{
    QDialog dialog(this);
    dialog.setObjectName(u"destroyMachineDialog"_s);
    dialog.setWindowTitle(tr("Destroy a Machine"));
    const QString named = machine.name.isEmpty() ? machine.id : u"%1 (%2)"_s.arg(machine.name, machine.id);
    auto *text = new QLabel(tr("Destroy the Machine %1 of %2? Its configuration and root file system are gone for good; its volumes stay.").arg(named, app), &dialog);
    text->setWordWrap(true);
    auto *force = new QCheckBox(tr("It is %1: &kill it (--force)").arg(machine.state), &dialog);
    force->setObjectName(u"forceDestroyCheck"_s);
    force->setVisible(isRunning(machine.state));
    auto *box = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *destroy = box->addButton(tr("&Destroy %1").arg(machine.name.isEmpty() ? machine.id : machine.name), QDialogButtonBox::DestructiveRole);
    destroy->setObjectName(u"confirmDestroyButton"_s);
    // A running Machine is only killed when the user says so.
    destroy->setEnabled(!isRunning(machine.state));
    box->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(force, &QCheckBox::toggled, destroy, &QPushButton::setEnabled);
    connect(destroy, &QPushButton::clicked, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(force);
    layout->addWidget(box);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return force->isChecked();
}

void MachinesView::openLogOf(const QString &app, const QString &id, const QString &name)
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"machineLogDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Log of %1 (%2)").arg(name.isEmpty() ? id : name, app));
    auto *log = new MachineLogView(dialog);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(log, 1);
    layout->addWidget(box);
    dialog->resize(820, 480);
    log->follow(m_api, app, id);
    dialog->show();
}

void MachinesView::requestUpdate()
{
    const std::optional<MachineSummary> machine = current();
    if (!machine || m_action)
        return;
    m_messages->showMessage(tr("Reading the config of %1…").arg(machine->id));
    const QString app = m_app;
    AppInventory(m_api).machine(app, machine->id, this, [this, app, id = machine->id](const QJsonObject &json, const std::optional<ApiError> &error) {
        if (error)
            return m_messages->showMessage(tr("Could not read %1: %2").arg(id, error->message()), MessageBar::Kind::Error);
        m_messages->showMessage(tr("%1 is in the wizard: change what you want, then Update on the Review step.").arg(id));
        Q_EMIT updateRequested(app, json);
    });
}

} // namespace Flightdeck::Ui
