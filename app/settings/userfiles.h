#pragma once

#include <QString>

namespace Flightdeck {

// The files Flightdeck keeps for the user, in one place. standard() is where
// this system keeps an application's files; tests and tools put them all in
// a folder of their own, so nothing depends on environment variables that
// only some systems read.
struct UserFiles
{
    QString settings; // preferences (AppSettings), an INI file
    QString draft;    // the wizard's unsaved work (DraftStore)
    QString history;  // one line per launch (LaunchHistory)

    static UserFiles standard();
    static UserFiles in(const QString &folder);
};

} // namespace Flightdeck
