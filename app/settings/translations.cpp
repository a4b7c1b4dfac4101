#include "app/settings/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Flightdeck {

bool installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    // The catalogues are compiled into the core library (translations/CMakeLists.txt).
    auto *appTranslator = new QTranslator(QCoreApplication::instance());
    const bool found = appTranslator->load(locale, u"flightdeck"_s, u"_"_s, u":/i18n/translations"_s);
    // Without a catalogue for the language, English's: it holds the plural
    // forms ("1 Machine", "2 Machines") the sources write as "%n Machine(s)".
    if (found || appTranslator->load(u"flightdeck_en"_s, u":/i18n/translations"_s))
        QCoreApplication::installTranslator(appTranslator);
    else
        delete appTranslator;
    return found;
}

} // namespace Flightdeck
