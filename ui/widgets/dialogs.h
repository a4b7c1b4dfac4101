#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

// Every standard dialog the window opens (files, folders, a text, a
// question) goes through here, so that a test answers it the way a user
// would instead of going around it, as KeePassXC's MessageBox::setNextAnswer
// and FileDialog::setNextFileName do. Without scripted answers each call is
// the Qt dialog it names.
namespace Flightdeck::Ui::Dialogs {

// An existing file; empty when cancelled.
QString openFile(QWidget *parent, const QString &title, const QString &folder, const QString &filter = QString());
// A file to write; empty when cancelled.
QString saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter = QString());
// An existing folder; empty when cancelled.
QString folder(QWidget *parent, const QString &title, const QString &start);
// Several lines of text; nothing when cancelled.
std::optional<QString> text(QWidget *parent, const QString &title, const QString &label, const QString &text = QString());
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton);
void information(QWidget *parent, const QString &title, const QString &text);

// Tests: the next dialogs of a kind take these answers, in order, instead of
// opening. Once a test scripts an answer, a dialog without one is refused
// (cancelled, with a warning) rather than left waiting for a click.
namespace Script {
void answerFile(const QString &path); // openFile, saveFile and folder
void answerText(const std::optional<QString> &text);
void answerQuestion(QMessageBox::StandardButton button);
// The titles of the dialogs asked since the last call, unanswered ones marked.
QStringList takeAsked();
// Forgets unused answers and stops scripting.
void reset();
} // namespace Script

} // namespace Flightdeck::Ui::Dialogs
