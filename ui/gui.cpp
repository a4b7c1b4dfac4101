#include "ui/gui.h"

#include "app/cli/commandline.h"
#include "app/settings/appsettings.h"
#include "app/settings/translations.h"
#include "app/settings/userfiles.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profilecontroller.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

int runGui(int argc, char *argv[], const RunSpec &initialSpec, const QString &profilePath, const std::function<void(MainWindow &)> &prepare)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Without a display Qt aborts with a message about platform plugins; say
    // what is actually missing instead.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fputs("flightdeck: no display (neither DISPLAY nor WAYLAND_DISPLAY is set). "
                   "Run it in a desktop session, or set QT_QPA_PLATFORM=offscreen.\n",
                   stderr);
        return 1;
    }
#endif
    QApplication app(argc, argv);
    Cli::setApplicationIdentity();
    QApplication::setApplicationDisplayName(u"Flightdeck"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/flightdeck.svg"_s));
    QApplication::setDesktopFileName(u"io.flightdeck.Flightdeck"_s);
    installTranslations(AppSettings(UserFiles::standard().settings).language()); // the language chosen in Settings, else the system's

    MainWindow window;
    window.profiles()->start(initialSpec);
    if (!profilePath.isEmpty())
        window.profiles()->openPath(profilePath);
    if (prepare)
        prepare(window);
    window.show();
    window.connectToApi();
    window.profiles()->offerDraft();
    return QApplication::exec();
}

} // namespace Flightdeck::Ui
