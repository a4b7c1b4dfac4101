#pragma once

#include "app/launch/launchtypes.h"

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace Flightdeck::Ui {

class MessageBar;

// Tells the user how launches end when they are looking elsewhere: a tray
// icon listing the launches in flight, and a notification when a Machine
// starts or fails while the window is not focused. Clicking it brings the
// launch forward. Where the platform has no tray, the same message appears
// in the window's message bar.
class LaunchNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaunchNotifier)

public:
    LaunchNotifier(QWidget *window, MessageBar *fallback);

    bool usesTray() const { return m_tray != nullptr; }
    QStringList inFlight() const { return m_inFlight; }

    void launchStarted(const QString &label);
    void launchFinished(const QString &label, const LaunchOutcome &outcome);

    // The last notification, as sent: for tests and the accessibility log.
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }

Q_SIGNALS:
    void launchActivated(); // the user clicked a notification or the tray entry

private:
    void updateMenu();
    void notify(const QString &title, const QString &message, bool failed);

    QWidget *m_window;
    MessageBar *m_fallback;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QStringList m_inFlight;
    QString m_lastTitle;
    QString m_lastMessage;
};

} // namespace Flightdeck::Ui
