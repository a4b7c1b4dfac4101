#include "tokenscan/tokenscan.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace TestSupport {

namespace {

// Fly's token prefixes (fly-go's tokens package) followed by the token's characters.
const QRegularExpression &literalPattern()
{
    static const QRegularExpression pattern(uR"((?<![A-Za-z0-9])(?:fo1|fm1[ar]|fm2)_[A-Za-z0-9_-]+)"_s);
    return pattern;
}

// What the simulator makes up, and its registry login: base64 of "x:sim_" is
// "eDpzaW1f", six bytes to eight characters, so the rest encodes on its own.
const QRegularExpression &generatedPattern()
{
    static const QRegularExpression pattern(uR"(sim_[0-9a-f]{32}|eDpzaW1f[A-Za-z0-9+/]{40})"_s);
    return pattern;
}

constexpr qint64 chunkSize = 1 << 20;
constexpr qint64 overlap = 256; // longer than any token or its base64, so none is split unseen

} // namespace

QStringList TokenScan::tokensInSources(const QString &folder)
{
    QSet<QString> found;
    QDirIterator it(folder, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (auto m = literalPattern().globalMatch(text); m.hasNext();)
            found.insert(m.next().captured());
    }
    return QStringList(found.cbegin(), found.cend());
}

void TokenScan::addToken(const QString &token)
{
    const QByteArray utf8 = token.toUtf8();
    m_literals.append(utf8);
    m_literalNames.append(utf8.left(6) + "…");
    // A registry login as Docker and Podman keep it: the whole "x:<token>" in base64.
    const QByteArray login = "x:" + utf8;
    m_literals.append(login.toBase64(QByteArray::OmitTrailingEquals));
    m_literalNames.append("base64 login of " + utf8.left(6) + "…");
}

void TokenScan::scan(const QString &root)
{
    if (!QFileInfo(root).isDir())
        return;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        // The status change time too: unpacked image layers keep their files' old modification times.
        if (!info.isFile() || info.isSymLink() || (m_since.isValid() && std::max(info.lastModified(), info.metadataChangeTime()) < m_since))
            continue;
        scanFile(info.filePath());
    }
}

void TokenScan::scanFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return; // a socket, or gone since it was listed
    ++m_files;
    QByteArray tail;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(chunkSize);
        if (chunk.isEmpty())
            break;
        m_bytes += chunk.size();
        check(path, tail + chunk);
        tail = chunk.right(overlap);
    }
}

void TokenScan::check(const QString &path, const QByteArray &chunk)
{
    for (qsizetype i = 0; i < m_literals.size(); ++i) {
        if (chunk.contains(m_literals.at(i)))
            addHit(u"%1: %2"_s.arg(path, QString::fromUtf8(m_literalNames.at(i))));
    }
    const QString text = QString::fromLatin1(chunk);
    if (const auto m = generatedPattern().match(text); m.hasMatch())
        addHit(u"%1: a simulator token (%2…)"_s.arg(path, m.captured().left(8)));
}

void TokenScan::addHit(const QString &hit)
{
    if (!m_hits.contains(hit)) // a find in the overlap of two chunks is one find
        m_hits.append(hit);
}

} // namespace TestSupport
