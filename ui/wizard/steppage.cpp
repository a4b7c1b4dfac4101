#include "ui/wizard/steppage.h"

#include "app/spec/runspecdocument.h"
#include "ui/widgets/statuscolors.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

StepPage::StepPage(RunSpecDocument *document, const QStringList &fields, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_fields(fields)
{
    // Only the step on screen follows every change; the others catch up when shown.
    connect(m_document, &RunSpecDocument::changed, this, [this] {
        if (isVisible())
            readSpec(m_document->spec());
        else
            m_stale = true;
    });
}

void StepPage::showEvent(QShowEvent *event)
{
    if (m_stale) {
        m_stale = false;
        readSpec(m_document->spec());
    }
    QWidget::showEvent(event);
    shown();
}

const RunSpec &StepPage::spec() const
{
    return m_document->spec();
}

void StepPage::edit(const std::function<void(RunSpec &)> &change)
{
    RunSpec copy = m_document->spec();
    change(copy);
    m_document->setSpec(copy);
}

bool StepPage::owns(const QStringList &fields, const Issue &issue)
{
    return std::any_of(fields.cbegin(), fields.cend(), [&issue](const QString &prefix) {
        return issue.field == prefix || issue.field.startsWith(prefix + u'.') || issue.field.startsWith(prefix + u'[');
    });
}

QLabel *StepPage::addMessage(const QString &prefix, QWidget *field)
{
    auto *label = new QLabel(this);
    label->setObjectName(field->objectName() + u"Message"_s);
    label->setWordWrap(true);
    label->setVisible(false);
    label->setAccessibleName(tr("Problems with %1").arg(field->accessibleName()));
    m_messages.append({prefix, label, field, field->accessibleDescription()});
    std::sort(m_messages.begin(), m_messages.end(), [](const Message &a, const Message &b) { return a.prefix.size() > b.prefix.size(); });
    return label;
}

QWidget *StepPage::initialFocus() const
{
    // The first field to type into; failing that, the first that takes focus.
    // A radio button or check box before it is a choice already made.
    QWidget *first = nullptr;
    for (QWidget *widget = nextInFocusChain(); widget && widget != this; widget = widget->nextInFocusChain()) {
        if (!isAncestorOf(widget))
            break;
        if (!widget->isVisibleTo(this) || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        const auto *combo = qobject_cast<QComboBox *>(widget);
        if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
            || (combo && combo->isEditable()))
            return widget;
        if (!first)
            first = widget;
    }
    return first;
}

int StepPage::showIssues(const Issues &issues)
{
    QHash<QLabel *, QStringList> texts;
    QSet<QLabel *> withErrors;
    int errors = 0;
    for (const Issue &issue : issues) {
        if (!owns(issue))
            continue;
        errors += issue.isError() ? 1 : 0;
        QLabel *target = nullptr;
        for (const Message &message : std::as_const(m_messages)) {
            const QString &prefix = message.prefix;
            if (issue.field == prefix || issue.field.startsWith(prefix + u'.') || issue.field.startsWith(prefix + u'[')) {
                target = message.label;
                break;
            }
        }
        if (!target && !m_messages.isEmpty())
            target = m_messages.last().label;
        if (!target)
            continue;
        texts[target].append((issue.isError() ? tr("Error: ") : tr("Warning: ")) + issue.message);
        if (issue.isError())
            withErrors.insert(target);
    }
    for (const Message &message : std::as_const(m_messages)) {
        QLabel *label = message.label;
        const QStringList lines = texts.value(label);
        const QString text = lines.join(u'\n');
        if (label->text() != text) {
            label->setText(text);
            if (message.field) {
                const QString separator = message.description.isEmpty() || text.isEmpty() ? QString() : u"\n"_s;
                message.field->setAccessibleDescription(message.description + separator + text);
            }
        }
        label->setVisible(!lines.isEmpty());
        // Restyling is costly: only when the kind of message changes.
        const bool hasError = withErrors.contains(label);
        if (label->property("showsError") != QVariant(hasError)) {
            label->setProperty("showsError", hasError);
            StatusColors::setTextRole(label, hasError ? StatusColors::Role::Error : StatusColors::Role::Warning);
        }
    }
    return errors;
}

} // namespace Flightdeck::Ui
