#include "sim/imageresolver.h"

#include "sim/ids.h"
#include "sim/processes.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sim {

namespace {

struct Reference
{
    QString registry;
    QString repository;
    QString tag;
    QString digest;
};

// [registry/]repository[:tag][@digest]; Docker Hub's short names gain "library/".
std::optional<Reference> parse(const QString &text)
{
    static const QRegularExpression pattern(
        uR"(^(?:([a-zA-Z0-9.-]+(?::[0-9]+)?|localhost)/)?([a-z0-9]+(?:[._-]+[a-z0-9]+)*(?:/[a-z0-9]+(?:[._-]+[a-z0-9]+)*)*)(?::([\w][\w.-]{0,127}))?(?:@(sha256:[a-f0-9]{32,}))?$)"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    Reference ref;
    ref.registry = match.captured(1);
    ref.repository = match.captured(2);
    // "acme/api" has no registry: its first part has no dot or port.
    if (!ref.registry.isEmpty() && !ref.registry.contains(u'.') && !ref.registry.contains(u':') && ref.registry != "localhost"_L1) {
        ref.repository = ref.registry + u'/' + ref.repository;
        ref.registry.clear();
    }
    if (ref.registry.isEmpty()) {
        ref.registry = u"docker-hub-mirror.fly.io"_s;
        if (!ref.repository.contains(u'/'))
            ref.repository.prepend(u"library/"_s);
    }
    ref.tag = match.captured(3).isEmpty() && match.captured(4).isEmpty() ? u"latest"_s : match.captured(3);
    ref.digest = match.captured(4);
    return ref;
}

QJsonObject imageRefJson(const Reference &ref)
{
    return QJsonObject{{u"registry"_s, ref.registry},
                       {u"repository"_s, ref.repository},
                       {u"tag"_s, ref.tag},
                       {u"digest"_s, ref.digest},
                       {u"labels"_s, QJsonObject()}};
}

const QStringList &defaultPublicImages()
{
    static const QStringList images{u"library/nginx"_s,    u"library/ubuntu"_s, u"library/debian"_s,  u"library/alpine"_s,
                                    u"library/busybox"_s,  u"library/redis"_s,  u"library/postgres"_s, u"library/node"_s,
                                    u"library/python"_s,   u"library/golang"_s, u"library/httpd"_s,   u"library/caddy"_s,
                                    u"library/traefik"_s,  u"library/registry"_s, u"library/memcached"_s, u"coturn/coturn"_s,
                                    u"flyio/postgres-flex"_s, u"flyio/fly-proxy"_s};
    static const QStringList withFixtures = images + processFixtureRepositories(); // the failing apps (processes.h)
    return withFixtures;
}

} // namespace

ImageResolver::ImageResolver(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

void ImageResolver::resolve(const QString &reference, QObject *context, std::function<void(const Result &)> done)
{
    const std::optional<Reference> parsed = parse(reference);
    if (!parsed) {
        done({{}, Reply::error(400, u"invalid_argument: invalid image reference \"%1\""_s.arg(reference))});
        return;
    }
    Reference ref = *parsed;

    if (!m_localRegistry.isEmpty() && (ref.registry == m_localRegistry || ref.registry == m_backend)) {
        QNetworkRequest request(QUrl(u"http://%1/v2/%2/manifests/%3"_s.arg(m_backend, ref.repository, ref.digest.isEmpty() ? ref.tag : ref.digest)));
        request.setRawHeader("Accept", "application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json, "
                                       "application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json");
        request.setTransferTimeout(10000);
        QNetworkReply *reply = m_network->head(request);
        connect(reply, &QNetworkReply::finished, context, [reply, ref, reference, done] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 200) {
                Reference found = ref;
                found.digest = QString::fromLatin1(reply->rawHeader("Docker-Content-Digest"));
                done({imageRefJson(found), std::nullopt});
            } else if (status == 404) {
                done({{}, Reply::error(400, u"invalid_argument: could not resolve image \"%1\": manifest unknown"_s.arg(reference))});
            } else {
                done({{}, Reply::error(400, u"invalid_argument: could not resolve image \"%1\": registry %2 answered %3"_s.arg(reference, ref.registry,
                                                                                                                          status ? QString::number(status) : reply->errorString()))});
            }
        });
        return;
    }

    QStringList known = defaultPublicImages();
    known += m_publicImages;
    const bool isKnown = known.contains(ref.repository) || known.contains(ref.registry + u'/' + ref.repository);
    if (!isKnown) {
        done({{}, Reply::error(400, u"invalid_argument: could not resolve image \"%1\": not found"_s.arg(reference))});
        return;
    }
    if (ref.digest.isEmpty())
        ref.digest = u"sha256:"_s + Ids::digest((ref.registry + u'/' + ref.repository + u':' + ref.tag).toUtf8());
    done({imageRefJson(ref), std::nullopt});
}

} // namespace Sim
