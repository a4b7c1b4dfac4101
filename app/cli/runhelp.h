#pragma once

#include "app/spec/flyflags.h"

#include <QString>

namespace Flightdeck::Cli {

// Every flag `flightdeck run` takes: the parser's table (FlyFlags::flagHelp)
// followed by Flightdeck's own (--print-config, --builder, …).
QList<FlyFlags::FlagHelp> runFlags();

// `flightdeck run --help`: the usage, then every flag with its type, its
// default and one line, section by section as the table orders them.
QString runHelp();

// `flightdeck completion bash|zsh|fish`: a script that completes the
// commands and every flag of runFlags(); empty for another shell.
QString completionScript(const QString &shell);

} // namespace Flightdeck::Cli
