#include "app/api/curlcommand.h"

#include "app/spec/shellwords.h"

using namespace Qt::StringLiterals;

namespace Flightdeck {

QString createMachineCurl(const Endpoints &endpoints, const QString &app, const QByteArray &body, const QByteArray &appCreateBody)
{
    const QString url = endpoints.machinesUrl(appMachinesPath(app)).toString();
    const QString headers = u"-H \"Authorization: $auth\" -H 'Content-Type: application/json'"_s;
    QString text;
    // fly-go's rule (tokens/tokens.go): macaroons (fm1r_, fm1a_, fm2_) go as FlyV1, anything else as Bearer.
    text += uR"(case "$FLY_API_TOKEN" in FlyV1\ *) auth="$FLY_API_TOKEN" ;; fm1r_*|fm1a_*|fm2_*) auth="FlyV1 $FLY_API_TOKEN" ;; *) auth="Bearer ${FLY_API_TOKEN#Bearer }" ;; esac)"_s;
    text += u'\n';
    if (!appCreateBody.isEmpty()) {
        const QString appsUrl = endpoints.machinesUrl(kAppCreatePath).toString();
        text += u"curl --fail-with-body -sS -X POST %1 \\\n"_s.arg(ShellWords::quote(appsUrl));
        text += u"  %1 --data-binary %2 >&2 &&\n"_s.arg(headers, ShellWords::quote(QString::fromUtf8(appCreateBody)));
    }
    text += u"curl --fail-with-body -sS -X POST %1 \\\n"_s.arg(ShellWords::quote(url));
    text += u"  %1 --data-binary @- <<'JSON'\n"_s.arg(headers);
    text += QString::fromUtf8(body);
    if (!text.endsWith(u'\n'))
        text += u'\n';
    text += u"JSON\n"_s;
    return text;
}

} // namespace Flightdeck
