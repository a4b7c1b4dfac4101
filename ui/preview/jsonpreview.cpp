#include "ui/preview/jsonpreview.h"

#include "ui/preview/syntaxrepository.h"
#include "ui/widgets/statuscolors.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QStyleHints>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

JsonPreview::JsonPreview(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_firstCaption(new QLabel(tr("First, the app is created:"), this))
    , m_firstRequest(new QLabel(this))
    , m_thenCaption(new QLabel(tr("Then the Machine:"), this))
    , m_requestLine(new QLabel(this))
    , m_status(new QLabel(this))
    , m_editTimer(new QTimer(this))
    , m_markTimer(new QTimer(this))
{
    setObjectName(u"jsonPreview"_s);

    auto *title = new QLabel(tr("Request preview"), this);
    title->setObjectName(u"jsonPreviewTitle"_s);
    m_requestLine->setObjectName(u"jsonPreviewRequestLine"_s);
    m_requestLine->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_requestLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_requestLine->setAccessibleName(tr("Request method and path"));
    m_firstRequest->setObjectName(u"jsonPreviewFirstRequest"_s);
    m_firstRequest->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_firstRequest->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_firstRequest->setWordWrap(true);
    m_firstRequest->setAccessibleName(tr("The request that creates the app"));
    for (QLabel *label : {m_firstCaption, m_firstRequest, m_thenCaption})
        label->setVisible(false);

    m_editor->setObjectName(u"jsonPreviewEditor"_s);
    m_editor->setAccessibleName(tr("Machines API request preview"));
    m_editor->setAccessibleDescription(tr("Editable: valid changes fill the form"));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_status->setObjectName(u"jsonPreviewStatus"_s);
    m_status->setWordWrap(true);
    StatusColors::setTextRole(m_status, StatusColors::Role::Error);
    m_status->setVisible(false);
    m_editTimer->setSingleShot(true);
    m_editTimer->setInterval(300);
    m_markTimer->setSingleShot(true);
    m_markTimer->setInterval(1200);
    // textChanged also fires when the highlighter restyles; only a different text is an edit.
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingText && m_editor->toPlainText() != m_shownText)
            m_editTimer->start();
    });
    connect(m_editTimer, &QTimer::timeout, this, [this] { Q_EMIT edited(m_editor->toPlainText().toUtf8()); });
    connect(m_markTimer, &QTimer::timeout, this, [this] {
        m_touchedLines.clear();
        updateSelections();
    });
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_firstCaption);
    layout->addWidget(m_firstRequest);
    layout->addWidget(m_thenCaption);
    layout->addWidget(m_requestLine);
    layout->addWidget(m_editor);
    layout->addWidget(m_status);

    // The syntax repository takes a while to load: the highlighting starts
    // right after the editor's first paint. Until then its text is drawn in
    // the background colour, so no one sees it unhighlighted.
    QPalette hidden = m_editor->palette();
    hidden.setColor(QPalette::Text, hidden.color(QPalette::Base));
    m_editor->setPalette(hidden);
    m_editor->viewport()->installEventFilter(this);
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, &JsonPreview::applyTheme);
}

bool JsonPreview::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched == m_editor->viewport() && !m_highlighter) {
        m_editor->viewport()->removeEventFilter(this);
        QTimer::singleShot(0, this, &JsonPreview::startHighlighting);
    }
    return QWidget::eventFilter(watched, event);
}

void JsonPreview::startHighlighting()
{
    if (m_highlighter)
        return;
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());
    m_highlighter->setDefinition(syntaxRepository().definitionForName(u"JSON"_s));
    applyTheme(); // the theme's text colour makes the text visible
}

// The lines of `after` to mark, given the lines both texts start (`head`) and
// end (`tail`) with: the lines that differ when only values changed, the new
// lines when lines came or went, and where they went when lines were only removed.
QList<int> JsonPreview::changedLines(const QStringList &before, const QStringList &after, qsizetype head, qsizetype tail)
{
    QList<int> lines;
    const qsizetype end = after.size() - tail;
    for (qsizetype i = head; i < end; ++i) {
        if (before.size() != after.size() || before.at(i) != after.at(i))
            lines.append(int(i));
    }
    if (lines.isEmpty() && before != after && head < after.size())
        lines.append(int(head));
    return lines;
}

void JsonPreview::setRequestLine(const QString &line)
{
    m_requestLine->setText(line);
}

void JsonPreview::setFirstRequest(const QString &line, const QByteArray &body)
{
    const QByteArray readable = QJsonDocument::fromJson(body).toJson(QJsonDocument::Indented).trimmed();
    m_firstRequest->setText(line.isEmpty() ? QString() : line + u'\n' + QString::fromUtf8(readable));
    for (QLabel *label : {m_firstCaption, m_firstRequest, m_thenCaption})
        label->setVisible(!line.isEmpty());
}

void JsonPreview::setRequestBody(const QByteArray &body)
{
    // Text the user is still fixing is never overwritten.
    if (m_editProblem || m_editTimer->isActive())
        return;
    const QString text = QString::fromUtf8(body);
    const QString old = m_editor->toPlainText();
    if (text == old)
        return;

    const QStringList before = old.split(u'\n');
    const QStringList after = text.split(u'\n');
    // What changed lies between the lines both texts start and end with.
    qsizetype head = 0;
    while (head < before.size() && head < after.size() && before.at(head) == after.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < before.size() - head && tail < after.size() - head && before.at(before.size() - 1 - tail) == after.at(after.size() - 1 - tail))
        ++tail;
    m_touchedLines = old.isEmpty() ? QList<int>() : changedLines(before, after, head, tail);
    const int scroll = m_editor->verticalScrollBar()->value();
    m_shownText = text;
    m_settingText = true;
    if (old.isEmpty()) {
        m_editor->setPlainText(text);
    } else {
        // Replace only the lines between the common start and end, so the
        // highlighter restyles those lines, not the whole request.
        QTextDocument *document = m_editor->document();
        QTextCursor cursor(document->findBlockByNumber(int(head)));
        const QTextBlock last = document->findBlockByNumber(int(before.size() - 1 - tail));
        cursor.beginEditBlock();
        if (head < before.size() - tail) {
            cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
        }
        const QStringList inserted = after.mid(head, after.size() - tail - head);
        if (head < before.size() - tail)
            cursor.insertText(inserted.join(u'\n'));
        else if (!inserted.isEmpty())
            cursor.insertText(inserted.join(u'\n') + u'\n');
        cursor.endEditBlock();
        if (m_editor->toPlainText() != text) // a safety net: never show something else
            m_editor->setPlainText(text);
    }
    m_settingText = false;
    m_editor->verticalScrollBar()->setValue(scroll);
    updateSelections();
    if (!m_touchedLines.isEmpty())
        m_markTimer->start();
}

void JsonPreview::showEditProblem(const QString &message, int line)
{
    m_editProblem = true;
    m_problemLine = line;
    m_status->setText(line > 0 ? tr("Line %1: %2").arg(line).arg(message) : message);
    m_status->setVisible(true);
    updateSelections();
}

void JsonPreview::clearEditProblem()
{
    m_editProblem = false;
    m_shownText = m_editor->toPlainText(); // accepted: the form now holds it
    m_problemLine = 0;
    m_status->setVisible(false);
    updateSelections();
}

void JsonPreview::revealKey(const QString &key)
{
    const QTextCursor found = m_editor->document()->find(u"\"%1\":"_s.arg(key));
    if (found.isNull())
        return;
    QTextCursor cursor(found);
    cursor.clearSelection();
    m_editor->setTextCursor(cursor); // the cursor moves; the focus stays where it is
    m_editor->centerCursor();
}

void JsonPreview::updateSelections()
{
    if (!m_highlighter)
        return; // nothing is marked before the first paint; applyTheme comes back here
    QList<QTextEdit::ExtraSelection> selections;
    const auto lineSelection = [this](int line, const QColor &colour) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_editor->document()->findBlockByNumber(line));
        selection.format.setBackground(colour);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        return selection;
    };
    // The syntax theme's own colours for modified lines and error marks, as
    // Kate shows them in its border, mixed into the editor's background.
    const KSyntaxHighlighting::Theme theme = m_highlighter->theme();
    const QColor background = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    const auto mixed = [&](KSyntaxHighlighting::Theme::EditorColorRole role, float amount) {
        const QColor mark = QColor::fromRgba(theme.editorColor(role));
        return QColor::fromRgbF((1 - amount) * background.redF() + amount * mark.redF(), (1 - amount) * background.greenF() + amount * mark.greenF(),
                                (1 - amount) * background.blueF() + amount * mark.blueF());
    };
    for (int line : std::as_const(m_touchedLines))
        selections.append(lineSelection(line, mixed(KSyntaxHighlighting::Theme::ModifiedLines, 0.3f)));
    if (m_editProblem && m_problemLine > 0)
        selections.append(lineSelection(m_problemLine - 1, mixed(KSyntaxHighlighting::Theme::MarkError, 0.35f)));
    m_editor->setExtraSelections(selections);
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
    if (!m_highlighter)
        return; // startHighlighting applies it
    applyThemeForPalette(m_highlighter, m_editor, palette());
    updateSelections(); // their colours come from the theme
}

} // namespace Flightdeck::Ui
