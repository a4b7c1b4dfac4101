#include "ui/pages/lifecyclepage.h"

#include "ui/session/apisession.h"
#include "ui/widgets/keyvaluetable.h"
#include "ui/widgets/loadstatus.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

LifecyclePage::LifecyclePage(RunSpecDocument *document, ApiSession *session, QWidget *parent)
    : StepPage(document, fields(), parent)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_restart(new QComboBox(this))
    , m_retries(new QSpinBox(this))
    , m_restartDefault(new QLabel(this))
    , m_autoDestroy(new QCheckBox(tr("&Destroy the Machine when its process exits"), this))
    , m_schedule(new QComboBox(this))
    , m_standby(new QListWidget(this))
    , m_machinesStatus(new LoadStatus(u"machinesStatus"_s, this))
    , m_metadata(new KeyValueTable(u"metadata"_s, tr("Metadata"), this))
    , m_deploy(new QCheckBox(tr("Let `fly deploy` manage this Machine &later"), this))
    , m_group(new QLineEdit(this))
    , m_skipDns(new QCheckBox(tr("S&kip DNS registration"), this))
    , m_waitTimeout(new QSpinBox(this))
    , m_skipChecks(new QCheckBox(tr("Don't wait for health &checks"), this))
{
    setUpFields();
    layOut();
    readSpec(spec());
    connectFields();
}

// Names, ranges and choices of the fields.
void LifecyclePage::setUpFields()
{
    m_waitTimeout->setObjectName(u"waitTimeoutSpin"_s);
    m_waitTimeout->setAccessibleName(tr("Wait for start and health checks"));
    m_waitTimeout->setRange(0, 3600);
    m_waitTimeout->setSuffix(tr(" s"));
    m_waitTimeout->setSpecialValueText(tr("300 s (default)"));
    m_waitTimeout->setToolTip(tr("How long the launch waits for the Machine to start and its health checks to pass before it reports a failure"));
    m_skipChecks->setObjectName(u"skipHealthChecksCheck"_s);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setAccessibleName(tr("Machine name"));
    m_name->setPlaceholderText(tr("empty: the platform picks one, like aged-thunder-7371"));
    m_name->setProperty("jsonKey", u"name"_s);
    m_restart->setObjectName(u"restartCombo"_s);
    m_restart->setAccessibleName(tr("Restart policy"));
    //: a restart policy: send none, the platform's default applies
    m_restart->addItem(tr("Default"), u"<default>"_s);
    m_restart->addItem(tr("Never (no)"), u"no"_s);
    m_restart->addItem(tr("Always"), u"always"_s);
    m_restart->addItem(tr("When it fails (on-failure)"), u"on-failure"_s);
    m_restart->setProperty("jsonKey", u"restart"_s);
    m_retries->setObjectName(u"retriesSpin"_s);
    m_retries->setAccessibleName(tr("Restart attempts"));
    m_retries->setRange(0, 100);
    m_retries->setSpecialValueText(tr("platform default (10)"));
    m_restartDefault->setObjectName(u"restartDefault"_s);
    m_autoDestroy->setObjectName(u"autoDestroyCheck"_s);
    m_schedule->setObjectName(u"scheduleCombo"_s);
    m_schedule->setAccessibleName(tr("Schedule"));
    m_schedule->addItem(tr("None: run until stopped"), QString());
    for (const QString &schedule : {u"hourly"_s, u"daily"_s, u"weekly"_s, u"monthly"_s})
        m_schedule->addItem(schedule, schedule);
    m_schedule->setProperty("jsonKey", u"schedule"_s);
    m_standby->setObjectName(u"standbyList"_s);
    m_standby->setAccessibleName(tr("Standby for Machines"));
    m_standby->setAccessibleDescription(tr("Check the Machines this one stands by for; it starts only when one of them fails"));
    m_standby->setMaximumHeight(96);
    m_standby->setProperty("jsonKey", u"standbys"_s);
    m_metadata->setAccessibleName(tr("Metadata"));
    m_metadata->setProperty("jsonKey", u"metadata"_s);
    m_metadata->setMinimumHeight(140);
    m_deploy->setObjectName(u"deployManagedCheck"_s);
    m_group->setObjectName(u"processGroupEdit"_s);
    m_group->setAccessibleName(tr("Process group"));
    m_skipDns->setObjectName(u"skipDnsCheck"_s);
}

void LifecyclePage::layOut()
{
    auto *form = new QFormLayout(this);
    form->addRow(tr("Nam&e:"), m_name);
    form->addRow(QString(), addMessage(u"name"_s, m_name));
    form->addRow(tr("&Restart:"), m_restart);
    form->addRow(QString(), m_restartDefault);
    form->addRow(tr("Attempts:"), m_retries);
    form->addRow(QString(), addMessage(u"restart"_s, m_restart));
    form->addRow(QString(), m_autoDestroy);
    form->addRow(tr("&Schedule:"), m_schedule);
    form->addRow(QString(), addMessage(u"schedule"_s, m_schedule));
    form->addRow(tr("Standb&y for:"), m_standby);
    form->addRow(QString(), m_machinesStatus);
    form->addRow(QString(), addMessage(u"standbys"_s, m_standby));
    auto *metadataLabel = new QLabel(tr("Me&tadata:"), this);
    metadataLabel->setBuddy(m_metadata);
    form->addRow(metadataLabel); // the table spans the page's width
    form->addRow(m_metadata);
    form->addRow(QString(), addMessage(u"metadata"_s, m_metadata));
    form->addRow(QString(), m_deploy);
    form->addRow(tr("Process &group:"), m_group);
    form->addRow(QString(), addMessage(u"metadata.fly_process_group"_s, m_group));
    form->addRow(QString(), m_skipDns);
    form->addRow(tr("&Wait timeout:"), m_waitTimeout);
    form->addRow(QString(), m_skipChecks);
}

// Every field writes its part of the spec as it changes.
void LifecyclePage::connectFields()
{
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) { edit([&](RunSpec &s) { s.name = text.trimmed(); }); });
    const auto writeRestart = [this] {
        edit([&](RunSpec &s) {
            const QString policy = m_restart->currentData().toString();
            if (policy == "<default>"_L1)
                s.restart.reset();
            else
                s.restart = RestartSpec{policy, policy == "on-failure"_L1 ? m_retries->value() : 0, s.restart ? s.restart->extra : QJsonObject()};
        });
    };
    connect(m_restart, &QComboBox::activated, this, writeRestart);
    connect(m_retries, &QSpinBox::valueChanged, this, writeRestart);
    connect(m_autoDestroy, &QCheckBox::toggled, this, [this](bool on) { edit([&](RunSpec &s) { s.autoDestroy = on; }); });
    connect(m_schedule, &QComboBox::activated, this, [this] { edit([&](RunSpec &s) { s.schedule = m_schedule->currentData().toString(); }); });
    connect(m_standby, &QListWidget::itemChanged, this, [this] {
        QStringList ids;
        for (int row = 0; row < m_standby->count(); ++row) {
            if (m_standby->item(row)->checkState() == Qt::Checked)
                ids.append(m_standby->item(row)->data(Qt::UserRole).toString());
        }
        edit([&](RunSpec &s) {
            if (ids.isEmpty())
                s.standbyFor.reset();
            else
                s.standbyFor = ids;
        });
    });
    connect(m_machinesStatus, &LoadStatus::retryRequested, this, &LifecyclePage::loadMachines);
    connect(m_session, &ApiSession::tokenStateChanged, this, [this] {
        if (isVisible())
            shown();
    });
    connect(m_metadata, &KeyValueTable::edited, this, [this](const QMap<QString, QString> &values) { edit([&](RunSpec &s) { s.metadata = values; }); });
    connect(m_deploy, &QCheckBox::toggled, this, [this](bool on) { edit([&](RunSpec &s) { s.manageWithDeploy = on; }); });
    connect(m_group, &QLineEdit::textEdited, this, [this](const QString &text) { edit([&](RunSpec &s) { s.processGroup = text.trimmed(); }); });
    connect(m_skipDns, &QCheckBox::toggled, this, [this](bool on) { edit([&](RunSpec &s) { s.skipDnsRegistration = on; }); });
    connect(m_waitTimeout, &QSpinBox::valueChanged, this, [this](int seconds) { edit([&](RunSpec &s) { s.waitTimeoutSeconds = seconds; }); });
    connect(m_skipChecks, &QCheckBox::toggled, this, [this](bool on) { edit([&](RunSpec &s) { s.skipHealthChecks = on; }); });
}

QString LifecyclePage::title()
{
    return tr("Lifecycle");
}

QStringList LifecyclePage::fields()
{
    return {u"name"_s, u"restart"_s, u"schedule"_s, u"standbys"_s, u"metadata"_s};
}

void LifecyclePage::readSpec(const RunSpec &s)
{
    const QSignalBlocker b1(m_restart), b2(m_retries), b3(m_autoDestroy), b4(m_schedule), b5(m_deploy), b6(m_skipDns), b7(m_waitTimeout), b8(m_skipChecks);
    if (m_name->text().trimmed() != s.name)
        m_name->setText(s.name);
    const QString policy = !s.restart ? u"<default>"_s : s.restart->policy;
    m_restart->setCurrentIndex(std::max(0, m_restart->findData(policy)));
    m_retries->setValue(s.restart ? s.restart->maxRetries : 0);
    m_retries->setEnabled(policy == "on-failure"_L1);
    // The effective default, and where it comes from.
    QString effective;
    if (s.restart)
        effective = s.restart->policy.isEmpty() ? tr("No policy is sent: the platform's default applies (on-failure, up to 10 restarts).") : QString();
    else if (s.autoDestroy || s.shell)
        effective = tr("Default here: no — a Machine that destroys itself is not restarted (as flyctl does with --rm).");
    else if (!s.schedule.isEmpty())
        effective = tr("Default here: on-failure — a scheduled Machine is restarted only when it fails.");
    else
        effective = tr("Default here: the platform's — on-failure, up to 10 restarts in 5 minutes.");
    m_restartDefault->setText(effective);
    m_restartDefault->setVisible(!effective.isEmpty());
    m_autoDestroy->setChecked(s.autoDestroy);
    m_schedule->setCurrentIndex(std::max(0, m_schedule->findData(s.schedule)));
    fillStandby(s);
    m_metadata->setValues(s.metadata);
    m_deploy->setChecked(s.manageWithDeploy);
    m_group->setEnabled(s.manageWithDeploy);
    if (m_group->text().trimmed() != s.processGroup)
        m_group->setText(s.processGroup);
    m_skipDns->setChecked(s.skipDnsRegistration);
    m_waitTimeout->setValue(s.waitTimeoutSeconds);
    m_skipChecks->setChecked(s.skipHealthChecks);
}

void LifecyclePage::shown()
{
    if (spec().app != m_loadedFor && m_session->tokenState() == ApiSession::TokenState::Valid)
        loadMachines();
}

void LifecyclePage::loadMachines()
{
    const QString app = spec().app;
    m_loadedFor = app;
    if (app.isEmpty())
        return m_machinesStatus->clear();
    m_machinesStatus->setLoading(tr("Loading the Machines of %1…").arg(app));
    m_session->inventory().machines(app, this, [this, app](const QList<MachineSummary> &machines, const std::optional<ApiError> &error) {
        if (app != spec().app)
            return;
        if (error && error->httpStatus != 404)
            return m_machinesStatus->setFailed(tr("Could not load the app's Machines: %1").arg(error->message()));
        m_machines = machines;
        m_machinesStatus->setLoaded(machines.isEmpty() ? tr("%1 has no Machines to stand by for.").arg(app) : QString());
        fillStandby(spec());
    });
}

void LifecyclePage::fillStandby(const RunSpec &s)
{
    const QStringList chosen = s.standbyFor.value_or(QStringList());
    QList<std::pair<QString, QString>> rows; // id, label
    for (const MachineSummary &machine : std::as_const(m_machines))
        rows.append({machine.id, tr("%1 — %2 in %3 (%4)").arg(machine.id, machine.name, machine.region, machine.state)});
    for (const QString &id : chosen) {
        if (std::none_of(rows.cbegin(), rows.cend(), [&](const auto &row) { return row.first == id; }))
            rows.append({id, tr("%1 (not among the app's Machines)").arg(id)});
    }
    // Unchanged: leave the list alone (this runs from the list's own itemChanged too).
    bool same = m_standby->count() == rows.size();
    for (int row = 0; same && row < m_standby->count(); ++row) {
        const QListWidgetItem *item = m_standby->item(row);
        same = item->data(Qt::UserRole).toString() == rows.at(row).first && item->text() == rows.at(row).second
            && (item->checkState() == Qt::Checked) == chosen.contains(rows.at(row).first);
    }
    if (same)
        return;
    const QSignalBlocker blocker(m_standby);
    m_standby->clear();
    for (const auto &[id, label] : std::as_const(rows)) {
        auto *item = new QListWidgetItem(label, m_standby);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace Flightdeck::Ui
