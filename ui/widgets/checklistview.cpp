#include "ui/widgets/checklistview.h"

#include "ui/widgets/icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

namespace {

QIcon iconFor(Preflight::State state)
{
    switch (state) {
    case Preflight::State::Running:
        return stateIcon(StateIcon::Running);
    case Preflight::State::Passed:
        return stateIcon(StateIcon::Complete);
    case Preflight::State::Failed:
        return stateIcon(StateIcon::Failed);
    case Preflight::State::Unknown:
        return stateIcon(StateIcon::Skipped);
    }
    return {};
}

} // namespace

ChecklistView::ChecklistView(QWidget *parent)
    : QWidget(parent)
    , m_rows(new QVBoxLayout(this))
{
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(2);
}

QString ChecklistView::stateName(Preflight::State state)
{
    switch (state) {
    case Preflight::State::Running:
        return tr("checking");
    case Preflight::State::Passed:
        return tr("passed");
    case Preflight::State::Failed:
        return tr("failed");
    case Preflight::State::Unknown:
        return tr("could not check");
    }
    return {};
}

void ChecklistView::setChecks(const QList<Preflight::Check> &checks)
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (const Preflight::Check &check : checks) {
        auto *row = new QWidget(this);
        row->setObjectName(u"check"_s);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *icon = new QLabel(row);
        icon->setPixmap(iconFor(check.state).pixmap(iconSize, iconSize));
        icon->setAccessibleName(stateName(check.state));
        icon->setAlignment(Qt::AlignTop);
        auto *text = new QLabel(u"<b>%1</b> (%2): %3"_s.arg(check.title.toHtmlEscaped(), stateName(check.state), check.message.toHtmlEscaped()), row);
        text->setObjectName(u"checkText"_s);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(icon);
        layout->addWidget(text, 1);
        if (check.state == Preflight::State::Failed && !check.field.isEmpty()) {
            auto *change = new QPushButton(tr("Change…"), row);
            change->setObjectName(u"checkChange"_s);
            change->setAccessibleName(tr("Change: %1").arg(check.title));
            connect(change, &QPushButton::clicked, this, [this, field = check.field] { Q_EMIT fieldActivated(field); }, Qt::QueuedConnection);
            layout->addWidget(change, 0, Qt::AlignTop);
        }
        m_rows->addWidget(row);
    }
}

} // namespace Flightdeck::Ui
