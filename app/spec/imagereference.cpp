#include "app/spec/imagereference.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Flightdeck {

namespace {

// The distribution reference grammar's pieces.
bool isPathComponent(const QString &part)
{
    static const QRegularExpression pattern(u"^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$"_s);
    return pattern.match(part).hasMatch();
}

bool isTag(const QString &tag)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"_s);
    return pattern.match(tag).hasMatch();
}

bool isDigest(const QString &digest)
{
    static const QRegularExpression pattern(u"^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9A-Fa-f]{32,}$"_s);
    return pattern.match(digest).hasMatch();
}

bool isHost(const QString &host)
{
    static const QRegularExpression pattern(u"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::[0-9]+)?$"_s);
    static const QRegularExpression ipv6(u"^\\[[0-9A-Fa-f:.]+\\](?::[0-9]+)?$"_s);
    return pattern.match(host).hasMatch() || ipv6.match(host).hasMatch();
}

} // namespace

std::optional<ImageReference> ImageReference::parse(const QString &text)
{
    QString rest = text.trimmed();
    if (rest.isEmpty() || rest.size() > 4096)
        return std::nullopt;
    ImageReference reference;
    if (const qsizetype at = rest.indexOf(u'@'); at >= 0) {
        reference.digest = rest.mid(at + 1);
        rest = rest.left(at);
        if (!isDigest(reference.digest))
            return std::nullopt;
    }
    // The first component is a host when it looks like one: a dot, a port or "localhost".
    if (const qsizetype slash = rest.indexOf(u'/'); slash > 0) {
        const QString first = rest.left(slash);
        if (first.contains(u'.') || first.contains(u':') || first == "localhost"_L1 || first.startsWith(u'[')) {
            if (!isHost(first))
                return std::nullopt;
            reference.host = first;
            rest = rest.mid(slash + 1);
        }
    }
    // A tag follows the last colon of the last path component.
    const qsizetype lastSlash = rest.lastIndexOf(u'/');
    if (const qsizetype colon = rest.lastIndexOf(u':'); colon > lastSlash) {
        reference.tag = rest.mid(colon + 1);
        rest = rest.left(colon);
        if (!isTag(reference.tag))
            return std::nullopt;
    }
    const QStringList parts = rest.split(u'/');
    for (const QString &part : parts) {
        if (!isPathComponent(part))
            return std::nullopt;
    }
    reference.repository = reference.host.isEmpty() && parts.size() == 1 ? u"library/"_s + rest : rest;
    return reference;
}

QString ImageReference::manifestReference() const
{
    if (!digest.isEmpty())
        return digest;
    return tag.isEmpty() ? u"latest"_s : tag;
}

} // namespace Flightdeck
