#include "pages/imagepage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &name, const QString &accessibleName, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

// Writes only when the text differs, so the cursor stays where the user types.
void showText(QLineEdit *edit, const QString &value)
{
    if (edit->text().trimmed() != value)
        edit->setText(value);
}

} // namespace

ImagePage::ImagePage(RunSpecDocument *document, QWidget *parent)
    : StepPage(document, parent)
    , m_appEdit(lineEdit(this, u"appEdit"_s, tr("App"), tr("the Fly app the Machine belongs to")))
    , m_imageEdit(lineEdit(this, u"imageEdit"_s, tr("Image reference"), tr("for example nginx:1.27 or registry.fly.io/my-app:latest")))
{
    auto *form = new QFormLayout(this);
    form->addRow(tr("&App:"), m_appEdit);
    form->addRow(QString(), addMessage(u"app"_s, m_appEdit));
    form->addRow(tr("&Image:"), m_imageEdit);
    form->addRow(QString(), addMessage(u"image"_s, m_imageEdit));

    m_imageEdit->setProperty("jsonKey", u"image"_s);
    readSpec(spec());
    connect(m_appEdit, &QLineEdit::textEdited, this, [this](const QString &text) { edit([&](RunSpec &s) { s.app = text.trimmed(); }); });
    connect(m_imageEdit, &QLineEdit::textEdited, this, [this](const QString &text) { edit([&](RunSpec &s) { s.image = text.trimmed(); }); });
}

QString ImagePage::title() const
{
    return tr("App and image");
}

QStringList ImagePage::fieldPrefixes() const
{
    return {u"app"_s, u"image"_s, u"build"_s};
}

void ImagePage::readSpec(const RunSpec &s)
{
    showText(m_appEdit, s.app);
    showText(m_imageEdit, s.image);
}

} // namespace Flightdeck::Ui
