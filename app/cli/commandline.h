#pragma once

#include <QStringList>

namespace Flightdeck::Cli {

// Sets the organization, application name and version that QSettings,
// QStandardPaths and --version use. Call right after creating the application.
void setApplicationIdentity();

// "Flightdeck 0.1.0, Qt 6.8.2, KSyntaxHighlighting 6.13.0, QtKeychain 0.15.0",
// for --version, About and the diagnostic report: Qt's version as loaded (and
// the one built with when they differ), the two libraries' as built.
QString versionLine();

// True when the arguments ask for the window; false for a headless command
// such as --version or --help, which must work without a display.
bool needsGui(int argc, char **argv);

// Runs a headless command and returns the process exit code.
int runHeadless(const QStringList &arguments);

} // namespace Flightdeck::Cli
