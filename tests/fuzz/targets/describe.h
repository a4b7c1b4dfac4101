#pragma once

// What a fuzz target prints when a round trip fails: the spec as the request it makes.

#include "app/spec/createrequestcodec.h"

#include <QJsonDocument>

namespace Flightdeck::Fuzz {

inline QString describe(const RunSpec &spec)
{
    CreateRequestCodec::EncodeOptions options;
    options.readLocalFile = [](const QString &) { return std::optional<QByteArray>(); };
    options.localFilesByPath = true;
    return QString::fromUtf8(QJsonDocument(CreateRequestCodec::toJson(spec, options)).toJson(QJsonDocument::Compact));
}

} // namespace Flightdeck::Fuzz
