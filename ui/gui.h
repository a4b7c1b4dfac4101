#pragma once

#include "app/spec/runspec.h"

#include <QString>

#include <functional>

namespace Flightdeck::Ui {

class MainWindow;

// Creates the QApplication, loads translations, shows the main window with
// `initialSpec` and runs the event loop. Returns the process exit code.
// `prepare` sees the window just before it is shown (the cold-start
// benchmark watches it for the first paint).
int runGui(int argc, char *argv[], const RunSpec &initialSpec, const QString &profilePath = {},
           const std::function<void(MainWindow &)> &prepare = {});

} // namespace Flightdeck::Ui
