#pragma once

#include "app/api/flytoken.h"

#include <QObject>
#include <QString>

#include <functional>

class QNetworkAccessManager;

namespace Flightdeck {

// Checks, before a launch, that an image reference on Fly's registry (or a
// registry on this computer) exists, through the registry's HTTP API.
// References elsewhere are left to the platform, which resolves them at create.
namespace RegistryCheck {

enum class Result { Found, NotFound, Denied, Skipped, Failed };

// True when `reference` lives on `registryHost` or on a loopback registry.
bool appliesTo(const QString &reference, const QString &registryHost);

void check(QNetworkAccessManager *network, const QString &reference, const QString &registryHost, const FlyToken &token, QObject *context,
           std::function<void(Result, const QString &message)> done);

} // namespace RegistryCheck
} // namespace Flightdeck
