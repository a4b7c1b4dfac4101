#pragma once

namespace Flightdeck::Cli {

// On Windows, flightdeck.exe is a window program, so a command typed in a
// console (`flightdeck run … --print-config`, `--version`) would print
// nowhere: this connects standard output, error and input that are not
// redirected to the console the program was started from. Elsewhere, and
// when started without a console, it does nothing.
void attachToParentConsole();

} // namespace Flightdeck::Cli
