#pragma once

#include "app/api/endpoints.h"

#include <QByteArray>
#include <QString>

namespace Flightdeck {

// The create request as a POSIX shell command a user can run, keep or share:
// curl posting the exact body (in a here-document) to the app's Machines,
// with the token read from $FLY_API_TOKEN when it runs and sent with the
// scheme fly-go chooses for it (FlyV1 for macaroons, else Bearer). The token
// itself is never part of the text. With `appCreateBody`, the app is created
// first (its answer goes to stderr), and the Machine only when that worked.
QString createMachineCurl(const Endpoints &endpoints, const QString &app, const QByteArray &body, const QByteArray &appCreateBody = {});

} // namespace Flightdeck
