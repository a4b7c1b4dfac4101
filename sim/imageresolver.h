#pragma once

#include "sim/reply.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>

class QNetworkAccessManager;

namespace Sim {

// Resolves a Machine's image reference the way the platform does before
// creating it. References on the configured local registry are looked up
// through its HTTP API (the manifest must exist); all others resolve against
// a list of well-known public images.
class ImageResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageResolver)

public:
    explicit ImageResolver(QObject *parent = nullptr);

    // References on `front` (the registry clients are given) or on `backend`
    // (the registry holding the images) are checked at `backend`.
    void setLocalRegistry(const QString &front, const QString &backend)
    {
        m_localRegistry = front;
        m_backend = backend;
    }
    QString localRegistry() const { return m_localRegistry; }
    // Adds a repository ("myorg/tool" or "ghcr.io/acme/api") to the public fixtures.
    void addPublicImage(const QString &repository) { m_publicImages.append(repository); }

    struct Result
    {
        QJsonObject imageRef; // registry, repository, tag, digest, labels
        std::optional<Reply> error;
    };
    void resolve(const QString &reference, QObject *context, std::function<void(const Result &)> done);

private:
    QString m_localRegistry;
    QString m_backend;
    QStringList m_publicImages;
    QNetworkAccessManager *m_network;
};

} // namespace Sim
