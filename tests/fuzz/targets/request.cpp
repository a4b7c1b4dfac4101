// The request JSON as the preview's edit path reads it (JsonText, then the
// codec). A body that decodes is encoded again; that request decodes to the
// same RunSpec.

#include "fuzz/fuzztarget.h"
#include "fuzz/targets/describe.h"

#include "app/spec/createrequestcodec.h"
#include "app/spec/jsontext.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Flightdeck;

FLIGHTDECK_FUZZ_TARGET(request)
{
    const QJsonDocument document = JsonText::parse(data.toByteArray()).document;
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
    FLIGHTDECK_FUZZ_CHECK(second.spec == first.spec, Fuzz::describe(first.spec) + u'\n' + Fuzz::describe(second.spec) + u'\n' + Fuzz::difference(first.spec, second.spec));
}
