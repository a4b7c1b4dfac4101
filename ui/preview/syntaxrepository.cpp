#include "ui/preview/syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QPlainTextEdit>

namespace Flightdeck::Ui {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

void applyThemeForPalette(KSyntaxHighlighting::SyntaxHighlighter *highlighter, QPlainTextEdit *editor, const QPalette &palette)
{
    const KSyntaxHighlighting::Theme theme = syntaxRepository().themeForPalette(palette);
    if (theme.name() == highlighter->theme().name())
        return;
    QPalette editorPalette = editor->palette();
    editorPalette.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    editorPalette.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    editor->setPalette(editorPalette);
    highlighter->setTheme(theme);
    highlighter->rehighlight();
}

} // namespace Flightdeck::Ui
