#pragma once

#include <QIcon>
#include <QPixmap>

namespace Flightdeck::Ui {

// An empty icon of the given size: rows without a state icon keep their text
// aligned with the rows that have one.
inline QIcon blankIcon(int size = 16)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    return QIcon(pixmap);
}

// The state icons of steps and launch steps: SVG, sharp at any scale.
enum class StateIcon { Complete, Error, Running, Failed, Skipped, Cancelled };

inline QIcon stateIcon(StateIcon state)
{
    switch (state) {
    case StateIcon::Complete:
        return QIcon(QStringLiteral(":/icons/state-complete.svg"));
    case StateIcon::Error:
        return QIcon(QStringLiteral(":/icons/state-error.svg"));
    case StateIcon::Running:
        return QIcon(QStringLiteral(":/icons/state-running.svg"));
    case StateIcon::Failed:
        return QIcon(QStringLiteral(":/icons/state-failed.svg"));
    case StateIcon::Skipped:
        return QIcon(QStringLiteral(":/icons/state-skipped.svg"));
    case StateIcon::Cancelled:
        return QIcon(QStringLiteral(":/icons/state-cancelled.svg"));
    }
    return {};
}

} // namespace Flightdeck::Ui
