#include "ui/widgets/keyvaluetable.h"

#include "app/spec/envfile.h"
#include "ui/widgets/dialogs.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

KeyValueTable::KeyValueTable(const QString &name, const QString &accessibleName, QWidget *parent, Mnemonics mnemonics)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
{
    setObjectName(name);
    m_table->setObjectName(name + u"Table"_s);
    m_table->setAccessibleName(accessibleName);
    setFocusProxy(m_table); // a label's mnemonic lands in the table
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(name + u"Add"_s);
    auto *remove = new QPushButton(tr("Rem&ove"), this);
    remove->setObjectName(name + u"Remove"_s);
    auto *paste = new QPushButton(tr("&Paste"), this);
    paste->setToolTip(tr("Add the KEY=VALUE lines on the clipboard"));
    paste->setObjectName(name + u"Paste"_s);
    auto *import = new QPushButton(tr("&Import .env…"), this);
    import->setToolTip(tr("Add the variables of a .env file"));
    import->setObjectName(name + u"Import"_s);

    if (mnemonics == Mnemonics::Off) {
        for (QPushButton *button : {add, remove, paste, import})
            button->setText(button->text().remove(u'&'));
    }

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addSpacing(12);
    buttons->addWidget(paste);
    buttons->addWidget(import);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        addRow({}, {});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            Q_EMIT edited(values());
        }
    });
    connect(paste, &QPushButton::clicked, this, [this] { importText(QApplication::clipboard()->text()); });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::openFile(this, tr("Import a .env file"), QString());
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
            return;
        const QStringList skipped = importText(QString::fromUtf8(file.readAll()));
        if (!skipped.isEmpty())
            Dialogs::information(this, tr("Some lines were skipped"), tr("These lines are not KEY=VALUE:\n%1").arg(skipped.join(u'\n')));
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            Q_EMIT edited(values());
    });
}

void KeyValueTable::addRow(const QString &key, const QString &value)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    m_updating = wasUpdating;
}

QMap<QString, QString> KeyValueTable::values() const
{
    QMap<QString, QString> map;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *key = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        if (key && !(key->text().isEmpty() && (!value || value->text().isEmpty())))
            map.insert(key->text().trimmed(), value ? value->text() : QString());
    }
    return map;
}

void KeyValueTable::setValues(const QMap<QString, QString> &values)
{
    if (values == this->values())
        return;
    m_updating = true;
    m_table->setRowCount(0);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        addRow(it.key(), it.value());
    m_updating = false;
}

QStringList KeyValueTable::importText(const QString &text)
{
    QMap<QString, QString> merged = values();
    const EnvFile::Contents contents = EnvFile::parse(text);
    for (const auto &[key, value] : contents.pairs)
        merged.insert(key, value);
    setValues(merged);
    Q_EMIT edited(values());
    return contents.unreadable;
}

} // namespace Flightdeck::Ui
