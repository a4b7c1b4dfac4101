#pragma once

#include "app/profile/launchhistory.h"
#include "app/spec/runspec.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace Flightdeck::Ui {

class RequestDiffView;

// Past launches, newest first: when, which app, how it ended, the Machine,
// and the exact request body. One can be opened in the wizard or launched
// again exactly as it was; two selected (Ctrl+click) are compared side by side.
class HistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)

public:
    HistoryDialog(const LaunchHistory &history, QWidget *parent = nullptr);
    int entryCount() const { return int(m_entries.size()); }
    void select(int row);

Q_SIGNALS:
    void openRequested(const Flightdeck::RunSpec &spec);
    void relaunchRequested(const Flightdeck::RunSpec &spec);

private:
    std::optional<RunSpec> selectedSpec() const;
    QList<int> selectedRows() const; // sorted, newest first
    void showSelection();

    QList<HistoryEntry> m_entries; // newest first
    QTreeWidget *m_list;
    QStackedWidget *m_views;
    QPlainTextEdit *m_request;
    RequestDiffView *m_diff;
    QPushButton *m_open;
    QPushButton *m_relaunch;
};

} // namespace Flightdeck::Ui
