#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace TestSupport {

// How many Machines of `app` that are not destroyed the simulator holds for
// each launch id (their metadata's flightdeck_launch_id), read from its
// GET /_sim/state: everything it holds, without the list's lag.
QHash<QString, int> machinesByLaunchId(const QJsonObject &simState, const QString &app);

} // namespace TestSupport
