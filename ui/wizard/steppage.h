#pragma once

#include "app/spec/issue.h"
#include "app/spec/runspec.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;

namespace Flightdeck {
class RunSpecDocument;
}

namespace Flightdeck::Ui {

// One step of the wizard: a form over part of the RunSpec. Pages write every
// edit into the document at once and follow the document when something else
// (the JSON preview, an import) changes it. Validation messages appear beside
// the field they are about.
class StepPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepPage)

public:
    // `fields`: the validation field ids this step owns ("guest" owns "guest.memory_mb").
    StepPage(RunSpecDocument *document, const QStringList &fields, QWidget *parent = nullptr);

    bool owns(const Issue &issue) const { return owns(m_fields, issue); }
    static bool owns(const QStringList &fields, const Issue &issue);

    // Shows each of this page's issues beside its field; returns how many errors it has.
    int showIssues(const Issues &issues);
    // Problems the RunSpec cannot show: a missing token, an app name someone else holds.
    virtual Issues pageIssues() const { return {}; }
    // Where the keyboard lands when the step opens: its first field that
    // takes focus, unless a page knows better.
    virtual QWidget *initialFocus() const;

Q_SIGNALS:
    void pageIssuesChanged();

protected:
    void showEvent(QShowEvent *event) override;
    // Fill the widgets from the spec, touching only what differs.
    virtual void readSpec(const RunSpec &spec) = 0;
    // The step came on screen: a moment to fetch what it lists from the API.
    virtual void shown() {}
    // A label under `field` for the messages of field ids starting with `prefix`;
    // the field's accessible description carries them too, for screen readers.
    QLabel *addMessage(const QString &prefix, QWidget *field);
    void edit(const std::function<void(RunSpec &)> &change);
    const RunSpec &spec() const;

private:
    RunSpecDocument *m_document;
    QStringList m_fields;
    struct Message
    {
        QString prefix;
        QLabel *label;
        QPointer<QWidget> field;
        QString description; // the field's own, before any message
    };
    QList<Message> m_messages; // longest prefix first
    QLabel *m_general = nullptr;
    bool m_stale = false; // the document changed while this step was hidden
};

} // namespace Flightdeck::Ui
