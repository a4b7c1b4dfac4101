#pragma once

class QPalette;
class QPlainTextEdit;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
}

namespace Flightdeck::Ui {

// The application's one syntax definition repository: loading it is costly,
// so every highlighter shares it.
KSyntaxHighlighting::Repository &syntaxRepository();

// Gives a highlighted editor the syntax theme that suits `palette` (light or
// dark): the highlighter's colours and the editor's background and text.
// Nothing happens when it already has that theme.
void applyThemeForPalette(KSyntaxHighlighting::SyntaxHighlighter *highlighter, QPlainTextEdit *editor, const QPalette &palette);

} // namespace Flightdeck::Ui
