#pragma once

#include <QtGlobal>

namespace TestSupport {

// A loopback TCP port nobody listens on right now, for services that cannot
// report the port they chose themselves.
quint16 freeLoopbackPort();

} // namespace TestSupport
