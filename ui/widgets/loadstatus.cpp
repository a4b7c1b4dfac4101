#include "ui/widgets/loadstatus.h"

#include "ui/widgets/statuscolors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

LoadStatus::LoadStatus(const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_busy(new QProgressBar(this))
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
{
    setObjectName(objectName);
    m_busy->setRange(0, 0); // an indeterminate bar
    m_busy->setMaximumWidth(80);
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_label->setObjectName(objectName + u"Text"_s);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(objectName + u"Retry"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_busy);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &LoadStatus::retryRequested);
    clear();
}

QString LoadStatus::text() const
{
    return m_label->text();
}

void LoadStatus::setLoading(const QString &what)
{
    m_state = State::Loading;
    m_busy->setVisible(true);
    m_label->setText(what);
    m_label->setStyleSheet(QString());
    m_retry->setVisible(false);
    setVisible(true);
}

void LoadStatus::setFailed(const QString &message)
{
    m_state = State::Failed;
    m_busy->setVisible(false);
    m_label->setText(message);
    StatusColors::setTextRole(m_label, StatusColors::Role::Error);
    m_retry->setVisible(true);
    setVisible(true);
}

void LoadStatus::setLoaded(const QString &summary)
{
    m_state = State::Loaded;
    m_busy->setVisible(false);
    m_label->setText(summary);
    m_label->setStyleSheet(QString());
    m_retry->setVisible(false);
    setVisible(!summary.isEmpty());
}

void LoadStatus::clear()
{
    m_state = State::Idle;
    m_label->clear();
    setVisible(false);
}

} // namespace Flightdeck::Ui
