#pragma once

#include <QColor>

class QPalette;
class QWidget;

namespace Flightdeck::Ui::StatusColors {

// What a coloured text or bar says, as KColorScheme's NegativeText,
// NeutralText and PositiveText do (plus Information, for a neutral notice).
enum class Role { Error, Warning, Positive, Information };

// A text colour for `role` derived from `palette`: the role's hue, as light
// or as dark as it must be to read on the palette's window colour (a
// contrast of at least 4.5:1, WCAG AA), so light, dark and high-contrast
// palettes all work.
QColor text(Role role, const QPalette &palette);

// A window colour tinted towards `role`, for a message bar's background.
QColor tint(Role role, const QPalette &palette);

// Colours `widget`'s text for `role` through its palette (no style sheet),
// and again whenever the application's palette changes.
void setTextRole(QWidget *widget, Role role);

// Undoes setTextRole: the widget's text takes the palette's colour again.
void clearTextRole(QWidget *widget);

} // namespace Flightdeck::Ui::StatusColors
