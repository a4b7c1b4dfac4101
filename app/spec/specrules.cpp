#include "app/spec/specrules.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Flightdeck::SpecRules {

std::optional<Autostop> autostopFromName(QStringView name)
{
    if (name == u"off")
        return Autostop::Off;
    if (name == u"stop")
        return Autostop::Stop;
    if (name == u"suspend")
        return Autostop::Suspend;
    return std::nullopt;
}

QString autostopName(Autostop autostop)
{
    switch (autostop) {
    case Autostop::Off:
        return u"off"_s;
    case Autostop::Stop:
        return u"stop"_s;
    case Autostop::Suspend:
        return u"suspend"_s;
    }
    return u"off"_s;
}

void liftDeployMetadata(RunSpec &spec)
{
    const QString versionKey = kPlatformVersionKey.toString();
    const QString groupKey = kProcessGroupKey.toString();
    if (spec.metadata.value(versionKey) != "v2"_L1 || !spec.metadata.contains(groupKey))
        return;
    spec.manageWithDeploy = true;
    spec.processGroup = spec.metadata.take(groupKey);
    spec.metadata.remove(versionKey);
}

QMap<QString, QString> metadataWithDeploy(const RunSpec &spec)
{
    QMap<QString, QString> metadata = spec.metadata;
    if (spec.manageWithDeploy) {
        metadata.insert(kPlatformVersionKey.toString(), u"v2"_s);
        metadata.insert(kProcessGroupKey.toString(), spec.processGroup);
    }
    return metadata;
}

std::optional<QByteArray> readLocalFile(const QString &path, const QString &workingDir)
{
    QFile file(workingDir.isEmpty() ? path : QDir(workingDir).absoluteFilePath(path));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

} // namespace Flightdeck::SpecRules
