#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>

#include <optional>

namespace TestSupport {

// Pushes small OCI images to a registry through the distribution API, as
// `buildah push` would, but with exactly the configuration a test wants:
// the config blob, one empty layer, the manifest, and indexes over them.
class ImagePusher
{
public:
    // `authorization`: a whole header value ("Bearer …"), or empty.
    explicit ImagePusher(const QString &hostAndPort, const QByteArray &authorization = {})
        : m_host(hostAndPort)
        , m_authorization(authorization)
    {
    }

    // An image whose configuration's "config" object is `runConfig`; tagged
    // `tag` unless empty. The manifest's descriptor (mediaType, digest, size,
    // platform), or nullopt (see errorString()).
    std::optional<QJsonObject> pushImage(const QString &repository, const QString &tag, const QJsonObject &runConfig,
                                         const QString &architecture = QStringLiteral("amd64"));
    // An index over `manifests` (descriptors from pushImage), tagged `tag`.
    std::optional<QJsonObject> pushIndex(const QString &repository, const QString &tag, const QList<QJsonObject> &manifests);
    QString errorString() const { return m_error; }

private:
    std::optional<QJsonObject> pushBlob(const QString &repository, const QByteArray &data, const QString &mediaType);
    std::optional<QJsonObject> pushManifest(const QString &repository, const QString &reference, const QByteArray &body, const QString &mediaType);

    QNetworkAccessManager m_network;
    QString m_host;
    QByteArray m_authorization;
    QString m_error;
};

} // namespace TestSupport
