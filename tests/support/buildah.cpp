#include "support/buildah.h"

#include <QDir>
#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace TestSupport {

QByteArray runBuildah(const QString &workDir, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList storage{u"--root"_s, workDir + u"/storage"_s, u"--runroot"_s, workDir + u"/run"_s, u"--storage-driver"_s, u"vfs"_s};
    process.start(u"buildah"_s, storage + arguments);
    if (!process.waitForStarted(10000))
        return "cannot start buildah: " + process.errorString().toUtf8();
    process.waitForFinished(180000);
    const QByteArray output = process.readAll();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return "buildah " + arguments.join(u' ').toUtf8() + " failed (" + QByteArray::number(process.exitCode()) + "): " + output;
    return {};
}

QByteArray pushScratchImage(const QString &workDir, const QString &registry, const QString &repositoryAndTag)
{
    const QString context = workDir + u"/context-"_s + QString(repositoryAndTag).replace(u'/', u'_').replace(u':', u'_');
    if (!QDir().mkpath(context))
        return "cannot create " + context.toUtf8();
    QFile dockerfile(context + u"/Dockerfile"_s);
    QFile greeting(context + u"/greeting.txt"_s);
    if (!dockerfile.open(QIODevice::WriteOnly) || !greeting.open(QIODevice::WriteOnly))
        return "cannot write the build context";
    dockerfile.write("FROM scratch\nCOPY greeting.txt /greeting.txt\nCMD [\"/greeting.txt\"]\n");
    greeting.write("hello from flightdeck\n");
    dockerfile.close();
    greeting.close();

    const QString local = u"localhost/"_s + repositoryAndTag;
    if (QByteArray failure = runBuildah(workDir, {u"bud"_s, u"--isolation"_s, u"chroot"_s, u"--layers=false"_s, u"-t"_s, local, context}); !failure.isEmpty())
        return failure;
    return runBuildah(workDir, {u"push"_s, u"--tls-verify=false"_s, local, u"docker://%1/%2"_s.arg(registry, repositoryAndTag)});
}

} // namespace TestSupport
