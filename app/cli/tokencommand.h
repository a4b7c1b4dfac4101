#pragma once

#include <QStringList>

namespace Flightdeck::Cli {

// `flightdeck token set|remove|status`: the API token in the system keychain.
//   set [--plaintext]  reads the token from stdin (never from the command line) and
//                      stores it in the keychain; with no keychain on this system it
//                      refuses unless --plaintext opts in to an owner-only file
//   remove             forgets it (keychain and plaintext file)
//   status             says where the token Flightdeck would use comes from
// Needs a QCoreApplication; returns the exit code.
int runTokenCommand(const QStringList &arguments);

} // namespace Flightdeck::Cli
