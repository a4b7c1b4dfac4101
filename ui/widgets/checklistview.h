#pragma once

#include "app/launch/preflight.h"

#include <QWidget>

class QVBoxLayout;

namespace Flightdeck::Ui {

// Review's pre-flight checklist: one row per check with its state icon, the
// state in words (for screen readers too), the answer, and for a failed
// check a button to the field that decides it.
class ChecklistView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistView)

public:
    explicit ChecklistView(QWidget *parent = nullptr);
    void setChecks(const QList<Preflight::Check> &checks);

    static QString stateName(Preflight::State state);

Q_SIGNALS:
    void fieldActivated(const QString &field);

private:
    QVBoxLayout *m_rows;
};

} // namespace Flightdeck::Ui
