#pragma once

#include "app/api/flytoken.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Flightdeck {

class ApiClient;

// What an image runs when a Machine's config does not say otherwise: the
// "config" object of its OCI image configuration.
struct ImageConfig
{
    QStringList entrypoint;
    QStringList cmd;
    QString workingDir;
    QString user;
    QStringList exposedPorts; // as the image lists them: "8080/tcp"

    // True when the image exposes `port` for `protocol` ("tcp", "udp").
    bool exposes(int port, const QString &protocol) const;
};

struct ImageLookup
{
    enum class Result {
        Found,
        NotFound, // no such tag or digest, or none for linux/amd64
        Denied,   // the registry wants credentials Flightdeck does not have
        Failed,   // the registry could not be asked
    };
    Result result = Result::Failed;
    QString message; // in words, when not Found, or why the config is missing
    QString digest;  // the manifest's digest, when Found
    std::optional<ImageConfig> config; // when Found and its configuration could be read
};

// Looks an image up in its registry through the distribution API, as a
// platform pulling it would: the manifest (the linux/amd64 entry of an index),
// then the configuration blob. Fly's registry gets the token as its password
// (user "x"); any other registry is asked anonymously, through the standard
// Bearer challenge (`WWW-Authenticate: Bearer realm=…,service=…,scope=…`)
// when it answers 401, as Docker Hub and GHCR do. Registries on this computer
// are spoken to over http, every other one over https.
class RegistryClient
{
    Q_DECLARE_TR_FUNCTIONS(RegistryClient)

public:
    RegistryClient(QNetworkAccessManager *network, const QString &flyRegistryHost, const FlyToken &token);
    // The registry side of `api`: its network, its endpoints' registry host, its token.
    explicit RegistryClient(const ApiClient &api);

    // Answers once, through `done`, on `context`'s thread; nothing is left
    // running when `context` goes away.
    void lookUp(const QString &reference, QObject *context, std::function<void(const ImageLookup &)> done) const;

private:
    QNetworkAccessManager *m_network;
    QString m_flyHost;
    FlyToken m_token;
};

} // namespace Flightdeck
