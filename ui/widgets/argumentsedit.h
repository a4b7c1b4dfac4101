#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace Flightdeck::Ui {

// An argument list (a command, an entrypoint) edited either as one
// shell-like line — quotes keep spaces — or as a list with one argument per
// row, where nothing needs quoting. Both show the same words.
class ArgumentsEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArgumentsEdit)

public:
    // `name` prefixes the children's object names: <name>Edit, <name>List, <name>AsList.
    ArgumentsEdit(const QString &name, const QString &accessibleName, QWidget *parent = nullptr);

    void setPlaceholderText(const QString &text);
    void setJsonKey(const QString &key);
    // Shows `words`, leaving the line alone when it already reads as them.
    void setWords(const QStringList &words);
    bool isListMode() const;
    void setListMode(bool list);

Q_SIGNALS:
    void wordsEdited(const QStringList &words);
    // The line cannot be read yet (an unfinished quote); empty once it can.
    void syntaxProblem(const QString &message);

private:
    void lineEdited();
    void listEdited();
    void fillList(const QStringList &words);
    QStringList listWords() const;

    QLineEdit *m_line;
    QListWidget *m_list;
    QWidget *m_listPane;
    QStackedWidget *m_modes;
    QToolButton *m_asList;
    bool m_updating = false;
};

} // namespace Flightdeck::Ui
