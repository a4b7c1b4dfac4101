// The request JSON as the preview's edit path reads it. A body that decodes is
// encoded again; that request decodes to the same RunSpec.

#include "fuzz/fuzztarget.h"
#include "fuzz/targets/describe.h"

#include "app/spec/createrequestcodec.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Flightdeck;

FLIGHTDECK_FUZZ_TARGET(request)
{
    const QJsonDocument document = QJsonDocument::fromJson(data.toByteArray());
    if (!document.isObject())
        return;
    const CreateRequestCodec::Decoded first = CreateRequestCodec::fromJson(document.object());
    if (!first.ok())
        return;
    CreateRequestCodec::EncodeOptions options;
    options.localFilesByPath = true; // never the disk
    const QJsonObject encoded = CreateRequestCodec::toJson(first.spec, options);
    const CreateRequestCodec::Decoded second = CreateRequestCodec::fromJson(encoded);
    const QString shown = QString::fromUtf8(QJsonDocument(encoded).toJson(QJsonDocument::Compact));
    FLIGHTDECK_FUZZ_CHECK(second.ok(), shown + u'\n' + second.error);
    FLIGHTDECK_FUZZ_CHECK(second.spec == first.spec, shown + u'\n' + Fuzz::describe(second.spec));
}
