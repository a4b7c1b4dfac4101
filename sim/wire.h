#pragma once

#include <QDateTime>
#include <QHttpServerRequest>
#include <QString>

// How the simulator's pieces write what travels on the wire.
namespace Sim {

// A time as the API writes it: UTC, ISO 8601 with milliseconds.
QString isoTime(const QDateTime &time);

// A request's method as its name ("GET", "PATCH"…), "OTHER" for the rest.
QString methodName(QHttpServerRequest::Method method);

} // namespace Sim
