#include "app/profile/runprofile.h"

#include "app/spec/createrequestcodec.h"
#include "app/profile/writeall.h"
#include "app/spec/jsontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Flightdeck::RunProfile {

namespace {

// What profiles say to the user is translated in the context "RunProfile".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RunProfile)
};

QString relative(const QString &base, const QString &path)
{
    return path.isEmpty() ? path : QDir::fromNativeSeparators(QDir(base).relativeFilePath(path));
}

QString absolute(const QString &base, const QString &path)
{
    return path.isEmpty() || QDir::isAbsolutePath(path) ? path : QDir::cleanPath(QDir(base).absoluteFilePath(path));
}

// Every path of `spec`, as `change` makes it. Local files are relative to the
// project folder when there is one (as the request encoder reads them).
void mapPaths(RunSpec &spec, const std::function<QString(const QString &)> &change)
{
    const QString oldWorkingDir = spec.workingDir;
    for (FileSpec &file : spec.files) {
        if (file.source == FileSpec::Source::LocalFile) {
            const QString full = oldWorkingDir.isEmpty() || QDir::isAbsolutePath(file.value) ? file.value : QDir(oldWorkingDir).filePath(file.value);
            file.value = change(full);
        }
    }
    spec.workingDir = change(spec.workingDir);
    if (spec.build) {
        spec.build->contextDir = change(spec.build->contextDir);
        if (!spec.build->dockerfile.isEmpty() && (QDir::isAbsolutePath(spec.build->dockerfile) || !oldWorkingDir.isEmpty()))
            spec.build->dockerfile = change(QDir::isAbsolutePath(spec.build->dockerfile) ? spec.build->dockerfile : QDir(oldWorkingDir).filePath(spec.build->dockerfile));
    }
}

QJsonObject buildJson(const BuildSpec &build)
{
    QJsonObject json{{u"context"_s, build.contextDir}, {u"no_cache"_s, build.noCache}};
    if (!build.dockerfile.isEmpty())
        json.insert(u"dockerfile"_s, build.dockerfile);
    if (!build.target.isEmpty())
        json.insert(u"target"_s, build.target);
    if (!build.imageLabel.isEmpty())
        json.insert(u"image_label"_s, build.imageLabel);
    QJsonObject args;
    for (auto it = build.args.cbegin(); it != build.args.cend(); ++it)
        args.insert(it.key(), it.value());
    if (!args.isEmpty())
        json.insert(u"args"_s, args);
    return json;
}

BuildSpec buildFromJson(const QJsonObject &json, QStringList *dropped)
{
    BuildSpec build;
    build.contextDir = json.value(u"context"_s).toString();
    build.dockerfile = json.value(u"dockerfile"_s).toString();
    build.target = json.value(u"target"_s).toString();
    build.imageLabel = json.value(u"image_label"_s).toString();
    build.noCache = json.value(u"no_cache"_s).toBool();
    const QJsonObject args = json.value(u"args"_s).toObject();
    for (auto it = args.constBegin(); it != args.constEnd(); ++it)
        build.args.insert(it.key(), it.value().toString());
    static const QStringList known{u"context"_s, u"dockerfile"_s, u"target"_s, u"image_label"_s, u"no_cache"_s, u"args"_s};
    const QStringList keys = json.keys();
    for (const QString &key : keys) {
        if (!known.contains(key))
            dropped->append(Text::tr("build.%1 (not known to this version)").arg(key));
    }
    return build;
}

} // namespace

QByteArray stripComments(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < text.size())
                out.append(text.at(++i));
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            out.append(c);
        } else if (c == '/' && i + 1 < text.size() && text.at(i + 1) == '/') {
            while (i < text.size() && text.at(i) != '\n')
                ++i;
            out.append('\n'); // keep line numbers for error messages
        } else {
            out.append(c);
        }
    }
    return out;
}

QByteArray serialize(const RunSpec &original, const QString &profileDir)
{
    RunSpec spec = original;
    if (!profileDir.isEmpty())
        mapPaths(spec, [&](const QString &path) { return relative(profileDir, path); });

    CreateRequestCodec::EncodeOptions options;
    options.localFilesByPath = true; // a profile names files; their bytes are read at launch
    // Shell mode is kept as a choice, not as the settings it adds to the request.
    RunSpec request = spec;
    request.shell = false;
    const QJsonObject body = CreateRequestCodec::toJson(request, options);
    QJsonObject profile{{u"format"_s, QLatin1StringView(formatName)}, {u"version"_s, currentVersion}, {u"request"_s, body}};
    if (!spec.app.isEmpty())
        profile.insert(u"app"_s, spec.app);
    if (!spec.org.isEmpty())
        profile.insert(u"org"_s, spec.org);
    if (!spec.workingDir.isEmpty())
        profile.insert(u"folder"_s, spec.workingDir);
    if (spec.build)
        profile.insert(u"build"_s, buildJson(*spec.build));
    if (spec.detach)
        profile.insert(u"detach"_s, true);
    if (spec.skipHealthChecks)
        profile.insert(u"skip_health_checks"_s, true);
    if (spec.waitTimeoutSeconds > 0)
        profile.insert(u"wait_timeout"_s, spec.waitTimeoutSeconds);
    if (spec.skipLaunch) // the request cannot say it when standbys imply it
        profile.insert(u"create_only"_s, true);
    // The request spells out the default restart policy (no for auto-destroy,
    // on-failure for a schedule); the profile remembers that none was chosen.
    if (!spec.restart && body.value(u"config"_s).toObject().contains(u"restart"_s))
        profile.insert(u"restart"_s, u"default"_s);
    else if (spec.restart && spec.restart->isNone()) // `--restart=`: explicitly none
        profile.insert(u"restart"_s, u"none"_s);
    if (spec.shell || spec.shellUser != RunSpec().shellUser || spec.shellCommand != RunSpec().shellCommand)
        profile.insert(u"shell"_s, QJsonObject{{u"enabled"_s, spec.shell}, {u"user"_s, spec.shellUser}, {u"command"_s, spec.shellCommand}});
    return QJsonDocument(profile).toJson(QJsonDocument::Indented);
}

// What a profile holds besides the request: the app, the folder, the build
// and the choices `fly machine run` takes as flags.
void readOwnKeys(const QJsonObject &profile, RunSpec &spec, QStringList *dropped)
{
    spec.app = profile.value(u"app"_s).toString();
    spec.org = profile.value(u"org"_s).toString();
    spec.workingDir = profile.value(u"folder"_s).toString();
    spec.detach = profile.value(u"detach"_s).toBool();
    spec.skipHealthChecks = profile.value(u"skip_health_checks"_s).toBool();
    spec.waitTimeoutSeconds = std::clamp(profile.value(u"wait_timeout"_s).toInt(), 0, 3600);
    if (profile.value(u"restart"_s).toString() == "default"_L1)
        spec.restart.reset();
    else if (profile.value(u"restart"_s).toString() == "none"_L1)
        spec.restart = RestartSpec{};
    if (profile.contains(u"create_only"_s))
        spec.skipLaunch = profile.value(u"create_only"_s).toBool();
    if (profile.value(u"build"_s).isObject()) {
        spec.build = buildFromJson(profile.value(u"build"_s).toObject(), dropped);
        spec.image.clear(); // the request's image is the build's future tag
    }
    if (profile.value(u"shell"_s).isObject()) {
        const QJsonObject shell = profile.value(u"shell"_s).toObject();
        spec.shell = shell.value(u"enabled"_s).toBool(true);
        spec.shellUser = shell.value(u"user"_s).toString(spec.shellUser);
        spec.shellCommand = shell.value(u"command"_s).toString(spec.shellCommand);
    }
}

ReadResult parse(const QByteArray &bytes, const QString &profileDir)
{
    ReadResult result;
    const JsonText::Parsed parsed = JsonText::parse(stripComments(bytes));
    const QJsonDocument &document = parsed.document;
    if (!parsed.ok() || !document.isObject()) {
        result.error = !parsed.ok() ? Text::tr("line %1: %2").arg(parsed.line).arg(parsed.error) : Text::tr("a profile is a JSON object");
        return result;
    }
    const QJsonObject profile = document.object();
    if (profile.value(u"format"_s).toString() != QLatin1StringView(formatName)) {
        result.error = Text::tr("not a Flightdeck profile (its \"format\" is not \"%1\")").arg(QLatin1StringView(formatName));
        return result;
    }
    const int version = profile.value(u"version"_s).toInt();
    if (version > currentVersion)
        result.dropped.append(Text::tr("written by a newer Flightdeck (profile version %1; this one reads %2): what it could not read is listed here")
                                  .arg(version)
                                  .arg(currentVersion));

    RunSpec spec;
    const QJsonValue request = profile.value(u"request"_s);
    if (request.isObject()) {
        CreateRequestCodec::Decoded decoded = CreateRequestCodec::fromJson(request.toObject());
        if (decoded.ok())
            spec = std::move(decoded.spec);
        else
            result.dropped.append(Text::tr("the request (%1)").arg(decoded.error));
    } else if (!request.isUndefined()) {
        result.dropped.append(Text::tr("the request (not a JSON object)"));
    }
    readOwnKeys(profile, spec, &result.dropped);
    static const QStringList known{u"format"_s, u"version"_s, u"request"_s, u"app"_s, u"org"_s, u"folder"_s, u"build"_s, u"detach"_s, u"skip_health_checks"_s, u"wait_timeout"_s, u"create_only"_s, u"restart"_s, u"shell"_s};
    const QStringList keys = profile.keys();
    for (const QString &key : keys) {
        if (!known.contains(key))
            result.dropped.append(Text::tr("%1 (not known to this version)").arg(key));
    }

    if (!profileDir.isEmpty())
        mapPaths(spec, [&](const QString &path) { return absolute(profileDir, path); });
    result.spec = spec;
    return result;
}

bool write(const RunSpec &spec, const QString &path, const QString &profileDir, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    // A short write must not be committed: the profile would be replaced by its first part.
    if (!writeAll(file, serialize(spec, profileDir), error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

ReadResult read(const QString &path, const QString &profileDir)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ReadResult result;
        result.error = file.errorString();
        return result;
    }
    return parse(file.readAll(), profileDir);
}

bool save(const RunSpec &spec, const QString &path, QString *error)
{
    return write(spec, path, QFileInfo(path).absolutePath(), error);
}

ReadResult load(const QString &path)
{
    return read(path, QFileInfo(path).absolutePath());
}

} // namespace Flightdeck::RunProfile
