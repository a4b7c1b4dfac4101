#include "runwizard.h"

#include "pages/imagepage.h"

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

RunWizard::RunWizard(RunSpecDocument *document, QWidget *parent)
    : QWizard(parent)
{
    setObjectName(u"runWizard"_s);
    // The wizard lives inside the main window rather than as a dialog of its own.
    setWindowFlags(Qt::Widget);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoCancelButton);
    setPage(Page_Image, new ImagePage(document, this));
}

} // namespace Flightdeck::Ui
