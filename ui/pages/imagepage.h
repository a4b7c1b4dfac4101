#pragma once

#include "wizard/steppage.h"

class QLineEdit;

namespace Flightdeck::Ui {

// The app the Machine belongs to and the image it runs.
class ImagePage final : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagePage)

public:
    explicit ImagePage(RunSpecDocument *document, QWidget *parent = nullptr);
    QString title() const override;
    QStringList fieldPrefixes() const override;

protected:
    void readSpec(const RunSpec &spec) override;

private:
    QLineEdit *m_appEdit;
    QLineEdit *m_imageEdit;
};

} // namespace Flightdeck::Ui
