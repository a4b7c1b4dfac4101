#pragma once

#include <QString>
#include <QStringList>

namespace Flightdeck {

// Installs Qt's and Flightdeck's catalogues for `language` ("de", "ja", …;
// empty for the system's language) on the running QCoreApplication, so the
// command line and the window speak the same language. False when Flightdeck
// has no catalogue for it (English then, from the sources).
bool installTranslations(const QString &language);

// The languages Flightdeck has a catalogue for ("de", "en", "fr", …), from the
// catalogues compiled in: Settings offers these.
QStringList availableLanguages();

} // namespace Flightdeck
