#pragma once

#include "spec/runspec.h"

#include <QByteArray>
#include <QJsonObject>

namespace Flightdeck {

// RunSpec -> the body of POST /v1/apps/{app}/machines.
namespace CreateRequestCodec {

QJsonObject toJson(const RunSpec &spec);

// The exact bytes Flightdeck sends, indented for reading. Keys are sorted, so
// the same spec always gives the same text.
QByteArray toRequestBody(const RunSpec &spec);

} // namespace CreateRequestCodec
} // namespace Flightdeck
