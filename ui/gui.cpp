#include "gui.h"

#include "cli/commandline.h"
#include "mainwindow.h"
#include "profiles/profilecontroller.h"
#include "settings/appsettings.h"
#include "spec/runspecdocument.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

namespace {

// For bench_coldstart: with FLIGHTDECK_BENCH_FIRST_PAINT set, report the
// window's first paint on stdout and quit.
class FirstPaintReporter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            QTimer::singleShot(0, qApp, [] {
                std::puts("painted");
                std::fflush(stdout);
                QApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_reported = false;
};

} // namespace

bool installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(qApp);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(qApp);
    if (!appTranslator->load(locale, u"flightdeck"_s, u"_"_s, u":/i18n/translations"_s)) {
        delete appTranslator;
        return false;
    }
    QCoreApplication::installTranslator(appTranslator);
    return true;
}

int runGui(int argc, char *argv[], const RunSpec &initialSpec, const QString &profilePath)
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
    installTranslations(AppSettings().language()); // the language chosen in Settings, else the system's

    MainWindow window;
    window.profiles()->start(initialSpec);
    if (!profilePath.isEmpty())
        window.profiles()->openPath(profilePath);
    if (qEnvironmentVariableIsSet("FLIGHTDECK_BENCH_FIRST_PAINT"))
        window.installEventFilter(new FirstPaintReporter(&window));
    window.show();
    window.connectToApi();
    window.profiles()->offerDraft();
    return QApplication::exec();
}

} // namespace Flightdeck::Ui
