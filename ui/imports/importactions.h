#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace Flightdeck {
class RunSpecDocument;
}

namespace Flightdeck::Ui {

class ApiSession;
class MessageBar;

// The ways into the wizard besides typing: a pasted `fly machine run`
// command, a --machine-config JSON file, or an existing Machine of the app.
// What cannot be imported is listed, never silently dropped.
class ImportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportActions)

public:
    ImportActions(QWidget *window, RunSpecDocument *document, ApiSession *session, MessageBar *messages);

    // The dialogs behind the menu entries.
    void pasteCommand();
    void openConfigFile();
    void cloneMachine();

    // What the dialogs do with their answer. Each returns what was left out.
    QStringList importCommandLine(const QString &commandLine);
    QStringList importConfig(const QByteArray &json);
    void cloneFrom(const QString &app, const QString &machineId);

Q_SIGNALS:
    void cloned(const QStringList &leftOut); // cloneFrom finished

private:
    void report(const QString &what, const QStringList &leftOut);

    QWidget *m_window;
    RunSpecDocument *m_document;
    ApiSession *m_session;
    MessageBar *m_messages;
};

} // namespace Flightdeck::Ui
