#include "ui/widgets/messagebar.h"

#include "ui/widgets/statuscolors.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(u"messageBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setObjectName(u"messageBarText"_s);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setObjectName(u"messageBarClose"_s);
    close->setText(u"×"_s);
    close->setAutoRaise(true);
    close->setAccessibleName(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    setVisible(false);
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyTint();
    QFrame::changeEvent(event);
}

// The window colour, tinted towards the message's kind; every other role
// follows the application's palette.
void MessageBar::applyTint()
{
    const StatusColors::Role role = m_kind == Kind::Error ? StatusColors::Role::Error
        : m_kind == Kind::Warning                        ? StatusColors::Role::Warning
                                                         : StatusColors::Role::Information;
    QPalette tinted;
    tinted.setColor(QPalette::Window, StatusColors::tint(role, parentWidget() ? parentWidget()->palette() : QApplication::palette()));
    setPalette(tinted);
}

QString MessageBar::text() const
{
    return m_label->text();
}

void MessageBar::showMessage(const QString &text, Kind kind, const QList<Action> &actions)
{
    m_label->setText(text);
    m_kind = kind;
    applyTint();
    // Later, not now: this may run from one of these buttons' own click.
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        if (QWidget *button = item->widget()) {
            button->hide();
            button->deleteLater();
        }
        delete item;
    }
    for (const Action &action : actions) {
        auto *button = new QPushButton(action.text, this);
        button->setObjectName(action.objectName);
        m_buttons->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, run = action.run] {
            hide();
            if (run)
                run();
        });
    }
    show();
}

} // namespace Flightdeck::Ui
