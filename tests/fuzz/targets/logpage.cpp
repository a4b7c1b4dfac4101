// A page of the log service's answer and the lines shown from it.

#include "fuzz/fuzztarget.h"

#include "app/api/logstream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Flightdeck;

FLIGHTDECK_FUZZ_TARGET(logpage)
{
    const QJsonDocument document = QJsonDocument::fromJson(data.toByteArray());
    const QJsonValue json = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const LogStream::Page page = LogStream::parsePage(json);
    if (!page.ok)
        FLIGHTDECK_FUZZ_CHECK(page.entries.isEmpty(), QString::number(page.entries.size()));
    for (const LogEntry &entry : page.entries)
        FLIGHTDECK_FUZZ_CHECK(!logLine(entry).contains(u'\n') || entry.message.contains(u'\n'), logLine(entry));
}
