#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Flightdeck::Ui {

// The desktop's notification server (org.freedesktop.Notifications on the
// session bus, as on Linux and the BSDs): notifications with buttons, and
// which button the user chose. Where there is no such server (Windows,
// macOS, a desktop without one) isAvailable() is false and nothing is sent.
class DesktopNotifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifications)

public:
    struct Action
    {
        QString key; // "default" is what clicking the notification itself does
        QString label;
    };

    explicit DesktopNotifications(QObject *parent = nullptr);

    bool isAvailable() const { return m_available; }
    // Sends one notification; `tag` names it in actionInvoked() and closed().
    void send(quint64 tag, const QString &summary, const QString &body, const QList<Action> &actions, bool critical);

Q_SIGNALS:
    void actionInvoked(quint64 tag, const QString &key);
    void closed(quint64 tag);

private Q_SLOTS:
    // The server's signals (the D-Bus connection calls them by name).
    void onActionInvoked(uint id, const QString &key);
    void onNotificationClosed(uint id, uint reason);

private:
    bool m_available = false;
    QStringList m_capabilities; // what the server said it does, once it answered
    QHash<uint, quint64> m_tags; // the server's ids of the notifications still open
};

} // namespace Flightdeck::Ui
