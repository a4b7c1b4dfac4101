#include "support/imagepusher.h"

#include "support/httpclient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace TestSupport {

namespace {

QString digestOf(const QByteArray &data)
{
    return u"sha256:"_s + QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QJsonObject descriptor(const QString &mediaType, const QByteArray &data)
{
    return {{u"mediaType"_s, mediaType}, {u"digest"_s, digestOf(data)}, {u"size"_s, data.size()}};
}

// An empty, uncompressed tar archive: two zero blocks of 512 bytes.
const QByteArray EmptyLayer(1024, '\0');

} // namespace

std::optional<QJsonObject> ImagePusher::pushBlob(const QString &repository, const QByteArray &data, const QString &mediaType)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!m_authorization.isEmpty())
        headers.append({"Authorization", m_authorization});
    const HttpResponse started = httpRequest(m_network, "POST", QUrl(u"http://%1/v2/%2/blobs/uploads/"_s.arg(m_host, repository)), {}, headers);
    if (started.status != 202) {
        m_error = u"starting an upload to %1 answered %2: %3"_s.arg(repository).arg(started.status).arg(QString::fromUtf8(started.body));
        return std::nullopt;
    }
    QUrl upload = QUrl(u"http://%1"_s.arg(m_host)).resolved(QUrl(QString::fromUtf8(started.header("Location"))));
    QUrlQuery query(upload);
    query.addQueryItem(u"digest"_s, digestOf(data));
    upload.setQuery(query);
    headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/octet-stream"));
    const HttpResponse finished = httpRequest(m_network, "PUT", upload, data, headers);
    if (finished.status != 201) {
        m_error = u"uploading a blob to %1 answered %2: %3"_s.arg(repository).arg(finished.status).arg(QString::fromUtf8(finished.body));
        return std::nullopt;
    }
    return descriptor(mediaType, data);
}

std::optional<QJsonObject> ImagePusher::pushManifest(const QString &repository, const QString &reference, const QByteArray &body, const QString &mediaType)
{
    QList<std::pair<QByteArray, QByteArray>> headers{{"Content-Type", mediaType.toLatin1()}};
    if (!m_authorization.isEmpty())
        headers.append({"Authorization", m_authorization});
    const HttpResponse put = httpRequest(m_network, "PUT", QUrl(u"http://%1/v2/%2/manifests/%3"_s.arg(m_host, repository, reference)), body, headers);
    if (put.status != 201) {
        m_error = u"pushing the manifest %1:%2 answered %3: %4"_s.arg(repository, reference).arg(put.status).arg(QString::fromUtf8(put.body));
        return std::nullopt;
    }
    return descriptor(mediaType, body);
}

std::optional<QJsonObject> ImagePusher::pushImage(const QString &repository, const QString &tag, const QJsonObject &runConfig, const QString &architecture)
{
    const QJsonObject configuration{{u"architecture"_s, architecture},
                                    {u"os"_s, u"linux"_s},
                                    {u"config"_s, runConfig},
                                    {u"rootfs"_s, QJsonObject{{u"type"_s, u"layers"_s}, {u"diff_ids"_s, QJsonArray{digestOf(EmptyLayer)}}}}};
    const auto config = pushBlob(repository, QJsonDocument(configuration).toJson(QJsonDocument::Compact), u"application/vnd.oci.image.config.v1+json"_s);
    const auto layer = config ? pushBlob(repository, EmptyLayer, u"application/vnd.oci.image.layer.v1.tar"_s) : std::nullopt;
    if (!layer)
        return std::nullopt;
    const QJsonObject manifest{{u"schemaVersion"_s, 2}, {u"mediaType"_s, u"application/vnd.oci.image.manifest.v1+json"_s}, {u"config"_s, *config},
                               {u"layers"_s, QJsonArray{*layer}}};
    const QByteArray body = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    auto pushed = pushManifest(repository, tag.isEmpty() ? digestOf(body) : tag, body, manifest.value(u"mediaType"_s).toString());
    if (pushed)
        pushed->insert(u"platform"_s, QJsonObject{{u"os"_s, u"linux"_s}, {u"architecture"_s, architecture}});
    return pushed;
}

std::optional<QJsonObject> ImagePusher::pushIndex(const QString &repository, const QString &tag, const QList<QJsonObject> &manifests)
{
    QJsonArray entries;
    for (const QJsonObject &manifest : manifests)
        entries.append(manifest);
    const QJsonObject index{{u"schemaVersion"_s, 2}, {u"mediaType"_s, u"application/vnd.oci.image.index.v1+json"_s}, {u"manifests"_s, entries}};
    return pushManifest(repository, tag, QJsonDocument(index).toJson(QJsonDocument::Compact), index.value(u"mediaType"_s).toString());
}

} // namespace TestSupport
