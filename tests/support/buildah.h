#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace TestSupport {

// Runs buildah with a private store under `workDir`; returns an empty
// array on success, else what went wrong (with buildah's output).
QByteArray runBuildah(const QString &workDir, const QStringList &arguments);

// Builds a tiny FROM scratch image and pushes it as `registry/repository:tag`.
QByteArray pushScratchImage(const QString &workDir, const QString &registry, const QString &repositoryAndTag);

} // namespace TestSupport
