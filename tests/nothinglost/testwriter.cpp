// flightdeck-testwriter: the real profile, draft and history writers in a
// process of their own, for tst_nothinglost to kill, to run on a full or
// read-only file system (in a mount namespace), or to run twice at once.
//
//   profile-loop PATH          saves two profiles in turn, forever ("saved" after the first)
//   profile PATH BYTES         saves one profile whose environment holds BYTES bytes
//   draft PATH BYTES           the same through the draft store
//   history PATH BYTES [COUNT] appends COUNT (default 1) entries with BYTES-byte summaries
//   settings PATH BYTES        saves the settings with a BYTES-byte default organization
//   settings-again PATH BYTES FILLER  the same; when that fails, removes FILLER and syncs
//                              again, with the value still in memory ("error: …" then "ok")
//
// Each prints "ok" or "error: <message>"; the exit code is 0 or 1.

#include "app/profile/draftstore.h"
#include "app/profile/launchhistory.h"
#include "app/profile/runprofile.h"
#include "app/settings/appsettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

namespace {

RunSpec profileWith(const QString &marker, qsizetype bytes)
{
    RunSpec spec;
    spec.app = u"nothing-lost"_s;
    spec.image = u"nginx:1.27"_s;
    spec.env.insert(u"MARKER"_s, marker);
    if (bytes > 0)
        spec.env.insert(u"PADDING"_s, QString(bytes, u'x'));
    return spec;
}

int report(bool ok, const QString &error)
{
    QTextStream out(stdout);
    out << (ok ? u"ok"_s : u"error: "_s + error) << Qt::endl;
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString command = args.value(0);
    const QString path = args.value(1);
    QString error;
    if (command == "profile-loop"_L1) {
        QTextStream out(stdout);
        for (quint64 i = 0;; ++i) {
            if (!RunProfile::save(profileWith(i % 2 ? u"B"_s : u"A"_s, 20000), path, &error))
                return report(false, error);
            if (i == 0)
                out << "saved" << Qt::endl;
        }
    }
    if (command == "profile"_L1)
        return report(RunProfile::save(profileWith(u"new"_s, args.value(2).toLongLong()), path, &error), error);
    if (command == "draft"_L1)
        return report(DraftStore(path).save(profileWith(u"new"_s, args.value(2).toLongLong()), &error), error);
    if (command == "history"_L1) {
        LaunchHistory history(path);
        const QString summary(args.value(2).toLongLong(), u's');
        const int count = args.size() > 3 ? args.value(3).toInt() : 1;
        for (int i = 0; i < count; ++i) {
            const HistoryEntry entry{QDateTime::currentDateTimeUtc(), u"nothing-lost"_s, u"started"_s, u"m%1"_s.arg(i), summary, {}};
            if (!history.append(entry, &error))
                return report(false, error);
        }
        return report(true, {});
    }
    if (command == "settings"_L1 || command == "settings-again"_L1) {
        AppSettings settings(path);
        const QString organization(args.value(2).toLongLong(), u'o');
        settings.setDefaultOrg(organization);
        if (settings.sync(&error) || command == "settings"_L1)
            return report(error.isEmpty(), error);
        report(false, error);
        if (!QFile::remove(args.value(3)))
            return report(false, u"could not remove "_s + args.value(3));
        if (settings.defaultOrg() != organization)
            return report(false, u"the value was lost from memory"_s);
        return report(settings.sync(&error), error);
    }
    QTextStream(stderr) << "usage: flightdeck-testwriter profile-loop|profile|draft|history|settings|settings-again PATH …\n";
    return 2;
}
