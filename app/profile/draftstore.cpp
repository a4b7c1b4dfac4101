#include "profile/draftstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Flightdeck {

DraftStore::DraftStore()
    : DraftStore(defaultPath())
{
}

DraftStore::DraftStore(const QString &path)
    : m_path(path)
{
}

QString DraftStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"draft.flightdeck"_s);
}

bool DraftStore::save(const RunSpec &spec, QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // Paths stay absolute: a draft has no folder of its own to be relative to.
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(RunProfile::serialize(spec, QString()));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool DraftStore::exists() const
{
    return QFileInfo::exists(m_path);
}

QDateTime DraftStore::savedAt() const
{
    return QFileInfo(m_path).lastModified();
}

RunProfile::ReadResult DraftStore::read() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        RunProfile::ReadResult result;
        result.error = file.errorString();
        return result;
    }
    return RunProfile::parse(file.readAll(), QString());
}

void DraftStore::discard()
{
    QFile::remove(m_path);
}

} // namespace Flightdeck
