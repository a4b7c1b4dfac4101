#include "app/launch/registrycheck.h"

#include "app/spec/imagereference.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Flightdeck::RegistryCheck {

namespace {

bool isLoopback(const QString &host)
{
    const QString name = host.section(u':', 0, 0);
    const QHostAddress address(name);
    return name == "localhost"_L1 || (!address.isNull() && address.isLoopback());
}

} // namespace

bool appliesTo(const QString &reference, const QString &registryHost)
{
    const std::optional<ImageReference> parts = ImageReference::parse(reference);
    return parts && !parts->host.isEmpty() && (parts->host == registryHost || isLoopback(parts->host));
}

void check(QNetworkAccessManager *network, const QString &reference, const QString &registryHost, const FlyToken &token, QObject *context,
           std::function<void(Result, const QString &)> done)
{
    const std::optional<ImageReference> parts = ImageReference::parse(reference);
    if (!parts || !appliesTo(reference, registryHost)) {
        QTimer::singleShot(0, context, [done] { done(Result::Skipped, {}); });
        return;
    }
    QUrl url(u"%1://%2/v2/%3/manifests/%4"_s.arg(isLoopback(parts->host) ? u"http"_s : u"https"_s, parts->host, parts->repository, parts->manifestReference()));
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy); // the password stays with this host
    request.setRawHeader("Accept", "application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json, "
                                   "application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json");
    if (parts->host == registryHost)
        request.setRawHeader("Authorization", "Basic " + (u"x:"_s + token.registryPassword()).toUtf8().toBase64());
    QNetworkReply *reply = network->head(request);
    reply->setParent(context);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, reference, done, token] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200)
            return done(Result::Found, {});
        if (status == 404)
            return done(Result::NotFound, QCoreApplication::translate("RegistryCheck", "The image %1 is not in its registry.").arg(reference));
        if (status == 401 || status == 403)
            return done(Result::Denied, QCoreApplication::translate("RegistryCheck", "The registry refused access to %1 with this token.").arg(reference));
        done(Result::Failed, QCoreApplication::translate("RegistryCheck", "The registry could not be asked about %1: %2").arg(reference, token.redact(reply->errorString())));
    });
}

} // namespace Flightdeck::RegistryCheck
