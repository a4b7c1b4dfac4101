#include "ui/launch/desktopnotifications.h"

#ifdef FLIGHTDECK_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#endif

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

#ifdef FLIGHTDECK_HAVE_DBUS

// The Desktop Notifications Specification, version 1.2.
static const QString kService = u"org.freedesktop.Notifications"_s;
static const QString kPath = u"/org/freedesktop/Notifications"_s;
static const QString kInterface = u"org.freedesktop.Notifications"_s;

DesktopNotifications::DesktopNotifications(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    const QDBusConnectionInterface *names = bus.isConnected() ? bus.interface() : nullptr;
    // A server that runs, or one the bus starts on the first call.
    m_available = names && (names->isServiceRegistered(kService) || names->activatableServiceNames().value().contains(kService));
    if (!m_available)
        return;
    bus.connect(kService, kPath, kInterface, u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint,QString)));
    bus.connect(kService, kPath, kInterface, u"NotificationClosed"_s, this, SLOT(onNotificationClosed(uint,uint)));
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(QDBusMessage::createMethodCall(kService, kPath, kInterface, u"GetCapabilities"_s)), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        const QDBusPendingReply<QStringList> reply = *watcher;
        if (!reply.isError())
            m_capabilities = reply.value();
        watcher->deleteLater();
    });
}

void DesktopNotifications::send(quint64 tag, const QString &summary, const QString &body, const QList<Action> &actions, bool critical)
{
    if (!m_available)
        return;
    QStringList actionList; // key, label, key, label…
    for (const Action &action : actions)
        actionList << action.key << action.label;
    const QVariantMap hints{
        {u"urgency"_s, QVariant::fromValue(uchar(critical ? 2 : 1))},
        {u"desktop-entry"_s, QGuiApplication::desktopFileName()},
        {u"category"_s, critical ? u"transfer.error"_s : u"transfer.complete"_s},
    };
    // A server that reads markup in the body would take a "<" of an error message for a tag.
    const QString text = m_capabilities.contains(u"body-markup"_s) ? body.toHtmlEscaped() : body;
    QDBusMessage notify = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"Notify"_s);
    notify << QGuiApplication::applicationDisplayName() << uint(0) << QGuiApplication::desktopFileName() << summary << text << actionList << hints
           << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(notify), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, tag] {
        const QDBusPendingReply<uint> reply = *watcher;
        if (!reply.isError())
            m_tags.insert(reply.value(), tag);
        watcher->deleteLater();
    });
}

void DesktopNotifications::onActionInvoked(uint id, const QString &key)
{
    // The signal goes to every client of the server: only ours count.
    if (const auto tag = m_tags.constFind(id); tag != m_tags.cend())
        Q_EMIT actionInvoked(*tag, key);
}

void DesktopNotifications::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason) // expired, dismissed or closed: the buttons are gone either way
    const auto tag = m_tags.constFind(id);
    if (tag == m_tags.cend())
        return;
    const quint64 closedTag = *tag;
    m_tags.erase(tag);
    Q_EMIT closed(closedTag);
}

#else // no session bus here: Windows and macOS show the tray's messages

DesktopNotifications::DesktopNotifications(QObject *parent)
    : QObject(parent)
{
}

void DesktopNotifications::send(quint64, const QString &, const QString &, const QList<Action> &, bool)
{
}

void DesktopNotifications::onActionInvoked(uint, const QString &)
{
}

void DesktopNotifications::onNotificationClosed(uint, uint)
{
}

#endif

} // namespace Flightdeck::Ui
