#include "app/api/registryclient.h"

#include "app/api/apiclient.h"
#include "app/api/authchallenge.h"
#include "app/api/endpoints.h"
#include "app/spec/imagereference.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Flightdeck {

namespace {

constexpr int TransferTimeoutMs = 15000;
constexpr qint64 MaxDocumentBytes = qint64(4) * 1024 * 1024; // manifests and configs are a few kB
constexpr int MaxRedirects = 3;

const QByteArray ManifestTypes = "application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, "
                                 "application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json";

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

ImageConfig configFrom(const QJsonObject &blob)
{
    const QJsonObject config = blob.value(u"config"_s).toObject();
    ImageConfig result;
    result.entrypoint = stringList(config.value(u"Entrypoint"_s));
    result.cmd = stringList(config.value(u"Cmd"_s));
    result.workingDir = config.value(u"WorkingDir"_s).toString();
    result.user = config.value(u"User"_s).toString();
    result.exposedPorts = config.value(u"ExposedPorts"_s).toObject().keys();
    return result;
}

// The manifest Fly runs from an index: linux/amd64 (flyctl builds only that).
std::optional<QString> amd64Entry(const QJsonArray &manifests, QStringList *offered)
{
    for (const QJsonValue &value : manifests) {
        const QJsonObject platform = value.toObject().value(u"platform"_s).toObject();
        const QString os = platform.value(u"os"_s).toString();
        const QString architecture = platform.value(u"architecture"_s).toString();
        if (os == "linux"_L1 && architecture == "amd64"_L1)
            return value.toObject().value(u"digest"_s).toString();
        if (!os.isEmpty() && os != "unknown"_L1) // "unknown/unknown" entries are attestations
            offered->append(os + u'/' + architecture);
    }
    return std::nullopt;
}

// One lookup, from the first manifest request to the configuration blob.
// Parented to the caller's context, it deletes itself when it has answered.
class LookupJob : public QObject
{
public:
    LookupJob(QNetworkAccessManager *network, const ImageReference &parts, const QString &reference, bool isFly, const FlyToken &token, QObject *context,
              std::function<void(const ImageLookup &)> done)
        : QObject(context)
        , m_network(network)
        , m_parts(parts)
        , m_reference(reference)
        , m_isFly(isFly)
        , m_token(token)
        , m_done(std::move(done))
    {
        if (m_isFly)
            m_authorization = "Basic " + (u"x:"_s + m_token.registryPassword()).toUtf8().toBase64();
    }

    void start() { getManifest(m_parts.manifestReference()); }

private:
    QUrl registryUrl(const QString &path) const
    {
        return QUrl(u"%1://%2/v2/%3/%4"_s.arg(isLoopbackHost(m_parts.host) ? u"http"_s : u"https"_s, m_parts.host, m_parts.repository, path));
    }

    // Sends a GET; `handle` sees the finished reply, which is deleted after.
    void send(const QUrl &url, bool withAuthorization, const QByteArray &accept, std::function<void(QNetworkReply *)> handle)
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(TransferTimeoutMs);
        // Redirects are followed by hand: credentials stay with the host they are for.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!accept.isEmpty())
            request.setRawHeader("Accept", accept);
        if (withAuthorization && !m_authorization.isEmpty())
            request.setRawHeader("Authorization", m_authorization);
        QNetworkReply *reply = m_network->get(request);
        reply->setParent(this);
        connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
            if (received > MaxDocumentBytes)
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this, [reply, handle] {
            reply->deleteLater();
            handle(reply);
        });
    }

    void getManifest(const QString &manifestReference)
    {
        send(registryUrl(u"manifests/"_s + manifestReference), true, ManifestTypes, [this, manifestReference](QNetworkReply *reply) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 401 && tryChallenge(reply, [this, manifestReference] { getManifest(manifestReference); }))
                return;
            if (status == 200)
                return readManifest(reply);
            if (status == 404)
                return finish(ImageLookup::Result::NotFound, RegistryClient::tr("The image %1 is not in its registry.").arg(m_reference));
            if (status == 401 || status == 403)
                return finish(ImageLookup::Result::Denied, deniedMessage());
            finish(ImageLookup::Result::Failed, failure(reply));
        });
    }

    // A 401 with a Bearer challenge: fetch a token from its realm, then `retry` once.
    bool tryChallenge(QNetworkReply *reply, std::function<void()> retry)
    {
        const std::optional<AuthChallenge> challenge = AuthChallenge::parse(reply->rawHeader("WWW-Authenticate"));
        if (m_triedToken || !challenge || !challenge->isBearer() || challenge->parameter(u"realm"_s).isEmpty())
            return false;
        m_triedToken = true;
        QUrl realm(challenge->parameter(u"realm"_s));
        if (!realm.isValid() || (realm.scheme() != "https"_L1 && !(realm.scheme() == "http"_L1 && isLoopbackHost(realm.authority())))) {
            finish(ImageLookup::Result::Failed, RegistryClient::tr("The registry of %1 sends for a token to %2, which is not an https address.")
                                                    .arg(m_reference, realm.toDisplayString()));
            return true;
        }
        QUrlQuery query(realm);
        if (const QString service = challenge->parameter(u"service"_s); !service.isEmpty())
            query.addQueryItem(u"service"_s, service);
        const QString scope = challenge->parameter(u"scope"_s);
        query.addQueryItem(u"scope"_s, scope.isEmpty() ? u"repository:%1:pull"_s.arg(m_parts.repository) : scope);
        realm.setQuery(query);
        // Only Fly's registry gets Fly's token, and only for a realm on its own
        // host (any port): a realm elsewhere, whoever names it, is asked anonymously.
        const bool realmIsFlys = m_isFly && realm.host() == QUrl(u"//"_s + m_parts.host).host();
        send(realm, realmIsFlys, {}, [this, retry](QNetworkReply *tokenReply) {
            const int status = tokenReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject answer = QJsonDocument::fromJson(tokenReply->readAll()).object();
            const QString token = answer.value(u"token"_s).toString(answer.value(u"access_token"_s).toString());
            if (status == 200 && !token.isEmpty()) {
                m_authorization = "Bearer " + token.toUtf8();
                return retry();
            }
            if (status == 401 || status == 403 || status == 200)
                return finish(ImageLookup::Result::Denied, deniedMessage());
            finish(ImageLookup::Result::Failed, failure(tokenReply));
        });
        return true;
    }

    void readManifest(QNetworkReply *reply)
    {
        if (m_digest.isEmpty())
            m_digest = QString::fromLatin1(reply->rawHeader("Docker-Content-Digest"));
        const QJsonObject manifest = QJsonDocument::fromJson(reply->readAll()).object();
        if (manifest.contains(u"manifests"_s)) {
            QStringList offered;
            if (const std::optional<QString> digest = amd64Entry(manifest.value(u"manifests"_s).toArray(), &offered))
                return getManifest(*digest);
            return finish(ImageLookup::Result::NotFound, RegistryClient::tr("The image %1 has no linux/amd64 variant, which Fly Machines run (it offers: %2).")
                                                             .arg(m_reference, offered.isEmpty() ? RegistryClient::tr("nothing") : offered.join(u", "_s)));
        }
        const QString configDigest = manifest.value(u"config"_s).toObject().value(u"digest"_s).toString();
        if (configDigest.isEmpty())
            return finish(ImageLookup::Result::Found, RegistryClient::tr("Its manifest names no configuration."));
        getConfig(configDigest, registryUrl(u"blobs/"_s + configDigest), 0);
    }

    void getConfig(const QString &digest, const QUrl &url, int redirects)
    {
        const bool sameHost = url.authority() == m_parts.host;
        send(url, sameHost, {}, [this, digest, url, redirects](QNetworkReply *reply) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status >= 300 && status < 400 && redirects < MaxRedirects) {
                const QUrl next = url.resolved(QUrl(QString::fromUtf8(reply->rawHeader("Location"))));
                if (next.scheme() == "https"_L1 || isLoopbackHost(next.authority()))
                    return getConfig(digest, next, redirects + 1);
            }
            if (status == 401 && tryChallenge(reply, [this, digest, url] { getConfig(digest, url, 0); }))
                return;
            const QByteArray blob = reply->readAll();
            if (status != 200)
                return finish(ImageLookup::Result::Found, RegistryClient::tr("Its configuration could not be read: %1").arg(failure(reply)));
            const QByteArray sum = "sha256:" + QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toHex();
            if (digest.toLatin1() != sum)
                return finish(ImageLookup::Result::Found, RegistryClient::tr("Its configuration does not match its digest %1.").arg(digest));
            finish(ImageLookup::Result::Found, {}, configFrom(QJsonDocument::fromJson(blob).object()));
        });
    }

    QString deniedMessage() const
    {
        if (m_isFly)
            return RegistryClient::tr("Fly's registry refused access to %1 with this token.").arg(m_reference);
        return RegistryClient::tr("The registry of %1 refused to show it: it does not exist, or it is private (Fly Machines pull only public images "
                                  "and those on Fly's registry).")
            .arg(m_reference);
    }

    QString failure(QNetworkReply *reply) const
    {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString why = status != 0 ? RegistryClient::tr("HTTP %1").arg(status) : m_token.redact(reply->errorString());
        return RegistryClient::tr("The registry of %1 could not be asked: %2").arg(m_reference, why);
    }

    void finish(ImageLookup::Result result, const QString &message, std::optional<ImageConfig> config = std::nullopt)
    {
        ImageLookup lookup;
        lookup.result = result;
        lookup.message = message;
        if (result == ImageLookup::Result::Found)
            lookup.digest = m_digest;
        lookup.config = std::move(config);
        const auto done = std::move(m_done);
        deleteLater();
        done(lookup);
    }

    QNetworkAccessManager *m_network;
    ImageReference m_parts;
    QString m_reference;
    bool m_isFly;
    FlyToken m_token;
    std::function<void(const ImageLookup &)> m_done;
    QByteArray m_authorization;
    QString m_digest;
    bool m_triedToken = false;
};

} // namespace

bool ImageConfig::exposes(int port, const QString &protocol) const
{
    return exposedPorts.contains(u"%1/%2"_s.arg(port).arg(protocol)) || (protocol == "tcp"_L1 && exposedPorts.contains(QString::number(port)));
}

RegistryClient::RegistryClient(QNetworkAccessManager *network, const QString &flyRegistryHost, const FlyToken &token)
    : m_network(network)
    , m_flyHost(flyRegistryHost)
    , m_token(token)
{
}

RegistryClient::RegistryClient(const ApiClient &api)
    : RegistryClient(api.network(), api.endpoints().registryHost, api.token())
{
}

void RegistryClient::lookUp(const QString &reference, QObject *context, std::function<void(const ImageLookup &)> done) const
{
    std::optional<ImageReference> parts = ImageReference::parse(reference);
    if (!parts) {
        QTimer::singleShot(0, context, [done, reference] {
            done({ImageLookup::Result::NotFound, tr("%1 is not an image reference.").arg(reference), {}, std::nullopt});
        });
        return;
    }
    if (parts->host.isEmpty())
        parts->host = u"registry-1.docker.io"_s; // Docker Hub, as the Docker client names it
    auto *job = new LookupJob(m_network, *parts, reference, parts->host == m_flyHost, m_token, context, std::move(done));
    job->start();
}

} // namespace Flightdeck
