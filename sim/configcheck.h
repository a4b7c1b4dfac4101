#pragma once

#include "sim/reply.h"

#include <QJsonObject>

#include <optional>

namespace Sim {

// Validates a create or update config the way the Machines API does: the
// error reply (400 invalid_argument, worded as flyd words it), or nullopt.
std::optional<Reply> checkMachineConfig(const QJsonObject &config);

} // namespace Sim
