#pragma once

#include <QMainWindow>

namespace Flightdeck {
class RunSpecDocument;
}

namespace Flightdeck::Ui {

class JsonPreview;
class RunWizard;

// The window: the wizard on the left, the live request preview on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    RunSpecDocument *document() const;

private:
    void showEndpoint();
    // The user edited the preview: take the JSON if it parses and validates.
    void applyEditedJson(const QByteArray &text);

    RunSpecDocument *m_document;
    RunWizard *m_wizard;
    JsonPreview *m_preview;
};

} // namespace Flightdeck::Ui
