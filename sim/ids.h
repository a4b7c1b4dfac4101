#pragma once

#include <QString>

// Identifiers shaped like the real platform's.
namespace Sim::Ids {

QString machineId();      // 14 lowercase hex characters
QString ulid();           // 26 Crockford base-32 characters, time-ordered
QString volumeId();       // "vol_" + 16 lowercase base-36 characters
QString appId();          // 16 lowercase letters and digits
QString privateIp();      // a 6PN address, fdaa:…
QString machineName();    // "adjective-noun-1234"
QString nonce();          // 12 lowercase hex characters
QString digest(const QByteArray &data); // hex sha256

} // namespace Sim::Ids
