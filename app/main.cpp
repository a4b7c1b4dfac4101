// flightdeck: the command line when asked for one, the wizard otherwise.

#include "cli/commandline.h"
#include "gui.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    if (!Flightdeck::Cli::needsGui(argc, argv)) {
        QCoreApplication app(argc, argv);
        Flightdeck::Cli::setApplicationIdentity();
        return Flightdeck::Cli::runHeadless(QCoreApplication::arguments());
    }
    return Flightdeck::Ui::runGui(argc, argv);
}
