#include "ui/widgets/statuscolors.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QWidget>

#include <cmath>

namespace Flightdeck::Ui::StatusColors {

namespace {

constexpr double kMinimumContrast = 4.5;
constexpr char kRoleProperty[] = "flightdeckStatusRole";

// WCAG relative luminance.
double luminance(const QColor &color)
{
    const auto channel = [](float value) {
        return value <= 0.03928f ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The role's hue and saturation (Breeze's negative, neutral, positive and
// focus colours), before lightness is fitted to the background.
QColor baseColor(Role role)
{
    switch (role) {
    case Role::Error:
        return QColor(0xda, 0x44, 0x53);
    case Role::Warning:
        return QColor(0xf6, 0x74, 0x00);
    case Role::Positive:
        return QColor(0x27, 0xae, 0x60);
    case Role::Information:
        return QColor(0x3d, 0xae, 0xe9);
    }
    return QColor(0xda, 0x44, 0x53);
}

// Recolours its widget when the palette it inherits changes: the
// application's (ApplicationPaletteChange) or a parent's (PaletteChange).
class PaletteFollower final : public QObject
{
public:
    using QObject::QObject;

    void apply(QWidget *widget, Role role)
    {
        // Fitted against the window colour the widget inherits; only the text
        // roles are set, so every other role still follows the application.
        const QColor colour = text(role, widget->parentWidget() ? widget->parentWidget()->palette() : QApplication::palette(widget));
        QPalette palette;
        palette.setColor(QPalette::WindowText, colour);
        palette.setColor(QPalette::Text, colour);
        m_applying = true; // our own setPalette sends a PaletteChange too
        widget->setPalette(palette);
        m_applying = false;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const QEvent::Type type = event->type();
        if (!m_applying && (type == QEvent::ApplicationPaletteChange || type == QEvent::PaletteChange || type == QEvent::ParentChange)) {
            auto *widget = static_cast<QWidget *>(watched);
            const QVariant role = widget->property(kRoleProperty);
            if (role.isValid())
                apply(widget, static_cast<Role>(role.toInt()));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_applying = false;
};

PaletteFollower *followerOf(QWidget *widget)
{
    static const QString name = QStringLiteral("flightdeckStatusColorFollower");
    if (QObject *existing = widget->findChild<QObject *>(name, Qt::FindDirectChildrenOnly))
        return static_cast<PaletteFollower *>(existing);
    auto *follower = new PaletteFollower(widget);
    follower->setObjectName(name);
    widget->installEventFilter(follower);
    return follower;
}

} // namespace

QColor text(Role role, const QPalette &palette)
{
    const QColor background = palette.color(QPalette::Window);
    const QColor base = baseColor(role);
    const bool darkBackground = luminance(background) < 0.18;
    float hue = 0;
    float saturation = 0;
    float lightness = 0;
    base.getHslF(&hue, &saturation, &lightness);
    // Lighten on a dark window, darken on a light one, until it reads.
    QColor candidate = base;
    for (int step = 0; step < 40 && contrast(candidate, background) < kMinimumContrast; ++step) {
        lightness = std::clamp(lightness + (darkBackground ? 0.02f : -0.02f), 0.0f, 1.0f);
        candidate = QColor::fromHslF(hue, saturation, lightness);
    }
    return candidate;
}

QColor tint(Role role, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor colour = baseColor(role);
    const float mix = 0.15f;
    return QColor::fromRgbF((1 - mix) * window.redF() + mix * colour.redF(), (1 - mix) * window.greenF() + mix * colour.greenF(),
                            (1 - mix) * window.blueF() + mix * colour.blueF());
}

void setTextRole(QWidget *widget, Role role)
{
    widget->setProperty(kRoleProperty, static_cast<int>(role));
    followerOf(widget)->apply(widget, role);
}

void clearTextRole(QWidget *widget)
{
    if (!widget->property(kRoleProperty).isValid())
        return;
    widget->setProperty(kRoleProperty, QVariant());
    widget->setPalette(QPalette()); // nothing of its own: it inherits again
}

} // namespace Flightdeck::Ui::StatusColors
