#pragma once

#include <QDialog>

namespace Flightdeck::Ui {

// Help › Flightdeck guide: the user guide (docs/user-guide.md, compiled in),
// readable offline; its links to Fly.io open in the browser.
class GuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuideDialog)

public:
    explicit GuideDialog(QWidget *parent = nullptr);
};

} // namespace Flightdeck::Ui
