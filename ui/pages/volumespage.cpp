#include "ui/pages/volumespage.h"

#include "ui/session/apisession.h"
#include "ui/widgets/loadstatus.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

VolumesPage::VolumesPage(RunSpecDocument *document, ApiSession *session, QWidget *parent)
    : StepPage(document, fields(), parent)
    , m_session(session)
    , m_volume(new QComboBox(this))
    , m_status(new LoadStatus(u"volumesStatus"_s, this))
    , m_path(new QLineEdit(this))
    , m_newName(new QLineEdit(this))
    , m_newSize(new QSpinBox(this))
    , m_create(new QPushButton(tr("&Create volume"), this))
    , m_createStatus(new LoadStatus(u"createVolumeStatus"_s, this))
{
    m_volume->setObjectName(u"volumeCombo"_s);
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setProperty("jsonKey", u"mounts"_s);
    m_path->setObjectName(u"mountPathEdit"_s);
    m_path->setAccessibleName(tr("Mount path"));
    m_path->setPlaceholderText(tr("for example /data"));
    m_path->setProperty("jsonKey", u"mounts"_s);
    m_newName->setObjectName(u"newVolumeName"_s);
    m_newName->setAccessibleName(tr("New volume name"));
    m_newName->setPlaceholderText(tr("for example data"));
    m_newName->setToolTip(tr("lowercase letters, digits and underscores"));
    m_newSize->setObjectName(u"newVolumeSize"_s);
    m_newSize->setAccessibleName(tr("New volume size"));
    m_newSize->setRange(1, 500);
    m_newSize->setValue(1);
    m_newSize->setSuffix(tr(" GB"));
    m_create->setObjectName(u"createVolumeButton"_s);

    auto *intro = new QLabel(tr("A volume keeps data across restarts. It lives in one region, and a Machine that mounts it runs there."), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Volume:"), m_volume);
    form->addRow(QString(), m_status);
    form->addRow(tr("Mount &path:"), m_path);
    form->addRow(QString(), addMessage(u"mounts"_s, m_volume));

    auto *createBox = new QGroupBox(tr("New volume"), this);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_newSize);
    sizeRow->addStretch();
    sizeRow->addWidget(m_create);
    auto *createForm = new QFormLayout(createBox);
    createForm->addRow(tr("N&ame:"), m_newName);
    createForm->addRow(tr("Si&ze:"), sizeRow);
    createForm->addRow(QString(), m_createStatus);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(createBox);
    layout->addStretch();

    connect(m_status, &LoadStatus::retryRequested, this, &VolumesPage::load);
    connect(m_session, &ApiSession::tokenStateChanged, this, [this] {
        if (isVisible())
            shown();
    });
    connect(m_createStatus, &LoadStatus::retryRequested, this, &VolumesPage::createVolume);
    connect(m_create, &QPushButton::clicked, this, &VolumesPage::createVolume);
    connect(m_volume, &QComboBox::activated, this, [this] { setMount(m_volume->currentData().toString(), m_path->text().trimmed()); });
    connect(m_path, &QLineEdit::textEdited, this, [this](const QString &text) { setMount(m_volume->currentData().toString(), text.trimmed()); });
    readSpec(spec());
}

QString VolumesPage::title()
{
    return tr("Volumes");
}

QStringList VolumesPage::fields()
{
    return {u"mounts"_s};
}

void VolumesPage::setMount(const QString &volume, const QString &path)
{
    edit([&](RunSpec &s) {
        if (volume.isEmpty() && path.isEmpty()) {
            s.mounts.clear();
            return;
        }
        MountSpec mount = s.mounts.value(0);
        mount.volume = volume;
        mount.path = path;
        if (s.mounts.isEmpty())
            s.mounts.append(mount);
        else
            s.mounts[0] = mount;
    });
}

void VolumesPage::shown()
{
    if (spec().app != m_loadedFor && m_session->tokenState() == ApiSession::TokenState::Valid)
        load();
}

void VolumesPage::readSpec(const RunSpec &s)
{
    if (isVisible())
        shown();
    fillChoices();
    const QString path = s.mounts.value(0).path;
    if (m_path->text().trimmed() != path)
        m_path->setText(path);
    m_create->setEnabled(!s.app.isEmpty());
}

void VolumesPage::load()
{
    const QString app = spec().app;
    if (app.isEmpty()) {
        m_status->setLoaded(tr("Choose an app first: volumes belong to an app."));
        return;
    }
    m_loadedFor = app;
    m_status->setLoading(tr("Loading the volumes of %1…").arg(app));
    m_session->inventory().volumes(app, this, [this, app](const QList<VolumeSummary> &volumes, const std::optional<ApiError> &error) {
        if (app != spec().app)
            return;
        if (error) {
            m_volumes.clear();
            // A new app has no volumes yet: not an error the user must act on.
            if (error->httpStatus == 404)
                m_status->setLoaded(tr("%1 does not exist yet, so it has no volumes; create one after the first launch.").arg(app));
            else
                m_status->setFailed(tr("Could not load the volumes: %1").arg(error->message()));
        } else {
            m_volumes = volumes;
            m_status->setLoaded(QString());
        }
        fillChoices();
    });
}

void VolumesPage::fillChoices()
{
    const RunSpec &s = spec();
    const QString chosen = s.mounts.value(0).volume;
    const QSignalBlocker blocker(m_volume);
    m_volume->clear();
    m_volume->addItem(tr("No volume"), QString());
    int free = 0;
    for (const VolumeSummary &volume : std::as_const(m_volumes)) {
        const bool usable = volume.isFree() && (s.region.isEmpty() || volume.region == s.region);
        if (!usable && volume.id != chosen)
            continue;
        free += usable ? 1 : 0;
        m_volume->addItem(tr("%1 — %2, %3 GB (%4)").arg(volume.name, volume.region).arg(volume.sizeGb).arg(volume.id), volume.id);
    }
    if (!chosen.isEmpty() && m_volume->findData(chosen) < 0)
        m_volume->addItem(tr("%1 (from the request)").arg(chosen), chosen);
    m_volume->setCurrentIndex(std::max(0, m_volume->findData(chosen)));
    if (m_status->state() == LoadStatus::State::Loaded && !m_volumes.isEmpty() && free == 0)
        m_status->setLoaded(s.region.isEmpty() ? tr("Every volume of this app is attached: create a new one below.")
                                               : tr("No unattached volume in %1: create one below, or pick another region.").arg(s.region));
}

void VolumesPage::createVolume()
{
    const QString app = spec().app;
    const QString name = m_newName->text().trimmed();
    if (name.isEmpty()) {
        m_createStatus->setFailed(tr("Name the new volume first."));
        return;
    }
    m_create->setEnabled(false);
    m_createStatus->setLoading(tr("Creating %1…").arg(name));
    m_session->inventory().createVolume(app, name, spec().region, m_newSize->value(), this,
                                        [this, app](const VolumeSummary &volume, const std::optional<ApiError> &error) {
                                            m_create->setEnabled(true);
                                            if (error)
                                                return m_createStatus->setFailed(tr("Not created: %1").arg(error->message()));
                                            m_createStatus->setLoaded(tr("Created %1 in %2.").arg(volume.id, volume.region));
                                            m_newName->clear();
                                            if (app == spec().app)
                                                m_volumes.append(volume);
                                            const QString path = m_path->text().trimmed().isEmpty() ? u"/data"_s : m_path->text().trimmed();
                                            setMount(volume.id, path);
                                        });
}

} // namespace Flightdeck::Ui
