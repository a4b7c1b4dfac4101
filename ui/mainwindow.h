#pragma once

#include "app/settings/userfiles.h"
#include "app/spec/runspec.h"
#include "ui/launch/launchnotifier.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QStackedWidget;

namespace Flightdeck {
class AppSettings;
class RunSpecDocument;
}

namespace Flightdeck::Ui {

class ApiSession;
class ImportActions;
class JsonPreview;
class LaunchController;
class LaunchView;
class MachinesView;
class MachineUpdate;
class MessageBar;
class ProfileController;
class RunWizard;

// The window: the wizard on the left, the live request preview on the right;
// once the user launches, the launch's progress in their place.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Keeps settings, the draft and the history in `files`; tests give a folder of their own.
    explicit MainWindow(const UserFiles &files = UserFiles::standard(), QWidget *parent = nullptr);
    ~MainWindow() override;

    RunSpecDocument *document() const;
    ApiSession *session() const { return m_session; }
    RunWizard *wizard() const { return m_wizard; }
    LaunchView *launchView() const { return m_launchView; }
    ProfileController *profiles() const { return m_profiles; }
    ImportActions *imports() const { return m_imports; }
    LaunchController *launches() const { return m_launches; }
    LaunchNotifier *notifier() const { return m_notifier; }
    MessageBar *messages() const { return m_messages; }
    MachinesView *machinesView() const { return m_machinesView; }
    MachineUpdate *machineUpdate() const { return m_update; }
    // The app's Machines, in a dock below the wizard.
    void showMachines();
    // Finds the token and checks it; call once the window is up.
    void connectToApi();

    // Launches what the wizard holds; the launch view takes the window's place.
    void launch(bool createOnly);
    // A temporary Machine to open a console on (`fly machine run --shell`).
    void launchShell();
    void showHistory();
    void showSettings();
    // Back to the wizard, at the step of `field` when given.
    void showWizard(const QString &field);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The request that creates the app, when the App step found it new; empty otherwise.
    QByteArray newAppRequestBody(const RunSpec &spec) const;
    void createMenus();
    void showShortcuts();
    // Launching needs a spec without errors: otherwise Review shows what to fix.
    bool readyToLaunch();
    void showLaunch();
    void showEndpoint();
    // The user edited the preview: take the JSON if it parses and validates.
    void applyEditedJson(const QByteArray &text);
    void createMachinesDock();
    // The wizard takes this Machine's config; Review then updates it.
    void beginUpdate(const QString &app, const QJsonObject &machine);
    void bringForward();
    void actOnNotice(LaunchNotifier::Action action, const LaunchNotifier::Notice &notice);
    void sendUpdate();

    std::unique_ptr<AppSettings> m_settings;
    RunSpecDocument *m_document;
    ApiSession *m_session;
    RunWizard *m_wizard;
    JsonPreview *m_preview;
    QStackedWidget *m_views;
    LaunchView *m_launchView;
    MessageBar *m_messages;
    ProfileController *m_profiles;
    ImportActions *m_imports;
    LaunchNotifier *m_notifier;
    LaunchController *m_launches;
    MachinesView *m_machinesView;
    QDockWidget *m_machinesDock = nullptr;
    MachineUpdate *m_update;
};

} // namespace Flightdeck::Ui
