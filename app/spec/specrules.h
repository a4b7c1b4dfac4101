#pragma once

#include "app/spec/runspec.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

// Rules about RunSpec fields that more than one reader or writer applies: the
// request codec (JSON), the flag parser and writer (fly machine run), the
// validation. Each rule lives here once.
namespace Flightdeck::SpecRules {

// An autostop mode by its API name: "off", "stop" or "suspend".
std::optional<Autostop> autostopFromName(QStringView name);
QString autostopName(Autostop autostop);

// The metadata `fly deploy` reads to manage a Machine in a process group:
// fly_platform_version=v2 plus fly_process_group=<group>.
inline constexpr QStringView kPlatformVersionKey = u"fly_platform_version";
inline constexpr QStringView kProcessGroupKey = u"fly_process_group";

// Moves that metadata pair out of spec.metadata into manageWithDeploy and
// processGroup, so the spec says it in words and the encoder writes it back.
void liftDeployMetadata(RunSpec &spec);
// The other way: spec.metadata with that pair added when manageWithDeploy.
QMap<QString, QString> metadataWithDeploy(const RunSpec &spec);

// Reads a local file (--file-local, --machine-config) the way flyctl does:
// relative to `workingDir` when it is not absolute. nullopt when it cannot.
std::optional<QByteArray> readLocalFile(const QString &path, const QString &workingDir);

} // namespace Flightdeck::SpecRules
