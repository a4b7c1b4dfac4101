#include "spec/createrequestcodec.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Flightdeck::CreateRequestCodec {

QJsonObject toJson(const RunSpec &spec)
{
    QJsonObject config;
    config.insert(u"image"_s, spec.image);

    QJsonObject body;
    body.insert(u"config"_s, config);
    if (!spec.region.isEmpty())
        body.insert(u"region"_s, spec.region);
    if (!spec.name.isEmpty())
        body.insert(u"name"_s, spec.name);
    return body;
}

QByteArray toRequestBody(const RunSpec &spec)
{
    return QJsonDocument(toJson(spec)).toJson(QJsonDocument::Indented);
}

} // namespace Flightdeck::CreateRequestCodec
