#include "ui/widgets/argumentsedit.h"

#include "app/spec/shellwords.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

ArgumentsEdit::ArgumentsEdit(const QString &name, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_line(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_listPane(new QWidget(this))
    , m_modes(new QStackedWidget(this))
    , m_asList(new QToolButton(this))
{
    setObjectName(name);
    m_line->setObjectName(name + u"Edit"_s);
    m_line->setAccessibleName(accessibleName);
    m_list->setObjectName(name + u"List"_s);
    m_list->setAccessibleName(tr("%1, one argument per row").arg(accessibleName));
    m_list->setMaximumHeight(120);
    m_asList->setObjectName(name + u"AsList"_s);
    m_asList->setText(tr("List"));
    m_asList->setToolTip(tr("Edit one argument per row instead of a shell-like line"));
    m_asList->setAccessibleName(tr("Edit %1 as a list").arg(accessibleName));
    m_asList->setCheckable(true);
    auto *add = new QPushButton(tr("Add"), m_listPane);
    add->setObjectName(name + u"Add"_s);
    auto *remove = new QPushButton(tr("Remove"), m_listPane);
    remove->setObjectName(name + u"Remove"_s);
    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    listButtons->addStretch();
    auto *listLayout = new QHBoxLayout(m_listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    listLayout->addLayout(listButtons);
    m_modes->addWidget(m_line);
    m_modes->addWidget(m_listPane);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_modes, 1);
    layout->addWidget(m_asList, 0, Qt::AlignTop);
    setFocusProxy(m_line);
    // The stack takes the height of the page shown, not of the taller one.
    m_modes->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    connect(m_line, &QLineEdit::textEdited, this, &ArgumentsEdit::lineEdited);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            listEdited();
    });
    connect(add, &QPushButton::clicked, this, [this] {
        auto *item = new QListWidgetItem(QString(), m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_list->setCurrentItem(item);
        m_list->editItem(item);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        delete m_list->currentItem();
        listEdited();
    });
    connect(m_asList, &QToolButton::toggled, this, &ArgumentsEdit::setListMode);
    setListMode(false);
}

void ArgumentsEdit::setPlaceholderText(const QString &text)
{
    m_line->setPlaceholderText(text);
}

void ArgumentsEdit::setJsonKey(const QString &key)
{
    m_line->setProperty("jsonKey", key);
    m_list->setProperty("jsonKey", key);
}

bool ArgumentsEdit::isListMode() const
{
    return m_modes->currentWidget() == m_listPane;
}

void ArgumentsEdit::setListMode(bool list)
{
    m_asList->setChecked(list);
    m_modes->setCurrentWidget(list ? m_listPane : static_cast<QWidget *>(m_line));
    setFocusProxy(list ? static_cast<QWidget *>(m_list) : m_line);
    if (list)
        fillList(ShellWords::split(m_line->text()).value_or(listWords()));
    m_modes->setMaximumHeight(list ? m_listPane->sizeHint().height() : m_line->sizeHint().height());
}

void ArgumentsEdit::setWords(const QStringList &words)
{
    // An unfinished line, or one that already reads as these words, stays as typed.
    if (ShellWords::split(m_line->text()).value_or(QStringList{u"\x01"_s}) != words)
        m_line->setText(ShellWords::join(words));
    if (listWords() != words)
        fillList(words);
}

void ArgumentsEdit::lineEdited()
{
    QString error;
    const std::optional<QStringList> words = ShellWords::split(m_line->text(), &error);
    Q_EMIT syntaxProblem(words ? QString() : error);
    if (words)
        Q_EMIT wordsEdited(*words);
}

void ArgumentsEdit::listEdited()
{
    const QStringList words = listWords();
    m_line->setText(ShellWords::join(words));
    Q_EMIT syntaxProblem(QString());
    Q_EMIT wordsEdited(words);
}

void ArgumentsEdit::fillList(const QStringList &words)
{
    m_updating = true;
    m_list->clear();
    for (const QString &word : words) {
        auto *item = new QListWidgetItem(word, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_updating = false;
}

QStringList ArgumentsEdit::listWords() const
{
    QStringList words;
    for (int row = 0; row < m_list->count(); ++row)
        words.append(m_list->item(row)->text());
    return words;
}

} // namespace Flightdeck::Ui
