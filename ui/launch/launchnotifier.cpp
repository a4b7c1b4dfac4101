#include "ui/launch/launchnotifier.h"

#include "ui/widgets/messagebar.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

LaunchNotifier::LaunchNotifier(QWidget *window, MessageBar *fallback)
    : QObject(window)
    , m_window(window)
    , m_fallback(fallback)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setToolTip(tr("Flightdeck"));
    m_menu = new QMenu(window);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &LaunchNotifier::launchActivated);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            Q_EMIT launchActivated();
    });
    updateMenu();
    m_tray->show();
}

void LaunchNotifier::updateMenu()
{
    if (!m_menu)
        return;
    m_menu->clear();
    if (m_inFlight.isEmpty())
        m_menu->addAction(tr("No launches in flight"))->setEnabled(false);
    for (const QString &label : std::as_const(m_inFlight))
        connect(m_menu->addAction(tr("Launching %1…").arg(label)), &QAction::triggered, this, &LaunchNotifier::launchActivated);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Show Flightdeck")), &QAction::triggered, this, &LaunchNotifier::launchActivated);
    m_tray->setToolTip(m_inFlight.isEmpty() ? tr("Flightdeck") : tr("Flightdeck — %n launch(es) in flight", nullptr, int(m_inFlight.size())));
}

void LaunchNotifier::launchStarted(const QString &label)
{
    m_inFlight.append(label);
    updateMenu();
}

void LaunchNotifier::launchFinished(const QString &label, const LaunchOutcome &outcome)
{
    m_inFlight.removeOne(label);
    updateMenu();
    if (outcome.cancelled)
        return; // the user did that; no news
    const QString id = outcome.machine.value(u"id"_s).toString();
    if (outcome.succeeded)
        notify(tr("Machine %1 is %2").arg(id, outcome.machine.value(u"state"_s).toString()), tr("%1 in %2").arg(label, outcome.appName), false);
    else
        notify(tr("%1 did not start").arg(label), outcome.diagnosis ? outcome.diagnosis->summary : tr("The launch failed."), true);
}

void LaunchNotifier::notify(const QString &title, const QString &message, bool failed)
{
    if (m_window->isActiveWindow())
        return; // the user is watching the launch view
    m_lastTitle = title;
    m_lastMessage = message;
    if (m_tray) {
        m_tray->showMessage(title, message, failed ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information);
        return;
    }
    m_fallback->showMessage(u"<b>%1</b> — %2"_s.arg(title.toHtmlEscaped(), message.toHtmlEscaped()),
                            failed ? MessageBar::Kind::Error : MessageBar::Kind::Information,
                            {{tr("Show the launch"), u"showLaunchButton"_s, [this] { Q_EMIT launchActivated(); }}});
    QApplication::alert(m_window); // the taskbar entry asks for attention
}

} // namespace Flightdeck::Ui
