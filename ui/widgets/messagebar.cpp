#include "widgets/messagebar.h"

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

QString MessageBar::text() const
{
    return m_label->text();
}

void MessageBar::showMessage(const QString &text, Kind kind, const QList<Action> &actions)
{
    m_label->setText(text);
    const QColor tint = kind == Kind::Error ? QColor(0xc6, 0x28, 0x28) : kind == Kind::Warning ? QColor(0xd2, 0x99, 0x22) : QColor(0x3d, 0x7a, 0xd6);
    QPalette p = palette();
    QColor background = p.color(QPalette::Window);
    background = QColor::fromRgbF(0.85f * background.redF() + 0.15f * tint.redF(), 0.85f * background.greenF() + 0.15f * tint.greenF(),
                                  0.85f * background.blueF() + 0.15f * tint.blueF());
    p.setColor(QPalette::Window, background);
    setPalette(p);
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
