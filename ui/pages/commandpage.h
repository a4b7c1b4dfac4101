#pragma once

#include "ui/wizard/steppage.h"

namespace Flightdeck::Ui {

class ArgumentsEdit;
class ImageInspector;

// The command and entrypoint, each edited as one shell-like line or as a
// list of arguments; left empty, they show what the image itself runs.
class CommandPage final : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPage)

public:
    CommandPage(RunSpecDocument *document, ImageInspector *image, QWidget *parent = nullptr);
    // The step list shows the title, and validation issues of these fields
    // belong to the step, before the page is built.
    static QString title();
    static QStringList fields();

protected:
    void readSpec(const RunSpec &spec) override;

private:
    void showSyntaxProblem(const QString &what, const QString &message);
    void showImageDefaults();

    ArgumentsEdit *m_cmd;
    ArgumentsEdit *m_entrypoint;
    QLabel *m_syntax;
    ImageInspector *m_image;
    QLabel *m_fromImage;
};

} // namespace Flightdeck::Ui
