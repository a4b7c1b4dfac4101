#pragma once

// A MainWindow talking to a real flightdeck-sim over loopback HTTP, with the
// token in FLY_API_TOKEN as a flyctl user would have it. The window's settings,
// draft and history live in a temporary folder (files()), and Qt's test mode
// sends anything else (the opt-in plaintext token file) to Qt's test folders,
// so no test touches the user's own files on any system.

#include "app/profile/launchhistory.h"
#include "app/settings/userfiles.h"
#include "support/httpclient.h"
#include "support/simprocess.h"
#include "ui/launch/launchcontroller.h"
#include "ui/mainwindow.h"
#include "ui/session/apisession.h"
#include "ui/wizard/runwizard.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTest>

namespace TestSupport {

class SimEnvironment
{
public:
    // Starts the simulator and points flyctl's variables at it.
    bool start(const QStringList &simArguments = {})
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!m_home.isValid() || !sim.start(simArguments))
            return false;
        qputenv("FLY_FLAPS_BASE_URL", sim.baseUrl().toString().toUtf8());
        qputenv("FLY_API_BASE_URL", sim.baseUrl().toString().toUtf8());
        qunsetenv("FLY_ACCESS_TOKEN");
        qputenv("FLY_API_TOKEN", sim.token().toUtf8());
        qunsetenv("FLY_APP");
        return true;
    }

    // A request to the simulator with its token, as a second client would send it.
    HttpResponse api(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        return httpRequest(m_network, method, sim.url(path), body,
                           {{"Authorization", "Bearer " + sim.token().toUtf8()}, {"Content-Type", "application/json"}});
    }

    // Where a window of this test keeps its settings, draft and history.
    Flightdeck::UserFiles files() const { return Flightdeck::UserFiles::in(m_home.path()); }

    SimProcess sim;

private:
    QNetworkAccessManager m_network;
    QTemporaryDir m_home;
};

// The window's child `name`, with a warning naming it when it is missing.
template <typename T>
T *find(QWidget &window, const QString &name)
{
    T *widget = window.findChild<T *>(name);
    if (!widget)
        qWarning() << "no widget" << name;
    return widget;
}

// Shows the window, lets it find and check the token, and waits until the
// wizard has moved past the Account step on its own.
inline bool openConnected(Flightdeck::Ui::MainWindow &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.connectToApi();
    return QTest::qWaitFor([&] { return window.session()->tokenState() == Flightdeck::Ui::ApiSession::TokenState::Valid && window.wizard()->currentStep() == 1; },
                           10000);
}

// The last `count` launches in the window's history as "name:outcome", sorted
// (launches side by side end in either order); empty when there are fewer.
inline QStringList lastOutcomes(Flightdeck::Ui::MainWindow &window, qsizetype count)
{
    const QList<Flightdeck::HistoryEntry> entries = window.launches()->history().entries();
    if (entries.size() < count)
        return {};
    QStringList outcomes;
    for (qsizetype i = entries.size() - count; i < entries.size(); ++i)
        outcomes << entries.at(i).request.value(QStringLiteral("name")).toString() + u':' + entries.at(i).outcome;
    outcomes.sort();
    return outcomes;
}

// What a user does, through the widgets' own event handling (never by
// setting their state or emitting their signals):

// Picks item `index` of a combo box from the keyboard: Home, then Down.
inline void chooseItem(QComboBox *combo, int index)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

// Clicks row `row` of a list, scrolled into view first.
inline void clickRow(QListWidget *list, int row)
{
    QListWidgetItem *item = list->item(row);
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
}

// Replaces a spin box's value by typing it.
inline void typeValue(QAbstractSpinBox *spin, int value)
{
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QString::number(value));
}

// Clicks a check box or radio button until it shows `checked`: on its
// indicator, as a user does (a box wider than its text takes no click at its
// centre).
inline void clickTo(QAbstractButton *button, bool checked)
{
    if (button->isChecked() == checked)
        return;
    QStyleOptionButton option;
    option.initFrom(button);
    QPoint where = button->rect().center();
    if (qobject_cast<QRadioButton *>(button))
        where = button->style()->subElementRect(QStyle::SE_RadioButtonIndicator, &option, button).center();
    else if (qobject_cast<QCheckBox *>(button))
        where = button->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, button).center();
    QTest::mouseClick(button, Qt::LeftButton, {}, where);
}

// Opens, as a user would, what a step shows only on request: the Dockerfile
// build on Image, the advanced settings on Resources. Only on the step shown.
inline void revealOptionalParts(QWidget &window)
{
    if (auto *dockerfile = window.findChild<QRadioButton *>(QStringLiteral("fromDockerfile")); dockerfile && dockerfile->isVisible())
        clickTo(dockerfile, true);
    if (auto *advanced = window.findChild<QToolButton *>(QStringLiteral("advancedToggle")); advanced && advanced->isVisible() && !advanced->isChecked())
        QTest::mouseClick(advanced, Qt::LeftButton);
}

// Presses a window's keyboard shortcut (Ctrl+S, …) with the window active.
inline bool pressShortcut(QWidget &window, const QKeySequence &keys)
{
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    QTest::keySequence(&window, keys);
    return true;
}

// Chooses a menu entry as a user does: a click on the menu bar opens the
// first menu, then the arrow keys move to each entry and Return takes it
// (opening a submenu). Each name is an entry's text without its mnemonic,
// or its start: {"File", "Import", "Paste a"}.
inline bool chooseMenuEntry(QMainWindow &window, const QStringList &names)
{
    const auto entryNamed = [](const QList<QAction *> &actions, const QString &name) -> QAction * {
        for (QAction *action : actions) {
            if (QString(action->text()).remove(u'&').startsWith(name))
                return action;
        }
        qWarning() << "no menu entry" << name;
        return nullptr;
    };
    QMenuBar *bar = window.menuBar();
    QAction *action = entryNamed(bar->actions(), names.first());
    if (!action)
        return false;
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(action).center());
    for (qsizetype i = 1; i < names.size(); ++i) {
        QMenu *menu = action->menu();
        if (!menu || !QTest::qWaitFor([menu] { return menu->isVisible(); }, 5000))
            return false;
        action = entryNamed(menu->actions(), names.at(i));
        if (!action)
            return false;
        for (qsizetype step = 0; menu->activeAction() != action && step < menu->actions().size(); ++step)
            QTest::keyClick(menu, Qt::Key_Down);
        if (menu->activeAction() != action)
            return false;
        QTest::keyClick(menu, Qt::Key_Return);
    }
    return true;
}

// Activates a list item from the keyboard: selects it and presses Enter.
inline void activateItem(QListWidget *list, int row)
{
    clickRow(list, row);
    QTest::keyClick(list, Qt::Key_Return);
}

} // namespace TestSupport
