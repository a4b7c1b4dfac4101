#include "app/cli/runhelp.h"

#include "app/spec/shellwords.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Flightdeck::Cli {

namespace {

struct RunHelp
{
    Q_DECLARE_TR_FUNCTIONS(RunHelp)
};

// "-a, --app string" as flyctl's help prints a flag's left column.
QString flagColumn(const FlyFlags::FlagHelp &flag)
{
    QString column = flag.shorthand.isNull() ? u"    "_s : u"-%1, "_s.arg(flag.shorthand);
    column += u"--"_s + flag.name;
    if (!flag.type.isEmpty())
        column += u' ' + flag.type;
    return column;
}

QString bashCompletion(const QStringList &longFlags)
{
    return uR"(# bash completion for flightdeck (flightdeck completion bash)
_flightdeck() {
    local cur="${COMP_WORDS[COMP_CWORD]}"
    if [ "$COMP_CWORD" -eq 1 ]; then
        COMPREPLY=($(compgen -W "run token completion --help --version" -f -- "$cur"))
        return
    fi
    case "${COMP_WORDS[1]}" in
    run)
        if [[ "$cur" == -* ]]; then
            COMPREPLY=($(compgen -W "%1" -- "$cur"))
        else
            COMPREPLY=($(compgen -f -- "$cur"))
        fi ;;
    token) COMPREPLY=($(compgen -W "set remove status --plaintext --help" -- "$cur")) ;;
    completion) COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur")) ;;
    esac
}
complete -o filenames -F _flightdeck flightdeck
)"_s.arg(longFlags.join(u' '));
}

QString zshCompletion(const QList<FlyFlags::FlagHelp> &flags)
{
    QStringList specs;
    for (const FlyFlags::FlagHelp &flag : flags) {
        const QString description = QString(flag.description).replace(u'[', u'(').replace(u']', u')').replace(u':', u' ');
        specs.append(ShellWords::quote(u"--%1[%2]%3"_s.arg(flag.name, description, flag.type.isEmpty() ? QString() : u": :"_s)));
    }
    return uR"(#compdef flightdeck
# zsh completion for flightdeck (flightdeck completion zsh)
_flightdeck() {
    if (( CURRENT == 2 )); then
        _alternative 'commands:command:(run token completion)' 'files:profile:_files -g "*.flightdeck"'
        return
    fi
    case $words[2] in
    run) _arguments -s '*:image or path:_files' %1 ;;
    token) _values 'token command' set remove status ;;
    completion) _values shell bash zsh fish ;;
    esac
}
_flightdeck "$@"
)"_s.arg(specs.join(u' '));
}

QString fishCompletion(const QList<FlyFlags::FlagHelp> &flags)
{
    QString script = uR"(# fish completion for flightdeck (flightdeck completion fish)
complete -c flightdeck -n __fish_use_subcommand -a run -d 'Open the wizard filled from fly machine run flags'
complete -c flightdeck -n __fish_use_subcommand -a token -d 'The API token in the system keychain'
complete -c flightdeck -n __fish_use_subcommand -a completion -d 'A shell completion script'
complete -c flightdeck -n '__fish_seen_subcommand_from token' -a 'set remove status'
complete -c flightdeck -n '__fish_seen_subcommand_from completion' -a 'bash zsh fish'
)"_s;
    for (const FlyFlags::FlagHelp &flag : flags) {
        QString line = u"complete -c flightdeck -n '__fish_seen_subcommand_from run' -l "_s + flag.name;
        if (!flag.shorthand.isNull())
            line += u" -s "_s + flag.shorthand;
        if (!flag.type.isEmpty())
            line += u" -r"_s;
        if (!flag.description.isEmpty())
            line += u" -d "_s + ShellWords::quote(flag.description);
        script += line + u'\n';
    }
    return script;
}

} // namespace

QList<FlyFlags::FlagHelp> runFlags()
{
    QList<FlyFlags::FlagHelp> flags = FlyFlags::flagHelp();
    const QString own = QCoreApplication::translate("FlagHelp", "Flightdeck"); // the section of --yes
    flags += {
        {u"print-config"_s, {}, {}, {}, {}, own, RunHelp::tr("Print the Machines API request body instead of opening the window")},
        {u"print-command"_s, {}, {}, {}, {}, own, RunHelp::tr("Print the command as fly machine run would take it")},
        {u"logs-for"_s, {}, {}, u"int"_s, u"0"_s, own, RunHelp::tr("With --yes: print the Machine's log this many seconds longer after it started")},
        {u"builder"_s, {}, {}, u"string"_s, {}, own, RunHelp::tr("The image builder for a Dockerfile: docker, podman or buildah (else the first installed)")},
        {u"api-url"_s, {}, {}, u"string"_s, {}, own, RunHelp::tr("The Machines API (else FLY_FLAPS_BASE_URL, then Fly.io)")},
        {u"graphql-url"_s, {}, {}, u"string"_s, {}, own, RunHelp::tr("The GraphQL API (else FLY_API_BASE_URL, then Fly.io)")},
        {u"help"_s, u'h', {}, {}, {}, own, RunHelp::tr("This help")},
    };
    return flags;
}

QString runHelp()
{
    const QList<FlyFlags::FlagHelp> flags = runFlags();
    qsizetype width = 0;
    for (const FlyFlags::FlagHelp &flag : flags)
        width = std::max(width, flagColumn(flag).size());

    QString text = RunHelp::tr("Usage:\n"
                               "  flightdeck run IMAGE|PATH [COMMAND...] [flags]\n\n"
                               "Opens the wizard filled from the flags of fly machine run, which it reads as flyctl does.\n"
                               "With --yes it launches the Machine without a window; with --print-config or\n"
                               "--print-command it prints what it would send.\n");
    QString group;
    for (const FlyFlags::FlagHelp &flag : flags) {
        if (flag.group != group) {
            group = flag.group;
            text += u"\n"_s + group + u":\n"_s;
        }
        QString line = u"  "_s + flagColumn(flag).leftJustified(width) + u"   "_s + flag.description;
        if (!flag.defaultValue.isEmpty())
            line += u' ' + RunHelp::tr("(default %1)").arg(flag.defaultValue);
        while (line.endsWith(u' '))
            line.chop(1);
        text += line + u'\n';
    }
    return text;
}

QString completionScript(const QString &shell)
{
    const QList<FlyFlags::FlagHelp> flags = runFlags();
    if (shell == "bash"_L1) {
        QStringList names;
        for (const FlyFlags::FlagHelp &flag : flags)
            names.append(u"--"_s + flag.name);
        return bashCompletion(names);
    }
    if (shell == "zsh"_L1)
        return zshCompletion(flags);
    if (shell == "fish"_L1)
        return fishCompletion(flags);
    return QString();
}

} // namespace Flightdeck::Cli
