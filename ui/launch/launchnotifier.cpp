#include "ui/launch/launchnotifier.h"

#include "ui/launch/desktopnotifications.h"
#include "ui/widgets/messagebar.h"

#include <QApplication>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

namespace {

// The keys the notification server hands back; "default" is a click on the notification itself.
QString actionKey(LaunchNotifier::Action action)
{
    switch (action) {
    case LaunchNotifier::Action::Show:
        return u"default"_s;
    case LaunchNotifier::Action::OpenLog:
        return u"log"_s;
    case LaunchNotifier::Action::Stop:
        return u"stop"_s;
    case LaunchNotifier::Action::Destroy:
        return u"destroy"_s;
    case LaunchNotifier::Action::LaunchAgain:
        return u"again"_s;
    }
    return {};
}

} // namespace

LaunchNotifier::LaunchNotifier(QWidget *window, MessageBar *fallback)
    : QObject(window)
    , m_window(window)
    , m_fallback(fallback)
    , m_desktop(new DesktopNotifications(this))
{
    connect(m_desktop, &DesktopNotifications::actionInvoked, this, &LaunchNotifier::desktopActionInvoked);
    connect(m_desktop, &DesktopNotifications::closed, this, [this](quint64 tag) { m_sent.remove(tag); });
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    // The application's icon (gui.cpp sets it); the same file where nobody did.
    const QIcon icon = QApplication::windowIcon().isNull() ? QIcon(u":/icons/flightdeck.svg"_s) : QApplication::windowIcon();
    m_tray = new QSystemTrayIcon(icon, this);
    m_tray->setToolTip(tr("Flightdeck"));
    m_menu = new QMenu(window);
    m_menu->setObjectName(u"trayMenu"_s);
    m_tray->setContextMenu(m_menu);
    // The tray's own message has no id: it was about the launch that ended last.
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { Q_EMIT launchActivated(m_recent.isEmpty() ? QString() : m_recent.constFirst().launchId); });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            Q_EMIT launchActivated(QString());
    });
    updateMenu();
    m_tray->show();
}

QStringList LaunchNotifier::inFlight() const
{
    QStringList labels;
    for (const auto &[id, label] : m_inFlight)
        labels.append(label);
    return labels;
}

bool LaunchNotifier::usesDesktopNotifications() const
{
    return m_desktop->isAvailable();
}

QList<LaunchNotifier::Action> LaunchNotifier::actionsFor(const Notice &notice)
{
    QList<Action> actions{Action::Show};
    if (!notice.machineId.isEmpty())
        actions << Action::OpenLog;
    if (notice.succeeded)
        actions << Action::Stop;
    else
        actions << Action::LaunchAgain;
    if (!notice.machineId.isEmpty())
        actions << Action::Destroy; // asks first, naming the Machine
    return actions;
}

QString LaunchNotifier::actionText(Action action)
{
    switch (action) {
    case Action::Show:
        return tr("Show the launch");
    case Action::OpenLog:
        return tr("Open the log");
    case Action::Stop:
        return tr("Stop");
    case Action::Destroy:
        return tr("Destroy…");
    case Action::LaunchAgain:
        return tr("Launch again");
    }
    return {};
}

void LaunchNotifier::updateMenu()
{
    if (!m_menu)
        return;
    m_menu->clear();
    if (m_inFlight.isEmpty())
        m_menu->addAction(tr("No launches in flight"))->setEnabled(false);
    for (const auto &[id, label] : std::as_const(m_inFlight))
        connect(m_menu->addAction(tr("Launching %1…").arg(label)), &QAction::triggered, this, [this, id] { Q_EMIT launchActivated(id); });
    if (!m_recent.isEmpty())
        m_menu->addSection(tr("Last launches"));
    for (const Notice &notice : std::as_const(m_recent)) {
        const QString what = notice.machineId.isEmpty() ? notice.label : u"%1 (%2)"_s.arg(notice.label, notice.machineId);
        QMenu *sub = m_menu->addMenu(notice.succeeded ? tr("%1: started").arg(what) : tr("%1: did not start").arg(what));
        const QList<Action> actions = actionsFor(notice);
        for (const Action action : std::as_const(actions))
            connect(sub->addAction(actionText(action)), &QAction::triggered, this, [this, action, notice] { Q_EMIT actionRequested(action, notice); });
    }
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Show Flightdeck")), &QAction::triggered, this, [this] { Q_EMIT launchActivated(QString()); });
    m_tray->setToolTip(m_inFlight.isEmpty() ? tr("Flightdeck") : tr("Flightdeck — %n launch(es) in flight", nullptr, int(m_inFlight.size())));
}

void LaunchNotifier::launchStarted(const QString &launchId, const QString &label)
{
    m_inFlight.append({launchId, label});
    updateMenu();
}

void LaunchNotifier::launchFinished(const QString &launchId, const QString &label, const RunSpec &spec, const LaunchOutcome &outcome, bool watched)
{
    m_inFlight.removeIf([&](const auto &launch) { return launch.first == launchId; });
    if (outcome.cancelled)
        return updateMenu(); // the user did that; no news
    Notice notice;
    notice.launchId = launchId;
    notice.label = label;
    notice.spec = spec;
    notice.app = outcome.appName.isEmpty() ? spec.app : outcome.appName;
    notice.machineId = outcome.machine.value(u"id"_s).toString();
    notice.machineName = outcome.machine.value(u"name"_s).toString();
    notice.succeeded = outcome.succeeded;
    m_recent.prepend(notice);
    if (m_recent.size() > kRecentInTray)
        m_recent.removeLast();
    updateMenu();
    if (outcome.succeeded)
        notify(notice, tr("Machine %1 is %2").arg(notice.machineId, outcome.machine.value(u"state"_s).toString()), tr("%1 in %2").arg(label, notice.app), watched);
    else
        notify(notice, tr("%1 did not start").arg(label), outcome.diagnosis ? outcome.diagnosis->summary : tr("The launch failed."), watched);
}

void LaunchNotifier::notify(const Notice &notice, const QString &title, const QString &message, bool watched)
{
    if (watched && m_window->isActiveWindow())
        return; // the user is watching this launch
    m_lastTitle = title;
    m_lastMessage = message;
    if (m_desktop->isAvailable()) {
        QList<DesktopNotifications::Action> buttons;
        const QList<Action> actions = actionsFor(notice);
        for (const Action action : std::as_const(actions))
            buttons.append({actionKey(action), actionText(action)});
        const quint64 tag = m_nextTag++;
        m_sent.insert(tag, notice);
        m_desktop->send(tag, title, message, buttons, !notice.succeeded);
        return;
    }
    if (m_tray) {
        // The tray's own messages have no buttons: a click shows the launch, the tray menu has the rest.
        m_tray->showMessage(title, message, notice.succeeded ? QSystemTrayIcon::Information : QSystemTrayIcon::Critical);
        return;
    }
    m_fallback->showMessage(u"<b>%1</b> — %2"_s.arg(title.toHtmlEscaped(), message.toHtmlEscaped()),
                            notice.succeeded ? MessageBar::Kind::Information : MessageBar::Kind::Error,
                            {{tr("Show the launch"), u"showLaunchButton"_s, [this, id = notice.launchId] { Q_EMIT launchActivated(id); }}});
    QApplication::alert(m_window); // the taskbar entry asks for attention
}

void LaunchNotifier::desktopActionInvoked(quint64 tag, const QString &key)
{
    if (!m_sent.contains(tag))
        return;
    const Notice notice = m_sent.value(tag); // a copy: an action may send a notification, which changes m_sent
    const QList<Action> actions = actionsFor(notice);
    for (const Action action : std::as_const(actions)) {
        if (actionKey(action) != key)
            continue;
        if (action == Action::Show)
            Q_EMIT launchActivated(notice.launchId);
        else
            Q_EMIT actionRequested(action, notice);
        return;
    }
}

} // namespace Flightdeck::Ui
