#pragma once

#include "app/profile/draftstore.h"
#include "app/spec/runspec.h"

#include <QObject>

class QMainWindow;
class QMenu;
class QTimer;

namespace Flightdeck {
class AppSettings;
class RunSpecDocument;
}

namespace Flightdeck::Ui {

class MessageBar;

// The window's run profile: New, Open, Save, Save As and Recent; the file
// name and the unsaved-changes mark in the title; the draft written every few
// seconds while the spec changes, and offered back after a crash.
class ProfileController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileController)

public:
    ProfileController(QMainWindow *window, RunSpecDocument *document, AppSettings *settings, MessageBar *messages, const DraftStore &drafts);

    QString currentPath() const { return m_path; }
    // A new Machine: empty but for the organization and region chosen in Settings.
    RunSpec blankSpec() const;
    // Starts the window on `spec` (from the command line) or, when it is empty, on a blank one.
    void start(const RunSpec &spec);
    bool isModified() const;
    // Opens a profile; what it could not keep is listed in the message bar.
    bool openPath(const QString &path);
    bool saveTo(const QString &path);
    // Offers a draft left by a session that did not close, if there is one.
    void offerDraft();
    // Before the window closes: asks about unsaved changes; false keeps it open.
    bool confirmClose();
    void fillRecentMenu(QMenu *menu);
    DraftStore &drafts() { return m_drafts; }

    void newProfile();
    void open();
    bool save();
    bool saveAs();

private:
    bool confirmDiscard(const QString &question);
    void setCurrent(const QString &path, const RunSpec &saved);
    void updateTitle();
    void writeDraft();

    QMainWindow *m_window;
    RunSpecDocument *m_document;
    AppSettings *m_settings;
    MessageBar *m_messages;
    DraftStore m_drafts;
    QTimer *m_draftTimer;
    QString m_path;
    RunSpec m_saved;     // the spec as last opened or saved
    RunSpec m_lastDraft; // the spec the draft file holds
    bool m_draftOffered = false;
    bool m_draftFailing = false; // the last draft write failed, and the user was told
};

} // namespace Flightdeck::Ui
