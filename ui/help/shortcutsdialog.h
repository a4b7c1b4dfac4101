#pragma once

#include <QDialog>
#include <QList>

class QAction;

namespace Flightdeck::Ui {

// Help › Keyboard shortcuts: every action of the window that has a shortcut,
// read from the actions themselves, and the wizard's keys that are not actions.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};

} // namespace Flightdeck::Ui
