#pragma once

#include "app/api/appinventory.h"
#include "ui/wizard/steppage.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Flightdeck::Ui {

class ApiSession;
class LoadStatus;

// The volume to mount: one of the app's unattached volumes in the chosen
// region, or a new one created on the spot; and where it appears.
class VolumesPage final : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumesPage)

public:
    VolumesPage(RunSpecDocument *document, ApiSession *session, QWidget *parent = nullptr);
    // The step list shows the title, and validation issues of these fields
    // belong to the step, before the page is built.
    static QString title();
    static QStringList fields();

protected:
    void readSpec(const RunSpec &spec) override;
    void shown() override;

private:
    void load();
    void fillChoices();
    void createVolume();
    void setMount(const QString &volume, const QString &path);

    ApiSession *m_session;
    QComboBox *m_volume;
    LoadStatus *m_status;
    QLineEdit *m_path;
    QLineEdit *m_newName;
    QSpinBox *m_newSize;
    QPushButton *m_create;
    LoadStatus *m_createStatus;
    QList<VolumeSummary> m_volumes;
    QString m_loadedFor; // the app m_volumes belongs to
};

} // namespace Flightdeck::Ui
