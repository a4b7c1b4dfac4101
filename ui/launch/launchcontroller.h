#pragma once

#include "app/launch/launcher.h"
#include "app/launch/launchtypes.h"
#include "app/profile/launchhistory.h"
#include "app/spec/runspec.h"

#include <QDateTime>
#include <QObject>
#include <QProcessEnvironment>
#include <QPointer>

namespace Flightdeck {
class AppSettings;
class Launcher;
}

namespace Flightdeck::Ui {

class ApiSession;
class LaunchNotifier;
class LaunchView;

// One launch at a time, from the request to its record: starts the
// launcher, shows it in the launch view, tells the notifier, writes the
// history, and for a shell Machine opens the console and ends the session.
class LaunchController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaunchController)

public:
    LaunchController(ApiSession *session, AppSettings *settings, LaunchView *view, LaunchNotifier *notifier, const LaunchHistory &history,
                     QObject *parent = nullptr);

    // Launches `spec` as it is; false when a launch is still running.
    bool launch(const RunSpec &spec);
    // The create request the next launch of `spec` posts, byte for byte.
    QByteArray requestBody(const RunSpec &spec) const;
    // The request that creates the app first when it is new, as one line of JSON.
    QByteArray appCreateBody(const RunSpec &spec) const;
    bool retry();
    const RunSpec &lastSpec() const { return m_spec; }
    bool isRunning() const;
    const LaunchHistory &history() const { return m_history; }

    // Shell mode: flyctl's console for the Machine, in the system terminal.
    static QString flyctlPath();
    void openConsole();
    void endShellSession();

Q_SIGNALS:
    void launchStarted();
    // The next launch has a new id, so its request changed.
    void nextRequestChanged();
    void shellSessionEnded(bool destroyed, const QString &message);

private:
    void finished(const LaunchOutcome &outcome);
    QString label() const;
    LaunchOptions optionsFor(const RunSpec &spec) const;
    std::optional<quint64> minSecretsVersion(const QString &app) const;

    ApiSession *m_session;
    AppSettings *m_settings;
    LaunchView *m_view;
    LaunchNotifier *m_notifier;
    LaunchHistory m_history;
    QPointer<Launcher> m_launcher;
    RunSpec m_spec;
    LaunchOutcome m_outcome;
    const QProcessEnvironment m_environment; // where flyctl's config.yml is (FLY_CONFIG_DIR, HOME)
    QString m_nextLaunchId;
    LaunchOptions m_launchOptions; // of the launch in m_launcher
    struct SecretsVersion
    {
        QString app;
        QDateTime stamp; // config.yml's modification time when read
        std::optional<quint64> version;
    };
    mutable std::optional<SecretsVersion> m_secretsVersion;
};

} // namespace Flightdeck::Ui
