#pragma once

#include <QWizardPage>

class QLineEdit;

namespace Flightdeck {
class RunSpecDocument;
}

namespace Flightdeck::Ui {

// The image to run and where to run it.
class ImagePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagePage)

public:
    explicit ImagePage(RunSpecDocument *document, QWidget *parent = nullptr);

private:
    void readFromDocument();
    void writeToDocument();

    RunSpecDocument *m_document;
    QLineEdit *m_imageEdit;
    QLineEdit *m_regionEdit;
};

} // namespace Flightdeck::Ui
