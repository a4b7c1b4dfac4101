#pragma once

#include "ui/wizard/steppage.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Flightdeck {
class AppSettings;
}

namespace Flightdeck::Ui {

class KeyValueTable;

// The image the Machine runs: a registry reference, or a build from a
// Dockerfile (folder, Dockerfile shown highlighted, engine, build arguments,
// target).
class ImagePage final : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagePage)

public:
    ImagePage(RunSpecDocument *document, AppSettings *settings, QWidget *parent = nullptr);
    // The step list shows the title, and validation issues of these fields
    // belong to the step, before the page is built.
    static QString title();
    static QStringList fields();

protected:
    void readSpec(const RunSpec &spec) override;
    void changeEvent(QEvent *event) override;

private:
    void layOut();       // the source choice, the image field and the build box
    void connectEdits(); // each field writes the spec as it changes
    void editBuild(const std::function<void(BuildSpec &)> &change);
    void showDockerfile(const RunSpec &spec);
    void applyTheme();

    AppSettings *m_settings;
    QRadioButton *m_fromRegistry;
    QRadioButton *m_fromDockerfile;
    QLineEdit *m_image;
    QGroupBox *m_buildBox;
    QLineEdit *m_context;
    QLineEdit *m_dockerfile;
    QComboBox *m_engine;
    QLineEdit *m_target;
    QCheckBox *m_noCache;
    KeyValueTable *m_buildArgs;
    QPlainTextEdit *m_dockerfileText;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QString m_shownDockerfile; // the path whose text is shown
};

} // namespace Flightdeck::Ui
