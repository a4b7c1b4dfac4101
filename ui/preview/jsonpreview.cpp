#include "preview/jsonpreview.h"

#include "preview/syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyleHints>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

JsonPreview::JsonPreview(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document()))
{
    setObjectName(u"jsonPreview"_s);

    auto *title = new QLabel(tr("Request preview"), this);
    title->setObjectName(u"jsonPreviewTitle"_s);

    m_editor->setObjectName(u"jsonPreviewEditor"_s);
    m_editor->setAccessibleName(tr("Machines API request preview"));
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_editor);

    m_highlighter->setDefinition(syntaxRepository().definitionForName(u"JSON"_s));
    applyTheme();
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, &JsonPreview::applyTheme);
}

void JsonPreview::setRequestBody(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body);
    if (text != m_editor->toPlainText())
        m_editor->setPlainText(text);
}

QPlainTextEdit *JsonPreview::editor() const
{
    return m_editor;
}

void JsonPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void JsonPreview::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = syntaxRepository().themeForPalette(palette());
    if (theme.name() == m_highlighter->theme().name())
        return;

    QPalette editorPalette = m_editor->palette();
    editorPalette.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    editorPalette.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    m_editor->setPalette(editorPalette);

    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

} // namespace Flightdeck::Ui
