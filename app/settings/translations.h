#pragma once

#include <QString>

namespace Flightdeck {

// Installs Qt's and Flightdeck's catalogues for `language` ("de", "ja", …;
// empty for the system's language) on the running QCoreApplication, so the
// command line and the window speak the same language. False when Flightdeck
// has no catalogue for it (English then, from the sources).
bool installTranslations(const QString &language);

} // namespace Flightdeck
