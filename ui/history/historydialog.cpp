#include "ui/history/historydialog.h"

#include "app/spec/createrequestcodec.h"
#include "ui/history/requestdiffview.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

HistoryDialog::HistoryDialog(const LaunchHistory &history, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_views(new QStackedWidget(this))
    , m_request(new QPlainTextEdit(this))
    , m_diff(new RequestDiffView(this))
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
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection); // two, to compare them
    //: column headings: the time of a launch, its app, how it ended, the Machine it made
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
    m_views->addWidget(m_request);
    m_views->addWidget(m_diff);
    splitter->addWidget(m_list);
    splitter->addWidget(m_views);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_relaunch, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &HistoryDialog::showSelection);
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

QList<int> HistoryDialog::selectedRows() const
{
    QList<int> rows;
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    for (QTreeWidgetItem *item : items)
        rows.append(m_list->indexOfTopLevelItem(item));
    std::sort(rows.begin(), rows.end());
    return rows;
}

void HistoryDialog::showSelection()
{
    const QList<int> rows = selectedRows();
    if (rows.size() == 2) {
        const HistoryEntry &older = m_entries.at(rows.at(1));
        const HistoryEntry &newer = m_entries.at(rows.at(0));
        const auto title = [](const HistoryEntry &entry) {
            return tr("%1, %2").arg(QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat), entry.machineId.isEmpty() ? entry.outcome : entry.machineId);
        };
        m_diff->compare(title(older), older.request, title(newer), newer.request);
        m_views->setCurrentWidget(m_diff);
    } else {
        const int row = rows.size() == 1 ? rows.first() : -1;
        m_request->setPlainText(row >= 0 ? QString::fromUtf8(QJsonDocument(m_entries.at(row).request).toJson(QJsonDocument::Indented))
                                         : tr("Choose one launch to see its request, or two to compare them."));
        m_views->setCurrentWidget(m_request);
    }
    m_open->setEnabled(rows.size() == 1);
    m_relaunch->setEnabled(rows.size() == 1);
}

std::optional<RunSpec> HistoryDialog::selectedSpec() const
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return std::nullopt;
    const int row = rows.first();
    CreateRequestCodec::Decoded decoded = CreateRequestCodec::fromJson(m_entries.at(row).request);
    if (!decoded.ok())
        return std::nullopt;
    RunSpec &spec = decoded.spec;
    spec.app = m_entries.at(row).app;
    return spec;
}

} // namespace Flightdeck::Ui
