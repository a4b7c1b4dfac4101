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

// The launches, from the request to their record: starts each launcher,
// shows one in the launch view (the newest, or the one the tray asked for)
// while the others go on, tells the notifier, writes the history, and for a
// shell Machine opens the console and ends the session.
class LaunchController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaunchController)

public:
    LaunchController(ApiSession *session, AppSettings *settings, LaunchView *view, LaunchNotifier *notifier, const LaunchHistory &history,
                     QObject *parent = nullptr);

    // Launches `spec` as it is, beside any launch under way; the view shows it.
    void launch(const RunSpec &spec);
    // The create request the next launch of `spec` posts, byte for byte.
    QByteArray requestBody(const RunSpec &spec) const;
    // The request that creates the app first when it is new, as one line of JSON.
    QByteArray appCreateBody(const RunSpec &spec) const;
    // Launches the shown launch's settings again; false while it is under way.
    bool retry();
    // The settings of the launch the view shows.
    RunSpec lastSpec() const;
    // How many launches are under way.
    int runningCount() const;
    // The launch view follows the launch with this id, if it is still known.
    bool show(const QString &launchId);
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
    // The launch's line could not be added to the history: what to tell the user.
    void historyNotWritten(const QString &message);

private:
    struct Launch
    {
        QPointer<Launcher> launcher;
        RunSpec spec;
        QString label;
    };
    void finished(Launcher *launcher, const LaunchOutcome &outcome);
    static QString labelOf(const RunSpec &spec);
    const Launch *find(const QString &launchId) const;
    const Launch *shown() const;
    // Forgets the launches that ended and are not on screen.
    void dropFinished();
    LaunchOptions optionsFor(const RunSpec &spec) const;
    std::optional<quint64> minSecretsVersion(const QString &app) const;

    ApiSession *m_session;
    AppSettings *m_settings;
    LaunchView *m_view;
    LaunchNotifier *m_notifier;
    LaunchHistory m_history;
    QList<Launch> m_launches; // under way, and the one the view shows
    QString m_shownId;        // the launch id of the one the view shows
    const QProcessEnvironment m_environment; // where flyctl's config.yml is (FLY_CONFIG_DIR, HOME)
    QString m_nextLaunchId;
    struct SecretsVersion
    {
        QString app;
        QDateTime stamp; // config.yml's modification time when read
        std::optional<quint64> version;
    };
    mutable std::optional<SecretsVersion> m_secretsVersion;
};

} // namespace Flightdeck::Ui
