#pragma once

#include "app/spec/runspec.h"

#include <QWidget>

class QTableWidget;

namespace Flightdeck::Ui {

// Files written into the Machine: each a path in the Machine and where its
// content comes from (a local file, text typed here, or one of the app's
// secrets, picked by name). Bytes of an imported config are kept as they are.
class FilesTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilesTable)

public:
    explicit FilesTable(QWidget *parent = nullptr);

    QList<FileSpec> files() const { return m_files; }
    void setFiles(const QList<FileSpec> &files);
    // The app's secret names, offered for Secret rows.
    void setSecretNames(const QStringList &names);

Q_SIGNALS:
    void edited(const QList<Flightdeck::FileSpec> &files);

private:
    // A new row, its path ready to type.
    void addFile(const FileSpec &file);
    void editCurrentText(); // a text file's content, in a dialog
    void removeCurrent();
    void rebuild();
    void fillRow(int row);
    void change(int row, const std::function<void(FileSpec &)> &edit);

    QTableWidget *m_table;
    QList<FileSpec> m_files;
    QStringList m_secretNames;
    bool m_updating = false;
};

} // namespace Flightdeck::Ui
