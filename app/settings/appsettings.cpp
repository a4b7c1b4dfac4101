#include "app/settings/appsettings.h"

#include "app/profile/writeall.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Flightdeck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
};

bool isAsciiHexDigit(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// One value as QSettings' INI reader reads it back: quoted, so that commas,
// semicolons, equals signs and edge spaces are the value's own; backslash
// escapes for quotes, backslashes and control characters; a leading '@'
// doubled (QSettings reads "@…" as a type). UTF-8 otherwise.
QByteArray iniValue(const QString &value)
{
    const QString text = value.startsWith(u'@') ? u'@' + value : value;
    QString quoted = u"\""_s;
    bool afterHex = false; // a hex digit after \x… would be read as part of it
    for (const QChar c : text) {
        const bool control = c.unicode() < 0x20 || c.unicode() == 0x7f;
        if (control || (afterHex && isAsciiHexDigit(c.unicode()))) {
            quoted += u"\\x"_s + QString::number(c.unicode(), 16);
            afterHex = true;
            continue;
        }
        afterHex = false;
        if (c == u'"' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    return (quoted + u'"').toUtf8();
}

QByteArray iniLine(const QString &key, const QVariant &value)
{
    QByteArray line = key.toUtf8() + '=';
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList) { // QSettings reads a list as QVariantList
        const QStringList items = value.toStringList();
        QByteArrayList quoted;
        for (const QString &item : items)
            quoted.append(iniValue(item));
        line += quoted.join(", ");
    } else {
        line += iniValue(value.toString());
    }
    return line + '\n';
}

// The INI text of `values`: keys without a section under [General], then a
// section for each first part of "section/key". Flightdeck's keys are plain
// ASCII words, which INI writes as they are.
QByteArray iniText(const QVariantMap &values)
{
    QMap<QString, QByteArray> sections;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const qsizetype slash = it.key().indexOf(u'/');
        const QString section = slash < 0 ? u"General"_s : it.key().left(slash);
        sections[section] += iniLine(it.key().mid(slash + 1), it.value());
    }
    QByteArray text;
    const auto addSection = [&text](const QString &name, const QByteArray &lines) {
        if (!text.isEmpty())
            text += '\n';
        text += '[' + name.toUtf8() + "]\n" + lines;
    };
    if (sections.contains(u"General"_s))
        addSection(u"General"_s, sections.take(u"General"_s));
    for (auto it = sections.cbegin(); it != sections.cend(); ++it)
        addSection(it.key(), it.value());
    return text;
}

QVariantMap read(const QString &path)
{
    QVariantMap values;
    const QSettings file(path, QSettings::IniFormat);
    const QStringList keys = file.allKeys();
    for (const QString &key : keys)
        values.insert(key, file.value(key));
    return values;
}

} // namespace

AppSettings::AppSettings(const QString &path)
    : m_path(path)
    , m_values(read(path))
{
}

AppSettings::~AppSettings()
{
    sync();
}

QString AppSettings::string(const char *key) const
{
    return m_values.value(QLatin1StringView(key)).toString();
}

void AppSettings::setString(const char *key, const QString &value)
{
    setValue(QLatin1StringView(key), value.isEmpty() ? QVariant() : QVariant(value));
}

void AppSettings::setValue(const QString &key, const QVariant &value)
{
    if (value.isNull() ? !m_values.contains(key) : m_values.value(key) == value)
        return;
    if (value.isNull())
        m_values.remove(key);
    else
        m_values.insert(key, value);
    m_changed.insert(key);
}

QString AppSettings::apiUrl() const { return string("api/machinesUrl"); }
void AppSettings::setApiUrl(const QString &url) { setString("api/machinesUrl", url); }
QString AppSettings::graphqlUrl() const { return string("api/graphqlUrl"); }
void AppSettings::setGraphqlUrl(const QString &url) { setString("api/graphqlUrl", url); }
QString AppSettings::registryHost() const { return string("api/registryHost"); }
void AppSettings::setRegistryHost(const QString &host) { setString("api/registryHost", host); }
QString AppSettings::imageEngine() const { return string("build/engine"); }
void AppSettings::setImageEngine(const QString &engine) { setString("build/engine", engine); }
QString AppSettings::defaultOrg() const { return string("defaults/org"); }
void AppSettings::setDefaultOrg(const QString &slug) { setString("defaults/org", slug); }
QString AppSettings::defaultRegion() const { return string("defaults/region"); }
void AppSettings::setDefaultRegion(const QString &code) { setString("defaults/region", code); }

QString AppSettings::fileName() const
{
    return m_path;
}

bool AppSettings::sync(QString *why)
{
    if (m_changed.isEmpty())
        return true;
    QString error;
    const auto fail = [&](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    const QDir folder = QFileInfo(m_path).absoluteDir();
    if (!folder.exists() && !QDir().mkpath(folder.path()))
        return fail(Text::tr("its folder %1 could not be made").arg(QDir::toNativeSeparators(folder.path())));
    // The lock QSettings takes too, so that a Flightdeck of an older version
    // waits as well. When the lock file cannot be made (a full or read-only
    // disk), no other process can hold it: the write below says why it fails.
    QLockFile lock(m_path + u".lock"_s);
    if (!lock.tryLock(5000) && lock.error() == QLockFile::LockFailedError)
        return fail(Text::tr("another Flightdeck holds its lock file %1").arg(QDir::toNativeSeparators(lock.fileName())));
    // What another Flightdeck wrote since, with this one's changes over it.
    QVariantMap merged = read(m_path);
    for (const QString &key : std::as_const(m_changed)) {
        if (m_values.contains(key))
            merged.insert(key, m_values.value(key));
        else
            merged.remove(key);
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (!writeAll(file, iniText(merged), &error)) {
        file.cancelWriting();
        return fail(error);
    }
    if (!file.commit())
        return fail(file.errorString());
    m_values = merged;
    m_changed.clear();
    return true;
}

QString AppSettings::language() const
{
    return string("language");
}

void AppSettings::setLanguage(const QString &language)
{
    setString("language", language);
}

QStringList AppSettings::recentProfiles() const
{
    return m_values.value(u"recentProfiles"_s).toStringList();
}

void AppSettings::addRecentProfile(const QString &path)
{
    QStringList recent = recentProfiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8)
        recent.removeLast();
    setValue(u"recentProfiles"_s, recent.isEmpty() ? QVariant() : QVariant(recent));
}

Endpoints AppSettings::endpoints(const QProcessEnvironment &environment) const
{
    QProcessEnvironment withSettings = environment;
    if (!environment.contains(u"FLY_FLAPS_BASE_URL"_s) && !apiUrl().isEmpty())
        withSettings.insert(u"FLY_FLAPS_BASE_URL"_s, apiUrl());
    if (!environment.contains(u"FLY_REGISTRY_HOST"_s) && !registryHost().isEmpty())
        withSettings.insert(u"FLY_REGISTRY_HOST"_s, registryHost());
    Endpoints result = Endpoints::fromEnvironment(withSettings);
    if (!environment.contains(u"FLY_API_BASE_URL"_s) && !graphqlUrl().isEmpty())
        result.graphql = QUrl(graphqlUrl());
    return result;
}

} // namespace Flightdeck
