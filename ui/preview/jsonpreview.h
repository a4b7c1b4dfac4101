#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Flightdeck::Ui {

// The create request as it will be sent, highlighted as JSON in colours that
// follow the palette (light or dark). It follows the form without taking
// focus, briefly marks the lines a change touched, and can be edited: the
// edited text is offered through edited(); while it is not accepted, it is
// kept as typed and the problem is shown at its line.
class JsonPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonPreview)

public:
    explicit JsonPreview(QWidget *parent = nullptr);

    void setRequestBody(const QByteArray &body);
    // The method and path the body goes to ("POST /v1/apps/demo-app/machines"), above it.
    void setRequestLine(const QString &line);
    // A request sent before this one (a new app's "POST /v1/apps?wait=true"
    // and its one-line body), shown above it; an empty line: none.
    void setFirstRequest(const QString &line, const QByteArray &body);
    QPlainTextEdit *editor() const;
    // The user's text could not be taken: say why, at its line (1-based; 0: none).
    void showEditProblem(const QString &message, int line);
    void clearEditProblem();
    bool hasEditProblem() const { return m_editProblem; }
    // Scrolls to the first line holding "key": without moving the focus.
    void revealKey(const QString &key);

Q_SIGNALS:
    void edited(const QByteArray &text);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static QList<int> changedLines(const QStringList &before, const QStringList &after, qsizetype head, qsizetype tail);
    void startHighlighting();
    void applyTheme();
    void updateSelections();

    QPlainTextEdit *m_editor;
    QLabel *m_firstCaption;
    QLabel *m_firstRequest;
    QLabel *m_thenCaption;
    QLabel *m_requestLine;
    QLabel *m_status;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr; // from the first paint on
    QTimer *m_editTimer;
    QTimer *m_markTimer;
    QList<int> m_touchedLines;
    QString m_shownText; // what the form last put here
    int m_problemLine = 0;
    bool m_editProblem = false;
    bool m_settingText = false;
};

} // namespace Flightdeck::Ui
