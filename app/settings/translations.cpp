#include "app/settings/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Flightdeck {

namespace {

constexpr auto kTranslatorName = "flightdeckTranslator"_L1;

} // namespace

bool installTranslations(const QString &language)
{
    // A second call (a test going through the languages) replaces the first one's catalogues.
    const QList<QTranslator *> earlier = QCoreApplication::instance()->findChildren<QTranslator *>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : earlier) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(QCoreApplication::instance());
    qtTranslator->setObjectName(kTranslatorName);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    // The catalogues are compiled into the core library (translations/CMakeLists.txt).
    auto *appTranslator = new QTranslator(QCoreApplication::instance());
    appTranslator->setObjectName(kTranslatorName);
    const bool found = appTranslator->load(locale, u"flightdeck"_s, u"_"_s, u":/i18n/translations"_s);
    // Without a catalogue for the language, English's: it holds the plural
    // forms ("1 Machine", "2 Machines") the sources write as "%n Machine(s)".
    if (found || appTranslator->load(u"flightdeck_en"_s, u":/i18n/translations"_s))
        QCoreApplication::installTranslator(appTranslator);
    else
        delete appTranslator;
    return found;
}

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList catalogues = QDir(u":/i18n/translations"_s).entryList({u"flightdeck_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &catalogue : catalogues)
        languages.append(catalogue.section(u'_', 1).section(u'.', 0, 0));
    return languages;
}

} // namespace Flightdeck
