#include "app/settings/userfiles.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Flightdeck {

UserFiles UserFiles::standard()
{
    // QSettings' own place for a user's INI file (~/.config/Flightdeck on
    // Linux, %APPDATA%\Flightdeck on Windows), where earlier versions kept it.
    const QString settings = QSettings(QSettings::IniFormat, QSettings::UserScope, u"Flightdeck"_s, u"flightdeck"_s).fileName();
    const QDir data(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    return {settings, data.filePath(u"draft.flightdeck"_s), data.filePath(u"launch-history.jsonl"_s)};
}

UserFiles UserFiles::in(const QString &folder)
{
    const QDir dir(folder);
    return {dir.filePath(u"flightdeck.ini"_s), dir.filePath(u"draft.flightdeck"_s), dir.filePath(u"launch-history.jsonl"_s)};
}

} // namespace Flightdeck
