#pragma once

#include "app/launch/launchtypes.h"
#include "app/spec/runspec.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace Flightdeck::Ui {

class DesktopNotifications;
class MessageBar;

// Tells the user how launches end when they are looking elsewhere, and lets
// them act on the Machine from there: a notification when a Machine starts
// or fails while the window is not focused, with buttons (Show the launch,
// Open the log, Stop, Destroy…, Launch again) where the desktop's
// notification server has them; a tray icon listing the launches in flight
// and the last ones with the same actions. Where the platform has no tray,
// the message appears in the window's message bar.
class LaunchNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaunchNotifier)

public:
    enum class Action : quint8 { Show, OpenLog, Stop, Destroy, LaunchAgain };
    Q_ENUM(Action)

    // One finished launch, as a notification and the tray remember it.
    struct Notice
    {
        QString launchId;
        QString label;
        RunSpec spec; // what Launch again launches
        QString app;
        QString machineId; // empty when the launch made none
        QString machineName;
        bool succeeded = false;
    };

    // How many finished launches the tray menu keeps.
    static constexpr int kRecentInTray = 3;

    LaunchNotifier(QWidget *window, MessageBar *fallback);

    bool usesTray() const { return m_tray != nullptr; }
    bool usesDesktopNotifications() const;
    // The labels of the launches under way, oldest first.
    QStringList inFlight() const;
    QMenu *trayMenu() const { return m_menu; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }

    void launchStarted(const QString &launchId, const QString &label);
    // `watched`: the launch view shows this launch, so an active window needs no news.
    void launchFinished(const QString &launchId, const QString &label, const RunSpec &spec, const LaunchOutcome &outcome, bool watched);

    // The last notification, as sent: for tests and the accessibility log.
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }

    // What a notice's buttons offer, in order, and their words.
    static QList<Action> actionsFor(const Notice &notice);
    static QString actionText(Action action);

Q_SIGNALS:
    // The user clicked a notification or a tray entry: show that launch (empty: the one on screen).
    void launchActivated(const QString &launchId);
    void actionRequested(Flightdeck::Ui::LaunchNotifier::Action action, const Flightdeck::Ui::LaunchNotifier::Notice &notice);

private:
    void updateMenu();
    void notify(const Notice &notice, const QString &title, const QString &message, bool watched);
    void desktopActionInvoked(quint64 tag, const QString &key);

    QWidget *m_window;
    MessageBar *m_fallback;
    DesktopNotifications *m_desktop;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QList<std::pair<QString, QString>> m_inFlight; // launch id, label
    QList<Notice> m_recent; // newest first
    QHash<quint64, Notice> m_sent; // the desktop notifications still open, by tag
    quint64 m_nextTag = 1;
    QString m_lastTitle;
    QString m_lastMessage;
};

} // namespace Flightdeck::Ui
