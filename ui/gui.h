#pragma once

#include "spec/runspec.h"

#include <QString>

namespace Flightdeck::Ui {

// Installs Qt's and Flightdeck's translations for `language` ("de"), or for
// the system's language when it is empty. Returns whether Flightdeck's own
// catalogue was found (English needs none).
bool installTranslations(const QString &language);

// Creates the QApplication, loads translations, shows the main window with
// `initialSpec` and runs the event loop. Returns the process exit code.
int runGui(int argc, char *argv[], const RunSpec &initialSpec, const QString &profilePath = {});

} // namespace Flightdeck::Ui
