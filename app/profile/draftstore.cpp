#include "app/profile/draftstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Flightdeck {

DraftStore::DraftStore(const QString &path)
    : m_path(path)
{
}

bool DraftStore::save(const RunSpec &spec, QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return RunProfile::write(spec, m_path, QString(), error);
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
    return RunProfile::read(m_path, QString());
}

void DraftStore::discard()
{
    QFile::remove(m_path);
}

} // namespace Flightdeck
