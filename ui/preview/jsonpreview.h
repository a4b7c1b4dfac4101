#pragma once

#include <QWidget>

class QPlainTextEdit;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Flightdeck::Ui {

// The create request as it will be sent, highlighted as JSON in colours that
// follow the palette (light or dark).
class JsonPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonPreview)

public:
    explicit JsonPreview(QWidget *parent = nullptr);

    void setRequestBody(const QByteArray &body);
    QPlainTextEdit *editor() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    QPlainTextEdit *m_editor;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

} // namespace Flightdeck::Ui
