#include "ui/profiles/profilecontroller.h"

#include "app/settings/appsettings.h"
#include "app/spec/runspecdocument.h"
#include "ui/widgets/dialogs.h"
#include "ui/widgets/messagebar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

namespace {

constexpr int draftIntervalMs = 3000;

QString fileFilter()
{
    return QCoreApplication::translate("ProfileController", "Flightdeck profiles (*.flightdeck);;All files (*)");
}

} // namespace

ProfileController::ProfileController(QMainWindow *window, RunSpecDocument *document, AppSettings *settings, MessageBar *messages,
                                     const DraftStore &drafts)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_settings(settings)
    , m_messages(messages)
    , m_drafts(drafts)
    , m_draftTimer(new QTimer(this))
{
    m_draftTimer->setInterval(draftIntervalMs);
    connect(m_draftTimer, &QTimer::timeout, this, &ProfileController::writeDraft);
    m_draftTimer->start();
    connect(m_document, &RunSpecDocument::changed, this, &ProfileController::updateTitle);
    updateTitle();
}

RunSpec ProfileController::blankSpec() const
{
    RunSpec spec;
    spec.org = m_settings->defaultOrg();
    spec.region = m_settings->defaultRegion();
    return spec;
}

void ProfileController::start(const RunSpec &spec)
{
    const RunSpec blank = blankSpec();
    m_document->setSpec(spec == RunSpec{} ? blank : spec);
    setCurrent(QString(), blank);
}

bool ProfileController::isModified() const
{
    return m_document->spec() != m_saved;
}

void ProfileController::updateTitle()
{
    const QString name = m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
    m_window->setWindowTitle(u"%1[*]"_s.arg(name));
    m_window->setWindowModified(isModified());
}

void ProfileController::setCurrent(const QString &path, const RunSpec &saved)
{
    m_path = path;
    m_saved = saved;
    if (!path.isEmpty()) {
        m_settings->addRecentProfile(QFileInfo(path).absoluteFilePath());
        QString why;
        if (!m_settings->sync(&why))
            m_messages->showMessage(tr("The list of recent profiles could not be saved to %1: %2.").arg(QDir::toNativeSeparators(m_settings->fileName()), why),
                                    MessageBar::Kind::Warning);
    }
    updateTitle();
}

bool ProfileController::confirmDiscard(const QString &question)
{
    if (!isModified())
        return true;
    const QMessageBox::StandardButton answer =
        Dialogs::question(m_window, tr("Unsaved changes"), question, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void ProfileController::newProfile()
{
    if (!confirmDiscard(tr("Save the changes to %1 before starting a new Machine?").arg(m_path.isEmpty() ? tr("this Machine") : QFileInfo(m_path).fileName())))
        return;
    const RunSpec blank = blankSpec();
    m_document->setSpec(blank);
    setCurrent(QString(), blank);
}

void ProfileController::open()
{
    if (!confirmDiscard(tr("Save the changes before opening another profile?")))
        return;
    const QString path = Dialogs::openFile(m_window, tr("Open a profile"), QFileInfo(m_path).absolutePath(), fileFilter());
    if (!path.isEmpty())
        openPath(path);
}

bool ProfileController::openPath(const QString &path)
{
    const RunProfile::ReadResult read = RunProfile::load(path);
    if (!read.spec) {
        m_messages->showMessage(tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(path), read.error), MessageBar::Kind::Error);
        return false;
    }
    m_document->setSpec(*read.spec);
    setCurrent(path, *read.spec);
    if (!read.dropped.isEmpty())
        m_messages->showMessage(tr("Opened %1, without what it could not keep: %2").arg(QFileInfo(path).fileName(), read.dropped.join(u"; "_s)),
                                MessageBar::Kind::Warning);
    return true;
}

bool ProfileController::save()
{
    return m_path.isEmpty() ? saveAs() : saveTo(m_path);
}

bool ProfileController::saveAs()
{
    const QString suggested = m_path.isEmpty() ? QDir::home().filePath((m_document->spec().app.isEmpty() ? u"machine"_s : m_document->spec().app) + u".flightdeck"_s)
                                               : m_path;
    QString path = Dialogs::saveFile(m_window, tr("Save the profile"), suggested, fileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".flightdeck"_s;
    return saveTo(path);
}

bool ProfileController::saveTo(const QString &path)
{
    QString error;
    const RunSpec spec = m_document->spec();
    if (!RunProfile::save(spec, path, &error)) {
        m_messages->showMessage(tr("%1 was not saved: %2. The previous file, if any, is unchanged.").arg(QDir::toNativeSeparators(path), error),
                                MessageBar::Kind::Error);
        return false;
    }
    setCurrent(path, spec);
    return true;
}

void ProfileController::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList recent = m_settings->recentProfiles();
    for (const QString &path : recent) {
        QAction *action = menu->addAction(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (confirmDiscard(tr("Save the changes before opening another profile?")))
                openPath(path);
        });
    }
    if (recent.isEmpty())
        menu->addAction(tr("No recent profiles"))->setEnabled(false);
}

void ProfileController::writeDraft()
{
    const RunSpec &spec = m_document->spec();
    if (!m_draftOffered || spec == m_lastDraft)
        return; // nothing new, or an old draft is still waiting for the user's answer
    if (spec == RunSpec{}) {
        m_drafts.discard();
        m_lastDraft = spec;
        return;
    }
    QString error;
    if (m_drafts.save(spec, &error)) {
        m_lastDraft = spec;
        m_draftFailing = false;
    } else if (!m_draftFailing) { // said once, until a write works again; tried again at every tick
        m_draftFailing = true;
        m_messages->showMessage(tr("The draft %1 could not be written: %2. Your changes stay in this window and are written as soon as that works.")
                                    .arg(QDir::toNativeSeparators(m_drafts.path()), error),
                                MessageBar::Kind::Warning);
    }
}

void ProfileController::offerDraft()
{
    if (!m_drafts.exists()) {
        m_draftOffered = true;
        return;
    }
    const RunProfile::ReadResult draft = m_drafts.read();
    if (!draft.spec) {
        m_drafts.discard();
        m_draftOffered = true;
        return;
    }
    const QString when = QLocale().toString(m_drafts.savedAt(), QLocale::ShortFormat);
    m_messages->showMessage(tr("Flightdeck did not close normally last time. A draft from %1 was kept%2.")
                                .arg(when, draft.spec->app.isEmpty() ? QString() : tr(" (app %1)").arg(draft.spec->app)),
                            MessageBar::Kind::Warning,
                            {{tr("&Restore the draft"), u"restoreDraftButton"_s,
                              [this, spec = *draft.spec] {
                                  m_document->setSpec(spec);
                                  m_lastDraft = spec;
                                  m_draftOffered = true;
                              }},
                             {tr("Discard it"), u"discardDraftButton"_s, [this] {
                                  m_drafts.discard();
                                  m_draftOffered = true;
                              }}});
}

bool ProfileController::confirmClose()
{
    if (!confirmDiscard(tr("Save the changes to %1 before closing?").arg(m_path.isEmpty() ? tr("this Machine") : QFileInfo(m_path).fileName())))
        return false;
    if (m_draftOffered)
        m_drafts.discard(); // a normal close: nothing to recover next time
    return true;
}

} // namespace Flightdeck::Ui
