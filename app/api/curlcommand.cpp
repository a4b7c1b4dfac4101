#include "app/api/curlcommand.h"

#include "app/spec/shellwords.h"

using namespace Qt::StringLiterals;

namespace Flightdeck {

QString createMachineCurl(const Endpoints &endpoints, const QString &app, const QByteArray &body)
{
    const QString url = endpoints.machinesUrl(appMachinesPath(app)).toString();
    QString text;
    // fly-go's rule (tokens/tokens.go): macaroons (fm1r_, fm1a_, fm2_) go as FlyV1, anything else as Bearer.
    text += uR"(case "$FLY_API_TOKEN" in FlyV1\ *) auth="$FLY_API_TOKEN" ;; fm1r_*|fm1a_*|fm2_*) auth="FlyV1 $FLY_API_TOKEN" ;; *) auth="Bearer ${FLY_API_TOKEN#Bearer }" ;; esac)"_s;
    text += u'\n';
    text += u"curl --fail-with-body -sS -X POST %1 \\\n"_s.arg(ShellWords::quote(url));
    text += u"  -H \"Authorization: $auth\" -H 'Content-Type: application/json' --data-binary @- <<'JSON'\n"_s;
    text += QString::fromUtf8(body);
    if (!text.endsWith(u'\n'))
        text += u'\n';
    text += u"JSON\n"_s;
    return text;
}

} // namespace Flightdeck
