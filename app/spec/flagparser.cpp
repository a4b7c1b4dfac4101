// fly machine run's arguments -> RunSpec, following flyctl's parsing rules
// (reference flyctl-machine-run.md §1–2) and its config-building order.

#include "app/spec/createrequestcodec.h"
#include "app/spec/flaggrammar.h"
#include "app/spec/flyflags.h"
#include "app/spec/jsontext.h"
#include "app/spec/flytoml.h"
#include "app/spec/portflag.h"
#include "app/spec/shellwords.h"
#include "app/spec/specrules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Flightdeck::FlyFlags {

namespace {

std::optional<Autostop> parseAutostop(const QString &value)
{
    if (const std::optional<bool> b = parseBool(value)) // the flag also takes true/false, as flyctl does
        return *b ? Autostop::Stop : Autostop::Off;
    return SpecRules::autostopFromName(value);
}

// Merges files the way fly-go's MergeFiles does.
void mergeFile(QList<FileSpec> &files, const FileSpec &file)
{
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (files.at(i).guestPath != file.guestPath)
            continue;
        if (file.value.isEmpty())
            files.removeAt(i);
        else
            files[i] = file;
        return;
    }
    files.append(file);
}

class Builder
{
public:
    Builder(const Given &given, const ParseContext &context, ParseResult &result)
        : m_given(given)
        , m_context(context)
        , m_result(result)
        , m_spec(result.spec)
    {
    }

    void build()
    {
        // fly.toml: the one --config names, else the current folder's, as flyctl does.
        if (m_given.has(u"config"_s))
            m_spec.workingDir = QDir::cleanPath(QFileInfo(m_given.last(u"config"_s)).path());
        else if (!m_context.currentDir.isEmpty() && QFileInfo::exists(QDir(m_context.currentDir).filePath(u"fly.toml"_s)))
            m_spec.workingDir = m_context.currentDir;
        applyMachineConfig();
        applyGuestFlags(m_given, m_spec, m_result.issues);
        applyKeyValues(u"env"_s, m_spec.env);
        if (m_given.has(u"schedule"_s))
            m_spec.schedule = m_given.last(u"schedule"_s);
        applyCommand();
        if (m_given.has(u"skip-dns-registration"_s))
            m_spec.skipDnsRegistration = m_given.flag(u"skip-dns-registration"_s);
        applyKeyValues(u"metadata"_s, m_spec.metadata);
        SpecRules::liftDeployMetadata(m_spec);
        applyPorts();
        applyEntrypoint();
        applyRestart();
        applyVolumes();
        applyImage();
        applyAutostartStop();
        applyStandby();
        applyFiles();
        applyPlacementAndLifecycle();
        noteIgnored();
    }

private:
    void fail(const QString &field, const QString &message) { m_result.issues.append(error(field, message)); }

    std::optional<QByteArray> readFile(const QString &path) const
    {
        if (m_context.readFile)
            return m_context.readFile(path);
        return SpecRules::readLocalFile(path, m_context.currentDir);
    }

    void applyMachineConfig()
    {
        if (!m_given.has(u"machine-config"_s))
            return;
        const QString source = m_given.last(u"machine-config"_s);
        QByteArray json;
        if (source.startsWith(u'{')) {
            json = source.toUtf8();
        } else if (source.endsWith(".json"_L1)) {
            const std::optional<QByteArray> bytes = readFile(source);
            if (!bytes) {
                fail(u"machine_config"_s, FlagParser::tr("could not read machine config file %1").arg(source));
                return;
            }
            json = *bytes;
        } else {
            fail(u"machine_config"_s, FlagParser::tr("invalid machine config source: \"%1\" (give inline JSON starting with '{' or a path ending in .json)").arg(source));
            return;
        }
        const JsonText::Parsed parsed = JsonText::parse(json);
        const QJsonDocument &document = parsed.document;
        if (!parsed.ok() || !document.isObject()) {
            fail(u"machine_config"_s, FlagParser::tr("invalid machine config \"%1\": %2").arg(source, parsed.ok() ? FlagParser::tr("it is not a JSON object") : parsed.error));
            return;
        }
        CreateRequestCodec::Decoded decoded = CreateRequestCodec::applyConfig(m_spec, document.object());
        if (decoded.ok())
            m_spec = std::move(decoded.spec);
        else
            fail(u"machine_config"_s, FlagParser::tr("invalid machine config \"%1\": %2").arg(source, decoded.error));
    }

    void applyKeyValues(const QString &flag, QMap<QString, QString> &target)
    {
        if (!m_given.has(flag))
            return;
        QString bad;
        const std::optional<QMap<QString, QString>> values = parseKeyValues(m_given.all(flag), &bad);
        if (!values) {
            fail(flag, FlagParser::tr("invalid key/value pairs specified for flag %1: '%2' must be in the format NAME=VALUE").arg(flag, bad));
            return;
        }
        for (auto it = values->cbegin(); it != values->cend(); ++it)
            target.insert(it.key(), it.value());
    }

    void applyCommand()
    {
        if (m_given.positionals.size() > 1)
            m_spec.cmd = m_given.positionals.mid(1);
        if (m_given.has(u"shell"_s))
            m_spec.shell = m_given.flag(u"shell"_s);
        if (m_given.has(u"user"_s))
            m_spec.shellUser = m_given.last(u"user"_s);
        if (m_given.has(u"command"_s))
            m_spec.shellCommand = m_given.last(u"command"_s);
    }

    void applyPorts()
    {
        const QStringList ports = m_given.all(u"port"_s);
        for (const QString &text : ports) {
            QString message;
            const std::optional<ParsedPort> parsed = parsePort(text, &message);
            if (!parsed) {
                fail(u"services"_s, FlagParser::tr("--port %1: %2").arg(text, message));
                continue;
            }
            addPort(m_spec.services, *parsed);
        }
        m_spec.services.removeIf([](const ServiceSpec &service) { return service.ports.isEmpty(); });
    }

    void applyEntrypoint()
    {
        if (!m_given.has(u"entrypoint"_s))
            return;
        QString message;
        const std::optional<QStringList> words = ShellWords::split(m_given.last(u"entrypoint"_s), &message);
        if (!words)
            fail(u"init.entrypoint"_s, FlagParser::tr("invalid entrypoint: %1").arg(message));
        else
            m_spec.entrypoint = *words;
    }

    void applyRestart()
    {
        if (!m_given.has(u"restart"_s))
            return;
        const QString policy = m_given.last(u"restart"_s);
        if (policy.isEmpty()) {
            m_spec.restart = RestartSpec{};
        } else if (policy == "no"_L1 || policy == "always"_L1 || policy == "on-failure"_L1) {
            m_spec.restart = RestartSpec{policy, 0, {}};
        } else if (policy == "on-fail"_L1) {
            m_spec.restart = RestartSpec{u"on-failure"_s, 0, {}};
            m_result.issues.append(warning(u"restart.policy"_s, FlagParser::tr("The 'on-fail' restart policy is deprecated. Use 'on-failure' instead.")));
        } else {
            fail(u"restart.policy"_s, FlagParser::tr("invalid restart provided: '%1' (choose no, always or on-failure)").arg(policy));
        }
    }

    void applyVolumes()
    {
        const QStringList volumes = m_given.all(u"volume"_s);
        for (const QString &text : volumes) {
            const QStringList parts = text.split(u':');
            if (parts.size() < 2) {
                fail(u"mounts"_s, FlagParser::tr("Can't infer volume and mount path from '%1' (write <volume id or name>:/path)").arg(text));
                continue;
            }
            MountSpec mount{parts.at(0), parts.at(1), {}};
            auto existing = std::find_if(m_spec.mounts.begin(), m_spec.mounts.end(), [&](const MountSpec &m) { return m.path == mount.path; });
            if (existing != m_spec.mounts.end())
                existing->volume = mount.volume;
            else
                m_spec.mounts.append(mount);
        }
    }

    void applyImage()
    {
        const QString first = m_given.positionals.value(0);
        const bool isPath = first.startsWith(u'.') || first.startsWith(u'/');
        if (isPath || m_given.has(u"dockerfile"_s)) {
            BuildSpec build;
            build.contextDir = isPath ? first : u"."_s;
            build.dockerfile = m_given.last(u"dockerfile"_s);
            m_spec.image.clear();
            m_spec.build = build;
        } else if (!m_given.positionals.isEmpty()) {
            m_spec.image = first;
        }

        const QStringList buildFlags{u"build-arg"_s, u"image-label"_s, u"build-target"_s, u"no-build-cache"_s};
        if (!m_spec.build) {
            for (const QString &flag : buildFlags) {
                if (m_given.has(flag))
                    m_result.issues.append(warning(u"build"_s, FlagParser::tr("--%1 has no effect without a build: give a folder (./ or /…) or --dockerfile").arg(flag)));
            }
            return;
        }
        BuildSpec &build = *m_spec.build;
        if (m_given.has(u"build-arg"_s)) {
            QString bad;
            if (const auto args = parseKeyValues(m_given.all(u"build-arg"_s), &bad))
                build.args = *args;
            else
                fail(u"build.args"_s, FlagParser::tr("invalid build-arg: '%1': must be in the format NAME=VALUE").arg(bad));
        }
        build.imageLabel = m_given.last(u"image-label"_s);
        build.target = m_given.last(u"build-target"_s);
        build.noCache = m_given.flag(u"no-build-cache"_s);
        if (build.dockerfile.isEmpty() && !m_spec.workingDir.isEmpty())
            build.dockerfile = FlyToml::read(QDir(m_spec.workingDir).filePath(u"fly.toml"_s)).dockerfile;
    }

    void applyAutostartStop()
    {
        if ((m_given.has(u"autostart"_s) || m_given.has(u"autostop"_s)) && m_spec.services.isEmpty())
            m_result.issues.append(warning(u"services"_s, FlagParser::tr("--autostart and --autostop apply to services, and there are none: add a --port")));
        if (m_given.has(u"autostart"_s)) {
            for (ServiceSpec &service : m_spec.services)
                service.autostart = m_given.flag(u"autostart"_s);
        }
        if (m_given.has(u"autostop"_s)) {
            const QString value = m_given.last(u"autostop"_s);
            if (const std::optional<Autostop> autostop = parseAutostop(value)) {
                for (ServiceSpec &service : m_spec.services)
                    service.autostop = autostop;
            } else {
                fail(u"services.autostop"_s, FlagParser::tr("invalid autostop value \"%1\" (choose off, stop or suspend)").arg(value));
            }
        }
    }

    void applyStandby()
    {
        if (!m_given.has(u"standby-for"_s))
            return;
        const QStringList machines = m_given.all(u"standby-for"_s);
        if (machines.isEmpty())
            m_spec.standbyFor.reset();
        else
            m_spec.standbyFor = machines;
    }

    void applyFiles()
    {
        const QList<std::pair<QString, FileSpec::Source>> flags{
            {u"file-local"_s, FileSpec::Source::LocalFile},
            {u"file-literal"_s, FileSpec::Source::Literal},
            {u"file-secret"_s, FileSpec::Source::Secret},
        };
        for (const auto &[flag, source] : flags) {
            const QStringList entries = m_given.all(flag);
            for (const QString &entry : entries) {
                const qsizetype eq = entry.indexOf(u'=');
                if (eq < 0) {
                    fail(u"files"_s, FlagParser::tr("failed to read --%1: invalid --%1 argument %2 (write /guest/path=VALUE)").arg(flag, entry));
                    continue;
                }
                FileSpec file;
                file.guestPath = entry.left(eq);
                file.value = entry.mid(eq + 1);
                // An empty value sends the guest path alone, whatever the flag (flyctl):
                // the request has one form for it, and decoding gives it back as a literal.
                file.source = file.value.isEmpty() ? FileSpec::Source::Literal : source;
                if (!file.guestPath.startsWith(u'/')) {
                    fail(u"files"_s, FlagParser::tr("failed to read --%1: guest path, %2, must be absolute").arg(flag, file.guestPath));
                    continue;
                }
                mergeFile(m_spec.files, file);
            }
        }
    }

    void applyPlacementAndLifecycle()
    {
        if (m_given.has(u"app"_s))
            m_spec.app = m_given.last(u"app"_s);
        else if (m_context.environment.contains(u"FLY_APP"_s))
            m_spec.app = m_context.environment.value(u"FLY_APP"_s);
        else if (!m_spec.workingDir.isEmpty())
            m_spec.app = FlyToml::read(QDir(m_spec.workingDir).filePath(u"fly.toml"_s)).app;

        if (m_given.has(u"org"_s))
            m_spec.org = m_given.last(u"org"_s);
        else
            m_spec.org = m_context.environment.value(u"FLY_ORG"_s, m_context.environment.value(u"FLY_ORGANIZATION"_s));

        if (m_given.has(u"region"_s))
            m_spec.region = m_given.last(u"region"_s);
        if (m_given.has(u"name"_s))
            m_spec.name = m_given.last(u"name"_s);
        if (m_given.has(u"rm"_s))
            m_spec.autoDestroy = m_given.flag(u"rm"_s);
        if (m_given.has(u"detach"_s))
            m_spec.detach = m_given.flag(u"detach"_s);
        if (m_given.has(u"skip-health-checks"_s))
            m_spec.skipHealthChecks = m_given.flag(u"skip-health-checks"_s);
        if (m_given.has(u"wait-timeout"_s)) {
            bool ok = false;
            const int seconds = m_given.last(u"wait-timeout"_s).toInt(&ok);
            if (!ok || seconds < 1 || seconds > 3600)
                fail(u"wait_timeout"_s, FlagParser::tr("--wait-timeout takes seconds from 1 to 3600, got '%1'").arg(m_given.last(u"wait-timeout"_s)));
            else
                m_spec.waitTimeoutSeconds = seconds;
        }
        if (m_given.has(u"id"_s))
            fail(u"command"_s, FlagParser::tr("to update an existing machine, use 'flyctl machine update'"));
        m_spec.skipLaunch = m_context.command == "create"_L1;
        m_result.yes = m_given.flag(u"yes"_s);
    }

    void noteIgnored()
    {
        const QStringList ignored = ignoredFlags();
        for (const QString &flag : ignored) {
            if (m_given.has(flag))
                m_result.ignored.append(u"--"_s + flag);
        }
        if (m_given.has(u"access-token"_s)) {
            m_result.issues.append(warning(u"token"_s,
                                           FlagParser::tr("--access-token is ignored: Flightdeck takes the token from the keychain or the environment, never from a command line")));
        }
    }

    const Given &m_given;
    const ParseContext &m_context;
    ParseResult &m_result;
    RunSpec &m_spec;
};

} // namespace

ParseResult parse(const QStringList &arguments, const ParseContext &context)
{
    ParseResult result;
    Given given;
    tokenize(arguments, given, result.issues);
    Builder(given, context, result).build();
    return result;
}

ParseResult parseCommandLine(const QString &commandLine, const ParseContext &context)
{
    QString message;
    const std::optional<QStringList> words = ShellWords::split(commandLine, &message);
    if (!words) {
        ParseResult result;
        result.unsplittable = true;
        result.issues.append(error(u"command"_s, FlagParser::tr("cannot split the command line: %1").arg(message)));
        return result;
    }
    QStringList args = *words;
    if (!args.isEmpty() && (args.first() == "fly"_L1 || args.first() == "flyctl"_L1 || args.first().endsWith("/fly"_L1) || args.first().endsWith("/flyctl"_L1)))
        args.removeFirst();
    if (!args.isEmpty() && (args.first() == "machine"_L1 || args.first() == "machines"_L1 || args.first() == "m"_L1))
        args.removeFirst();
    ParseContext adjusted = context;
    if (!args.isEmpty() && (args.first() == "run"_L1 || args.first() == "create"_L1))
        adjusted.command = args.takeFirst();
    return parse(args, adjusted);
}

} // namespace Flightdeck::FlyFlags
