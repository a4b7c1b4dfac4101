// flightdeck-pageshots: renders every wizard step of a sample Machine, in a
// light and a dark palette, at 1024×700, to PNG files for the docs; then the
// launch view running, succeeded and failed; the app's Machines and an update's
// diff on Review; the first run without a token
// and a new app's two requests; a draft and settings that cannot be written. It talks to whatever API flyctl's variables
// name, so run it against flightdeck-sim (with
// `--boot-delay 2000 --exit 'crash-*=3@0.2'` for the launch pictures):
//
//   flightdeck-pageshots OUTPUT_DIR
//   QT_SCALE_FACTOR=2 flightdeck-pageshots OUTPUT_DIR --scaled
//
// --scaled takes three steps only, as wizard-N-200pct.png: run it with the
// scale factor the pictures are for.

#include "app/profile/draftstore.h"
#include "app/settings/appsettings.h"
#include "app/settings/translations.h"
#include "app/settings/userfiles.h"
#include "app/spec/runspecdocument.h"
#include "ui/history/historydialog.h"
#include "ui/launch/launchcontroller.h"
#include "ui/launch/launchnotifier.h"
#include "ui/launch/launchview.h"
#include "ui/launch/machinelogview.h"
#include "ui/machines/machineupdate.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profilecontroller.h"
#include "ui/session/apisession.h"
#include "ui/settings/settingsdialog.h"
#include "ui/wizard/runwizard.h"

#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QScreen>
#include <QSystemTrayIcon>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QTimer>
#include <QTreeWidget>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x21));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2b, 0x2e));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8)); // as dark themes set it (Breeze Dark, Adwaita dark)
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    return p;
}

// A high-contrast scheme like those of Windows and GNOME: white on black.
QPalette highContrastPalette()
{
    QPalette p;
    for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button})
        p.setColor(role, Qt::black);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        p.setColor(role, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0xff, 0xff, 0x00));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x00, 0xff, 0xff));
    return p;
}

RunSpec sample()
{
    RunSpec spec;
    spec.app = u"demo-app"_s;
    spec.image = u"nginx:1.27"_s;
    spec.region = u"ams"_s;
    spec.cmd = {u"nginx"_s, u"-g"_s, u"daemon off;"_s};
    spec.guest = GuestSpec{u"shared"_s, 2, 1024, 0, {}, {}, {}};
    spec.services = {ServiceSpec{u"tcp"_s, 80, {PortSpec{443, 0, 0, {u"tls"_s, u"http"_s}, {}}}, true, Autostop::Suspend, {}}};
    spec.env = {{u"NODE_ENV"_s, u"production"_s}, {u"GREETING"_s, u"hello"_s}};
    spec.metadata = {{u"team"_s, u"web"_s}};
    spec.restart = RestartSpec{u"on-failure"_s, 3, {}};
    spec.name = u"web-1"_s;
    spec.mounts = {MountSpec{u"vol_demo0000data0001"_s, u"/data"_s, {}}};
    FileSpec motd;
    motd.guestPath = u"/etc/motd"_s;
    motd.value = u"Welcome to web-1"_s;
    FileSpec database;
    database.guestPath = u"/etc/app/database-url"_s;
    database.source = FileSpec::Source::Secret;
    database.value = u"DATABASE_URL"_s;
    spec.files = {motd, database};
    return spec;
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget &window, const QString &file)
{
    if (window.grab().save(file))
        return true;
    QTextStream(stderr) << "cannot write " << file << '\n';
    return false;
}

// Waits until `done` holds, at most `ms`.
template <typename Condition>
bool waitFor(Condition done, int ms)
{
    for (int waited = 0; waited < ms; waited += 50) {
        if (done())
            return true;
        wait(50);
    }
    return done();
}

// On a desktop with a tray host (tests/harness/desktop-session): the tray's
// menu with two launches in flight and the last ones that ended.
int trayShots(const UserFiles &files, const QDir &out)
{
    if (!waitFor([] { return QSystemTrayIcon::isSystemTrayAvailable(); }, 10000)) {
        QTextStream(stderr) << "no system tray on this display\n";
        return 1;
    }
    Ui::MainWindow window(files);
    window.resize(1024, 700);
    window.move(360, 80); // off the tray in the top left corner
    window.show();
    window.connectToApi();
    waitFor([&] { return window.session()->tokenState() == Ui::ApiSession::TokenState::Valid; }, 5000);
    RunSpec failing = sample();
    failing.name = u"worker-1"_s;
    failing.image = u"flightdeck/memory-hog:1"_s;
    failing.mounts.clear();
    failing.restart = RestartSpec{u"no"_s, 0, {}};
    RunSpec started = sample();
    started.mounts.clear();
    RunSpec inFlight = started;
    inFlight.name = u"web-2"_s;
    RunSpec alsoInFlight = started;
    alsoInFlight.name = u"web-3"_s;
    for (const RunSpec &spec : {failing, started}) {
        window.document()->setSpec(spec);
        window.launch(false);
        waitFor([&] { return window.launchView()->state() != Ui::LaunchView::State::Running; }, 30000);
    }
    // Two launches waiting for their Machines at once.
    for (const RunSpec &spec : {inFlight, alsoInFlight}) {
        window.document()->setSpec(spec);
        window.launch(false);
    }
    waitFor([&] { return window.launchView()->stepSeen(LaunchStep::WaitStarted); }, 10000);
    Ui::LaunchNotifier *notifier = window.notifier();
    if (!waitFor([&] { return notifier->trayIcon()->geometry().isValid(); }, 5000)) {
        QTextStream(stderr) << "the tray did not take the icon\n";
        return 1;
    }
    const QRect icon = notifier->trayIcon()->geometry();
    QMenu *menu = notifier->trayMenu();
    menu->popup(icon.bottomLeft() + QPoint(0, 4));
    wait(300);
    // The started Machine's actions, as hovering its entry opens them.
    QRect area = icon.united(menu->geometry());
    const QList<QAction *> entries = menu->actions();
    const auto last = std::find_if(entries.begin(), entries.end(), [](const QAction *entry) { return entry->menu(); });
    if (last != entries.end()) {
        menu->setActiveAction(*last);
        (*last)->menu()->popup(menu->geometry().topRight() + QPoint(-4, menu->actionGeometry(*last).y()));
        wait(300);
        area = area.united((*last)->menu()->geometry());
    }
    area.adjust(-8, -8, 8, 8);
    const QPixmap screen = QGuiApplication::primaryScreen()->grabWindow(0, area.x(), area.y(), area.width(), area.height());
    menu->hide();
    const QString file = out.filePath(u"tray-menu.png"_s);
    if (!screen.save(file)) {
        QTextStream(stderr) << "cannot write " << file << '\n';
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    installTranslations(QString()); // as the program does: the system's language, else English with its plural forms
    const bool scaled = argc == 3 && qstrcmp(argv[2], "--scaled") == 0;
    const bool tray = argc == 3 && qstrcmp(argv[2], "--tray") == 0;
    if (argc < 2 || (argc == 3 && !scaled && !tray) || argc > 3) {
        QTextStream(stderr) << "usage: flightdeck-pageshots OUTPUT_DIR [--scaled | --tray]\n";
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
    QTemporaryDir home; // the windows' settings, draft and history
    const UserFiles files = UserFiles::in(home.path());
    const QPalette light = QApplication::style()->standardPalette();
    if (tray)
        return trayShots(files, out);
    if (scaled) {
        const QString suffix = u"%1pct"_s.arg(qRound(qApp->devicePixelRatio() * 100));
        Ui::MainWindow window(files);
        window.resize(1024, 700);
        window.show();
        window.connectToApi();
        waitFor([&] { return window.session()->tokenState() == Ui::ApiSession::TokenState::Valid; }, 5000);
        window.document()->setSpec(sample());
        wait(1500);
        for (const QString &field : {u"app"_s, u"services"_s, u"review"_s}) {
            auto *wizard = window.wizard();
            wizard->goToStep(field == "review"_L1 ? wizard->stepCount() - 1 : wizard->stepForField(field));
            wait(field == "review"_L1 ? 2500 : 400); // Review: time for the checks
            if (!save(window, out.filePath(u"wizard-%1-%2.png"_s.arg(wizard->currentStep() + 1).arg(suffix))))
                return 1;
        }
        return 0;
    }

    // The first run: no token anywhere.
    {
        const QByteArray token = qgetenv("FLY_API_TOKEN");
        qunsetenv("FLY_API_TOKEN");
        Ui::MainWindow window(files);
        window.resize(1024, 700);
        window.show();
        window.connectToApi();
        waitFor([&] { return window.session()->tokenState() == Ui::ApiSession::TokenState::Missing; }, 5000);
        wait(600);
        if (!save(window, out.filePath(u"first-run.png"_s)))
            return 1;
        qputenv("FLY_API_TOKEN", token);
    }
    for (const auto &[scheme, palette] :
         {std::pair{u"light"_s, light}, std::pair{u"dark"_s, darkPalette()}, std::pair{u"contrast"_s, highContrastPalette()}}) {
        QApplication::setPalette(palette);
        Ui::MainWindow window(files);
        window.resize(1024, 700); // the smallest size the wizard is made for
        window.show();
        window.connectToApi();
        waitFor([&] { return window.session()->tokenState() == Ui::ApiSession::TokenState::Valid; }, 5000);
        window.document()->setSpec(sample());
        wait(1500); // let the lists arrive and the preview's marks fade
        auto *wizard = window.wizard();
        for (int step = 0; step < wizard->stepCount(); ++step) {
            wizard->goToStep(step);
            wait(step == wizard->stepCount() - 1 ? 2500 : 400); // Review: time for the pre-flight checks
            if (!save(window, out.filePath(u"wizard-%1-%2.png"_s.arg(step + 1).arg(scheme))))
                return 1;
            // A page taller than the window: its end too (light only), so that nothing goes unseen.
            const QList<QScrollArea *> areas = wizard->findChildren<QScrollArea *>();
            for (QScrollArea *area : areas) {
                if (scheme != "light"_L1 || !area->isVisible() || area->verticalScrollBar()->maximum() == 0)
                    continue;
                area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
                wait(200);
                if (!save(window, out.filePath(u"wizard-%1-light-end.png"_s.arg(step + 1))))
                    return 1;
                area->verticalScrollBar()->setValue(0);
            }
        }
        // Errors and warnings in each scheme: too little memory, a variable that looks like a secret.
        RunSpec problems = sample();
        problems.guest.memoryMb = 100;
        problems.env.insert(u"API_TOKEN"_s, u"not-a-real-one"_s);
        window.document()->setSpec(problems);
        wait(600);
        for (const QString &field : {u"guest.memory_mb"_s, u"env"_s}) {
            wizard->goToStep(wizard->stepForField(field));
            wait(300);
            if (!save(window, out.filePath(u"problems-%1-%2.png"_s.arg(field.section(u'.', 0, 0), scheme))))
                return 1;
        }
        window.document()->setSpec(sample());
        wait(300);
        if (scheme != "light"_L1)
            continue;
        // A new app: the preview shows the request that creates it first.
        RunSpec fresh = sample();
        fresh.app = u"new-web-app"_s;
        fresh.mounts.clear();
        window.document()->setSpec(fresh);
        wizard->goToStep(wizard->stepForField(u"app"_s));
        wait(1500);
        if (!save(window, out.filePath(u"new-app-preview.png"_s)))
            return 1;
        window.document()->setSpec(sample());
        wait(300);
        // The launch view: while it runs, once the Machine started, and when it failed.
        window.launch(false);
        waitFor([&] { return window.launchView()->stepSeen(LaunchStep::WaitStarted); }, 10000);
        // The host's first lines in the Machine's log, while it boots.
        const auto *machineLog = window.findChild<Ui::MachineLogView *>(u"machineLog"_s);
        waitFor([&] { return machineLog->text().count(u'\n') >= 1; }, 10000);
        wait(100);
        if (!save(window, out.filePath(u"launch-running.png"_s)))
            return 1;
        waitFor([&] { return window.launchView()->state() != Ui::LaunchView::State::Running; }, 30000);
        if (!save(window, out.filePath(u"launch-succeeded.png"_s)))
            return 1;
        RunSpec crashing = sample();
        crashing.name = u"web-2"_s;
        crashing.image = u"flightdeck/memory-hog:1"_s; // the simulator's fixture the kernel kills for memory
        crashing.mounts.clear(); // the volume is taken by now
        crashing.restart = RestartSpec{u"no"_s, 0, {}};
        window.document()->setSpec(crashing);
        window.launch(false);
        waitFor([&] { return window.launchView()->state() != Ui::LaunchView::State::Running; }, 30000);
        if (!save(window, out.filePath(u"launch-failed.png"_s)))
            return 1;

        // The app's Machines: the one that runs and the one killed for memory, then the first
        // one's update on Review, with more memory (the dock closed, to give Review the room).
        window.showMachines();
        auto *machines = window.findChild<QTreeWidget *>(u"machinesTable"_s);
        waitFor([&] { return machines->topLevelItemCount() >= 2; }, 15000);
        const QList<QTreeWidgetItem *> running = machines->findItems(u"web-1"_s, Qt::MatchExactly);
        if (!running.isEmpty())
            machines->setCurrentItem(running.first());
        wait(300);
        if (!save(window, out.filePath(u"machines-view.png"_s)))
            return 1;
        if (auto *update = window.findChild<QPushButton *>(u"updateMachineButton"_s); update && update->isEnabled()) {
            update->click();
            waitFor([&] { return window.machineUpdate()->isActive(); }, 10000);
            RunSpec bigger = window.document()->spec();
            bigger.guest.memoryMb = 2048;
            window.document()->setSpec(bigger);
            window.findChild<QDockWidget *>(u"machinesDock"_s)->hide();
            wizard->goToStep(wizard->stepCount() - 1);
            wait(800);
            if (!save(window, out.filePath(u"update-diff.png"_s)))
                return 1;
            window.machineUpdate()->end();
        }
        window.findChild<QDockWidget *>(u"machinesDock"_s)->hide();
        window.document()->setSpec(sample());

        // The dialogs around profiles and launches.
        Ui::HistoryDialog history(window.launches()->history(), &window);
        history.show();
        wait(300);
        if (!save(history, out.filePath(u"history.png"_s)))
            return 1;
        // The two launches compared: the one that started and the one killed for memory.
        if (auto *list = history.findChild<QTreeWidget *>(u"historyList"_s); list && list->topLevelItemCount() >= 2) {
            list->topLevelItem(0)->setSelected(true);
            list->topLevelItem(1)->setSelected(true);
            wait(300);
            if (!save(history, out.filePath(u"history-diff.png"_s)))
                return 1;
        }
        history.hide();
        AppSettings settings(files.settings);
        Ui::SettingsDialog settingsDialog(&settings, window.session(), &window);
        settingsDialog.show();
        wait(300);
        if (!save(settingsDialog, out.filePath(u"settings.png"_s)))
            return 1;
        settingsDialog.hide();
        QFileDialog saveAs(&window, QCoreApplication::translate("ProfileController", "Save the profile"), QDir::homePath(),
                           QCoreApplication::translate("ProfileController", "Flightdeck profiles (*.flightdeck);;All files (*)"));
        saveAs.setOption(QFileDialog::DontUseNativeDialog);
        saveAs.setAcceptMode(QFileDialog::AcceptSave);
        saveAs.selectFile(u"web-1.flightdeck"_s);
        saveAs.resize(760, 460);
        saveAs.show();
        wait(500);
        if (!save(saveAs, out.filePath(u"profile-save.png"_s)))
            return 1;
        saveAs.hide();

        // A draft left by a session that did not close, offered back.
        QString error;
        window.profiles()->drafts().save(sample(), &error);
        Ui::MainWindow next(files);
        next.resize(1024, 700);
        next.show();
        next.connectToApi();
        next.profiles()->offerDraft();
        wait(800);
        if (!save(next, out.filePath(u"draft-restore.png"_s)))
            return 1;
        next.profiles()->drafts().discard();
        next.hide();

        // Files that cannot be written (a file stands where their folder would be):
        // the window says which and why, and the work stays.
        QTemporaryDir blockedDir;
        QFile blocker(blockedDir.filePath(u"not-a-folder"_s));
        if (!blocker.open(QIODevice::WriteOnly))
            return 1;
        UserFiles blocked = files;
        blocked.draft = blockedDir.filePath(u"not-a-folder/draft.flightdeck"_s);
        blocked.settings = blockedDir.filePath(u"not-a-folder/flightdeck.ini"_s);
        Ui::MainWindow stuck(blocked);
        stuck.resize(1024, 700);
        stuck.show();
        stuck.connectToApi();
        stuck.profiles()->offerDraft();
        stuck.document()->setSpec(sample());
        wait(3800); // one tick of the draft timer
        if (!save(stuck, out.filePath(u"draft-not-written.png"_s)))
            return 1;
        AppSettings blockedSettings(blocked.settings);
        Ui::SettingsDialog notSaved(&blockedSettings, stuck.session(), &stuck);
        notSaved.show();
        if (auto *org = notSaved.findChild<QLineEdit *>(u"settingsOrg"_s))
            org->setText(u"acme-corp"_s);
        notSaved.apply();
        wait(300);
        if (!save(notSaved, out.filePath(u"settings-not-saved.png"_s)))
            return 1;
    }
    return 0;
}
