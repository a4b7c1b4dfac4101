// flightdeck-tokenscan: after the test suite (ctest runs it last, as the
// cleanup of the "tokenscan" fixture every test requires), reads every file
// the run wrote for the tokens and registry logins the tests used, and fails
// on any. docs/reliability.md says what it covers.

#include "tokenscan/tokenscan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

// Where a run's writes can end up besides the folders given: the user's
// settings, data and caches (QStandardPaths' test mode writes to ~/.qttest),
// the temporary and runtime folders, what buildah and Docker keep (their
// credential files among them), and core files.
QStringList usualPlaces()
{
    const QString home = QDir::homePath();
    QStringList places = {home + u"/.qttest"_s, home + u"/.config"_s, home + u"/.local"_s, home + u"/.cache"_s,
        home + u"/.docker"_s, home + u"/.fly"_s, QDir::tempPath(), u"/var/tmp"_s, u"/run/containers"_s,
        u"/var/lib/containers"_s, u"/var/lib/systemd/coredump"_s};
    if (const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR"); !runtime.isEmpty())
        places.append(runtime);
    return places;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Fails when a file written since --since holds a test token."_s);
    const QCommandLineOption since(u"since"_s, u"Read only files changed after this file was."_s, u"file"_s);
    const QCommandLineOption sources(u"sources"_s, u"The tests' sources, whose token literals are looked for."_s, u"folder"_s);
    parser.addOptions({since, sources});
    parser.addPositionalArgument(u"folders"_s, u"Folders to read besides the usual places."_s);
    parser.addHelpOption();
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QFileInfo marker(parser.value(since));
    if (!marker.exists() || parser.value(sources).isEmpty()) {
        err << "flightdeck-tokenscan: --since names no file, or --sources is missing\n";
        return 2;
    }
    TestSupport::TokenScan scan;
    scan.setSince(marker.lastModified());
    const QStringList tokens = TestSupport::TokenScan::tokensInSources(parser.value(sources));
    for (const QString &token : tokens)
        scan.addToken(token);

    const QStringList folders = parser.positionalArguments() + usualPlaces();
    for (const QString &folder : folders)
        scan.scan(folder);

    out << "flightdeck-tokenscan: " << scan.filesRead() << " files (" << scan.bytesRead() / 1024 << " KiB) written since "
        << marker.lastModified().toString(Qt::ISODate) << ", looked through for " << tokens.size()
        << " test tokens, their registry logins and every simulator token, in:\n";
    for (const QString &folder : folders)
        out << "  " << folder << (QFileInfo(folder).isDir() ? "" : " (not there)") << '\n';
    const QStringList hits = scan.hits();
    for (const QString &hit : hits)
        out << "TOKEN FOUND: " << hit << '\n';
    out.flush();
    return hits.isEmpty() ? 0 : 1;
}
