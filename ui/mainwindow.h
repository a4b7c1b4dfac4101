#pragma once

#include "spec/runspec.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QStackedWidget;

namespace Flightdeck {
class AppSettings;
class Launcher;
class RunSpecDocument;
}

namespace Flightdeck::Ui {

class ApiSession;
class JsonPreview;
class LaunchView;
class RunWizard;

// The window: the wizard on the left, the live request preview on the right;
// once the user launches, the launch's progress in their place.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    RunSpecDocument *document() const;
    ApiSession *session() const { return m_session; }
    RunWizard *wizard() const { return m_wizard; }
    LaunchView *launchView() const { return m_launchView; }
    // Finds the token and checks it; call once the window is up.
    void connectToApi();

    // Launches what the wizard holds; the launch view takes the window's place.
    void launch(bool createOnly);

private:
    void startLaunch();
    void showWizard(const QString &field);
    void showEndpoint();
    // The user edited the preview: take the JSON if it parses and validates.
    void applyEditedJson(const QByteArray &text);

    std::unique_ptr<AppSettings> m_settings;
    RunSpecDocument *m_document;
    ApiSession *m_session;
    RunWizard *m_wizard;
    JsonPreview *m_preview;
    QStackedWidget *m_views;
    LaunchView *m_launchView;
    QPointer<Launcher> m_launcher;
    RunSpec m_launchedSpec; // what the last launch sent, for Retry
};

} // namespace Flightdeck::Ui
