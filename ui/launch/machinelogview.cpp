#include "ui/launch/machinelogview.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

MachineLogView::MachineLogView(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_follow(new QCheckBox(tr("Follo&w"), this))
    , m_find(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"machineLog"_s);
    m_text->setObjectName(u"machineLogText"_s);
    m_text->setAccessibleName(tr("The Machine's log"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMaximumBlockCount(10000);
    m_follow->setObjectName(u"followLogCheck"_s);
    m_follow->setToolTip(tr("Off: the view stays still and new lines wait until it is on again"));
    m_follow->setChecked(true);
    m_find->setObjectName(u"findInLogEdit"_s);
    m_find->setAccessibleName(tr("Find in the log"));
    m_find->setPlaceholderText(tr("find (Enter: next)"));
    m_find->setClearButtonEnabled(true);
    auto *copy = new QPushButton(tr("Cop&y the log"), this);
    copy->setObjectName(u"copyLogButton"_s);
    m_status->setObjectName(u"machineLogStatus"_s);
    m_status->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_follow);
    bar->addWidget(m_find, 1);
    bar->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);

    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            showHeld();
    });
    connect(m_find, &QLineEdit::returnPressed, this, &MachineLogView::findNext);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(text()); });
    m_status->setText(tr("The Machine's log shows here once it is created."));
}

void MachineLogView::follow(ApiClient *api, const QString &app, const QString &machineId)
{
    auto *stream = new LogStream(api, app, machineId, this);
    follow(stream, machineId, {});
    m_ownsStream = true;
    stream->start();
}

void MachineLogView::follow(LogStream *stream, const QString &machineId, const QList<LogEntry> &earlier)
{
    clear();
    m_machineId = machineId;
    m_stream = stream;
    connect(m_stream, &LogStream::received, this, &MachineLogView::append);
    connect(m_stream, &LogStream::ended, this, [this](const QString &reason) { m_status->setText(reason); });
    m_status->setText(tr("Following the log of %1…").arg(machineId));
    if (!earlier.isEmpty())
        append(earlier);
}

void MachineLogView::stop()
{
    if (m_stream) {
        if (std::exchange(m_ownsStream, false)) {
            m_stream->stop();
            m_stream->deleteLater();
        } else {
            disconnect(m_stream, nullptr, this, nullptr);
        }
        m_stream.clear();
        if (!m_machineId.isEmpty())
            m_status->setText(tr("No longer following the log of %1.").arg(m_machineId));
    }
}

void MachineLogView::clear()
{
    stop();
    m_text->clear();
    m_held.clear();
    m_machineId.clear();
    m_status->clear();
}

QString MachineLogView::text() const
{
    return m_text->toPlainText();
}

void MachineLogView::append(const QList<LogEntry> &entries)
{
    m_held += entries;
    if (m_follow->isChecked())
        showHeld();
    else
        m_status->setText(tr("Paused: %n new line(s) wait for Follow.", nullptr, int(m_held.size())));
}

void MachineLogView::showHeld()
{
    for (const LogEntry &entry : std::as_const(m_held))
        m_text->appendPlainText(logLine(entry));
    m_held.clear();
    m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
    if (isFollowing())
        m_status->setText(tr("Following the log of %1…").arg(m_machineId));
}

void MachineLogView::findNext()
{
    const QString wanted = m_find->text();
    if (wanted.isEmpty())
        return;
    if (!m_text->find(wanted)) {
        // From the top again, once.
        QTextCursor top = m_text->textCursor();
        top.movePosition(QTextCursor::Start);
        m_text->setTextCursor(top);
        if (!m_text->find(wanted))
            m_status->setText(tr("\"%1\" is not in the log.").arg(wanted));
    }
}

} // namespace Flightdeck::Ui
