#pragma once

#include <QMap>
#include <QWidget>

class QTableWidget;

namespace Flightdeck::Ui {

// NAME=VALUE pairs in a two-column table: environment variables, metadata,
// build arguments. Pasted or imported text of KEY=VALUE lines (a .env file)
// merges in; the last duplicate wins, as with repeated flags. The buttons
// stand beside the table, so that it fits a narrow page in any language.
class KeyValueTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyValueTable)

public:
    enum class Mnemonics { On, Off };
    // `name`: the object names' stem; `accessibleName`: what a screen reader calls the table.
    // Mnemonics::Off for a page whose own fields use the buttons' letters (Tab still reaches them).
    KeyValueTable(const QString &name, const QString &accessibleName, QWidget *parent = nullptr, Mnemonics mnemonics = Mnemonics::On);

    QMap<QString, QString> values() const;
    void setValues(const QMap<QString, QString> &values);
    // Merges KEY=VALUE lines; blank lines, comments and "export " prefixes are
    // skipped, quotes around a value removed. Returns the lines it could not read.
    QStringList importText(const QString &text);

Q_SIGNALS:
    void edited(const QMap<QString, QString> &values);

private:
    void addRow(const QString &key, const QString &value);

    QTableWidget *m_table;
    bool m_updating = false;
};

} // namespace Flightdeck::Ui
