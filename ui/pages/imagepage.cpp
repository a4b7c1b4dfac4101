#include "pages/imagepage.h"

#include "spec/runspecdocument.h"

#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

ImagePage::ImagePage(RunSpecDocument *document, QWidget *parent)
    : QWizardPage(parent)
    , m_document(document)
    , m_imageEdit(new QLineEdit(this))
    , m_regionEdit(new QLineEdit(this))
{
    setTitle(tr("Image"));
    setSubTitle(tr("The container image the Machine runs."));

    m_imageEdit->setObjectName(u"imageEdit"_s);
    m_imageEdit->setAccessibleName(tr("Image reference"));
    m_imageEdit->setPlaceholderText(tr("for example nginx:1.27 or registry.fly.io/my-app:latest"));

    m_regionEdit->setObjectName(u"regionEdit"_s);
    m_regionEdit->setAccessibleName(tr("Region"));
    m_regionEdit->setPlaceholderText(tr("empty: Fly chooses the region nearest to you"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Image:"), m_imageEdit);
    form->addRow(tr("&Region:"), m_regionEdit);

    readFromDocument();
    connect(m_document, &RunSpecDocument::changed, this, &ImagePage::readFromDocument);
    connect(m_imageEdit, &QLineEdit::textEdited, this, &ImagePage::writeToDocument);
    connect(m_regionEdit, &QLineEdit::textEdited, this, &ImagePage::writeToDocument);
}

void ImagePage::readFromDocument()
{
    // Only differences are written, so the cursor stays where the user types.
    if (m_imageEdit->text().trimmed() != m_document->spec().image)
        m_imageEdit->setText(m_document->spec().image);
    if (m_regionEdit->text().trimmed() != m_document->spec().region)
        m_regionEdit->setText(m_document->spec().region);
}

void ImagePage::writeToDocument()
{
    RunSpec spec = m_document->spec();
    spec.image = m_imageEdit->text().trimmed();
    spec.region = m_regionEdit->text().trimmed();
    m_document->setSpec(spec);
}

} // namespace Flightdeck::Ui
