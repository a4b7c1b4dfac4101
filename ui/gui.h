#pragma once

namespace Flightdeck::Ui {

// Creates the QApplication, loads translations, shows the main window and runs
// the event loop. Returns the process exit code.
int runGui(int argc, char *argv[]);

} // namespace Flightdeck::Ui
