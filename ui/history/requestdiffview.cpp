#include "ui/history/requestdiffview.h"

#include "app/profile/requestdiff.h"
#include "ui/widgets/statuscolors.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

namespace {

QPlainTextEdit *sideView(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

} // namespace

RequestDiffView::RequestDiffView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_olderTitle(new QLabel(this))
    , m_newerTitle(new QLabel(this))
    , m_older(sideView(this, u"diffOlder"_s, tr("The older request")))
    , m_newer(sideView(this, u"diffNewer"_s, tr("The newer request")))
{
    setObjectName(u"requestDiff"_s);
    m_summary->setObjectName(u"diffSummary"_s);
    m_summary->setWordWrap(true);
    // The titles wrap: side by side in a narrow window, and longer in other languages.
    m_olderTitle->setWordWrap(true);
    m_newerTitle->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary, 0, 0, 1, 2);
    layout->addWidget(m_olderTitle, 1, 0);
    layout->addWidget(m_newerTitle, 1, 1);
    layout->addWidget(m_older, 2, 0);
    layout->addWidget(m_newer, 2, 1);
    layout->setRowStretch(2, 1);
    // The two sides keep their lines level.
    for (auto [from, to] : {std::pair{m_older, m_newer}, std::pair{m_newer, m_older}}) {
        connect(from->verticalScrollBar(), &QScrollBar::valueChanged, to->verticalScrollBar(), &QScrollBar::setValue);
        connect(from->horizontalScrollBar(), &QScrollBar::valueChanged, to->horizontalScrollBar(), &QScrollBar::setValue);
    }
}

void RequestDiffView::compare(const QString &olderTitle, const QJsonObject &older, const QString &newerTitle, const QJsonObject &newer)
{
    m_olderTitle->setText(olderTitle);
    m_newerTitle->setText(newerTitle);
    const QStringList paths = changedPaths(older, newer);
    m_summary->setText(paths.isEmpty() ? tr("The two requests are the same.")
                                       : tr("%n value(s) differ: %1", nullptr, int(paths.size())).arg(paths.join(tr(", "))));
    const QList<DiffRow> rows = diffRequests(older, newer);
    QStringList left;
    QStringList right;
    for (const DiffRow &row : rows) {
        const QString mark = row.kind == DiffRow::Kind::Changed ? u"~ "_s : row.kind == DiffRow::Kind::Same ? u"  "_s : QString();
        left.append(row.kind == DiffRow::Kind::Added ? QString() : (row.kind == DiffRow::Kind::Removed ? u"- "_s : mark) + row.older);
        right.append(row.kind == DiffRow::Kind::Removed ? QString() : (row.kind == DiffRow::Kind::Added ? u"+ "_s : mark) + row.newer);
    }
    m_older->setPlainText(left.join(u'\n'));
    m_newer->setPlainText(right.join(u'\n'));
    const auto mark = [this](QPlainTextEdit *view, int line, StatusColors::Role role, QList<QTextEdit::ExtraSelection> &selections) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(view->document()->findBlockByNumber(line));
        selection.format.setBackground(StatusColors::tint(role, palette()));
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections.append(selection);
    };
    QList<QTextEdit::ExtraSelection> olderMarks;
    QList<QTextEdit::ExtraSelection> newerMarks;
    for (int line = 0; line < int(rows.size()); ++line) {
        switch (rows.at(line).kind) {
        case DiffRow::Kind::Same:
            break;
        case DiffRow::Kind::Changed:
            mark(m_older, line, StatusColors::Role::Warning, olderMarks);
            mark(m_newer, line, StatusColors::Role::Warning, newerMarks);
            break;
        case DiffRow::Kind::Removed:
            mark(m_older, line, StatusColors::Role::Error, olderMarks);
            break;
        case DiffRow::Kind::Added:
            mark(m_newer, line, StatusColors::Role::Positive, newerMarks);
            break;
        }
    }
    m_older->setExtraSelections(olderMarks);
    m_newer->setExtraSelections(newerMarks);
    // Open at the first difference.
    const auto first = std::find_if(rows.cbegin(), rows.cend(), [](const DiffRow &row) { return row.kind != DiffRow::Kind::Same; });
    if (first != rows.cend()) {
        QTextCursor at(m_newer->document()->findBlockByNumber(int(first - rows.cbegin())));
        m_newer->setTextCursor(at);
        m_newer->centerCursor(); // the older side follows its scroll bar
    }
}

} // namespace Flightdeck::Ui
