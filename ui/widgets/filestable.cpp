#include "ui/widgets/filestable.h"

#include "ui/widgets/dialogs.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

namespace {

enum Column { PathColumn, SourceColumn, ContentColumn };

FileSpec fileFrom(FileSpec::Source source, const QString &guestPath, const QString &value)
{
    FileSpec file;
    file.source = source;
    file.guestPath = guestPath;
    file.value = value;
    return file;
}

} // namespace

FilesTable::FilesTable(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3, this))
{
    setObjectName(u"files"_s);
    m_table->setObjectName(u"filesTable"_s);
    setFocusProxy(m_table);
    m_table->setAccessibleName(tr("Files"));
    //: column headings; "Source" is where a file's content comes from (text, a local file, a secret)
    m_table->setHorizontalHeaderLabels({tr("Path in the Machine"), tr("Source"), tr("Content")});
    // The path and the content share what the source leaves: never wider than the page.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);

    auto *addText = new QPushButton(tr("Add &text"), this);
    addText->setObjectName(u"filesAddText"_s);
    auto *addLocal = new QPushButton(tr("Add lo&cal file…"), this);
    addLocal->setToolTip(tr("A file on this computer; its bytes are sent with the request"));
    addLocal->setObjectName(u"filesAddLocal"_s);
    auto *addSecret = new QPushButton(tr("Add sec&ret"), this);
    addSecret->setObjectName(u"filesAddSecret"_s);
    auto *editText = new QPushButton(tr("Edit te&xt…"), this);
    editText->setObjectName(u"filesEditText"_s);
    auto *remove = new QPushButton(tr("Remo&ve"), this);
    remove->setObjectName(u"filesRemove"_s);
    // Two rows, so that the longer words of other languages fit beside each other.
    auto *adds = new QHBoxLayout;
    adds->addWidget(addText);
    adds->addWidget(addLocal);
    adds->addStretch();
    auto *edits = new QHBoxLayout;
    edits->addWidget(addSecret);
    edits->addStretch();
    edits->addWidget(editText);
    edits->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(adds);
    layout->addLayout(edits);

    connect(addText, &QPushButton::clicked, this, [this] { addFile(fileFrom(FileSpec::Source::Literal, {}, {})); });
    connect(addSecret, &QPushButton::clicked, this, [this] { addFile(fileFrom(FileSpec::Source::Secret, {}, m_secretNames.value(0))); });
    connect(addLocal, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::openFile(this, tr("A file to write into the Machine"), QString());
        if (!path.isEmpty())
            addFile(fileFrom(FileSpec::Source::LocalFile, u"/"_s + QFileInfo(path).fileName(), path));
    });
    connect(editText, &QPushButton::clicked, this, &FilesTable::editCurrentText);
    connect(remove, &QPushButton::clicked, this, &FilesTable::removeCurrent);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_updating)
            return;
        const QString text = item->text();
        if (item->column() == PathColumn)
            change(item->row(), [&](FileSpec &file) { file.guestPath = text.trimmed(); });
        else if (item->column() == ContentColumn)
            change(item->row(), [&](FileSpec &file) { file.value = text; });
    });
}

void FilesTable::addFile(const FileSpec &file)
{
    m_files.append(file);
    rebuild();
    m_table->setCurrentCell(int(m_files.size()) - 1, PathColumn);
    m_table->editItem(m_table->item(int(m_files.size()) - 1, PathColumn));
    Q_EMIT edited(m_files);
}

void FilesTable::editCurrentText()
{
    const int row = m_table->currentRow();
    if (row < 0 || m_files.at(row).source != FileSpec::Source::Literal)
        return;
    if (const std::optional<QString> text = Dialogs::text(this, tr("File content"), m_files.at(row).guestPath, m_files.at(row).value))
        change(row, [&](FileSpec &file) { file.value = *text; });
}

void FilesTable::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_files.removeAt(row);
    rebuild();
    Q_EMIT edited(m_files);
}

void FilesTable::setFiles(const QList<FileSpec> &files)
{
    if (files == m_files)
        return;
    m_files = files;
    rebuild();
}

void FilesTable::setSecretNames(const QStringList &names)
{
    m_secretNames = names;
    rebuild();
}

void FilesTable::change(int row, const std::function<void(FileSpec &)> &edit)
{
    if (row < 0 || row >= m_files.size())
        return;
    edit(m_files[row]);
    Q_EMIT edited(m_files);
}

void FilesTable::rebuild()
{
    m_updating = true;
    m_table->setRowCount(int(m_files.size()));
    for (int row = 0; row < m_files.size(); ++row)
        fillRow(row);
    m_updating = false;
}

void FilesTable::fillRow(int row)
{
    const FileSpec &file = m_files.at(row);
    m_table->setItem(row, PathColumn, new QTableWidgetItem(file.guestPath));

    auto *source = new QComboBox(m_table);
    source->setObjectName(u"fileSource_%1"_s.arg(row));
    source->setAccessibleName(tr("Source of file %1").arg(row + 1));
    source->addItem(tr("Text"), int(FileSpec::Source::Literal));
    source->addItem(tr("Local file"), int(FileSpec::Source::LocalFile));
    source->addItem(tr("Secret"), int(FileSpec::Source::Secret));
    if (file.source == FileSpec::Source::Raw)
        source->addItem(tr("Imported bytes"), int(FileSpec::Source::Raw));
    source->setCurrentIndex(source->findData(int(file.source)));
    m_table->setCellWidget(row, SourceColumn, source);
    connect(source, &QComboBox::activated, this, [this, row, source] {
        change(row, [&](FileSpec &f) {
            f.source = FileSpec::Source(source->currentData().toInt());
            f.value = f.source == FileSpec::Source::Secret ? m_secretNames.value(0) : QString();
        });
        QMetaObject::invokeMethod(this, &FilesTable::rebuild, Qt::QueuedConnection); // not while the combo is in its signal
    });

    m_table->removeCellWidget(row, ContentColumn);
    auto *content = new QTableWidgetItem;
    switch (file.source) {
    case FileSpec::Source::Secret: {
        auto *secret = new QComboBox(m_table);
        secret->setObjectName(u"fileSecret_%1"_s.arg(row));
        secret->setAccessibleName(tr("Secret for file %1").arg(row + 1));
        secret->setEditable(true);
        secret->addItems(m_secretNames);
        secret->setEditText(file.value);
        m_table->setCellWidget(row, ContentColumn, secret);
        connect(secret, &QComboBox::currentTextChanged, this, [this, row](const QString &name) {
            if (!m_updating)
                change(row, [&](FileSpec &f) { f.value = name.trimmed(); });
        });
        break;
    }
    case FileSpec::Source::Raw:
        content->setText(tr("%n byte(s) from the imported config", nullptr, int(QByteArray::fromBase64(file.value.toLatin1()).size())));
        content->setFlags(content->flags() & ~Qt::ItemIsEditable);
        break;
    case FileSpec::Source::Literal:
        content->setText(file.value);
        content->setToolTip(tr("Double-click to edit one line, or use Edit text… for several"));
        break;
    case FileSpec::Source::LocalFile:
        content->setText(file.value);
        content->setToolTip(tr("A path on this computer; its bytes are sent with the request"));
        break;
    }
    m_table->setItem(row, ContentColumn, content);
}

} // namespace Flightdeck::Ui
