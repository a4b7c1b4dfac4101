#pragma once

#include "spec/runspec.h"

namespace Flightdeck::Ui {

// Creates the QApplication, loads translations, shows the main window with
// `initialSpec` and runs the event loop. Returns the process exit code.
int runGui(int argc, char *argv[], const RunSpec &initialSpec, const QString &profilePath = {});

} // namespace Flightdeck::Ui
