#pragma once

#include <QWizard>

namespace Flightdeck {
class RunSpecDocument;
}

namespace Flightdeck::Ui {

// The steps of `fly machine run`, one page each, all editing one RunSpecDocument.
class RunWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunWizard)

public:
    enum PageId {
        Page_Image,
    };

    explicit RunWizard(RunSpecDocument *document, QWidget *parent = nullptr);
};

} // namespace Flightdeck::Ui
