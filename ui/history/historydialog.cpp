#include "ui/history/historydialog.h"

#include "app/spec/createrequestcodec.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

HistoryDialog::HistoryDialog(const LaunchHistory &history, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_request(new QPlainTextEdit(this))
    , m_open(new QPushButton(tr("&Open in the wizard"), this))
    , m_relaunch(new QPushButton(tr("&Relaunch exactly this"), this))
{
    setObjectName(u"historyDialog"_s);
    setWindowTitle(tr("Launch history"));
    resize(900, 560);
    m_entries = history.entries();
    std::reverse(m_entries.begin(), m_entries.end());

    m_list->setObjectName(u"historyList"_s);
    m_list->setAccessibleName(tr("Past launches"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("When"), tr("App"), tr("Outcome"), tr("Machine")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const HistoryEntry &entry : std::as_const(m_entries))
        new QTreeWidgetItem(m_list, {QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat), entry.app,
                                     entry.summary.isEmpty() ? entry.outcome : u"%1: %2"_s.arg(entry.outcome, entry.summary), entry.machineId});
    m_request->setObjectName(u"historyRequest"_s);
    m_request->setAccessibleName(tr("The request as sent"));
    m_request->setReadOnly(true);
    m_request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_open->setObjectName(u"historyOpenButton"_s);
    m_relaunch->setObjectName(u"historyRelaunchButton"_s);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_request);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_relaunch, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        const int row = m_list->currentIndex().row();
        const bool valid = row >= 0 && row < m_entries.size();
        m_request->setPlainText(valid ? QString::fromUtf8(QJsonDocument(m_entries.at(row).request).toJson(QJsonDocument::Indented)) : QString());
        m_open->setEnabled(valid);
        m_relaunch->setEnabled(valid);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const std::optional<RunSpec> spec = selectedSpec()) {
            Q_EMIT openRequested(*spec);
            accept();
        }
    });
    connect(m_relaunch, &QPushButton::clicked, this, [this] {
        if (const std::optional<RunSpec> spec = selectedSpec()) {
            Q_EMIT relaunchRequested(*spec);
            accept();
        }
    });
    m_open->setEnabled(false);
    m_relaunch->setEnabled(false);
    if (!m_entries.isEmpty())
        select(0);
}

void HistoryDialog::select(int row)
{
    m_list->setCurrentItem(m_list->topLevelItem(row));
}

std::optional<RunSpec> HistoryDialog::selectedSpec() const
{
    const int row = m_list->currentIndex().row();
    if (row < 0 || row >= m_entries.size())
        return std::nullopt;
    CreateRequestCodec::Decoded decoded = CreateRequestCodec::fromJson(m_entries.at(row).request);
    if (!decoded.ok())
        return std::nullopt;
    RunSpec &spec = decoded.spec;
    spec.app = m_entries.at(row).app;
    return spec;
}

} // namespace Flightdeck::Ui
