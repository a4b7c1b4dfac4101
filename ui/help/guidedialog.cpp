#include "ui/help/guidedialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"guideDialog"_s);
    setWindowTitle(tr("Flightdeck guide"));
    auto *browser = new QTextBrowser(this);
    browser->setObjectName(u"guideText"_s);
    browser->setAccessibleName(tr("Flightdeck guide"));
    browser->setOpenExternalLinks(true);
    browser->setSource(QUrl(u"qrc:/guide/user-guide.md"_s), QTextDocument::MarkdownResource);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(720, 620);
}

} // namespace Flightdeck::Ui
