#include "app/api/logstream.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Flightdeck {

namespace {

// A level or provider is one word from the log service; a line break or
// other control character in one would forge a line of its own.
QString oneWord(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return text;
}

} // namespace

QString logLine(const LogEntry &entry)
{
    return u"%1 %2 %3 %4"_s.arg(entry.timestamp.toLocalTime().toString(u"HH:mm:ss.zzz"_s), oneWord(entry.level), oneWord(entry.provider), entry.message);
}

LogStream::LogStream(ApiClient *api, const QString &app, const QString &instance, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_app(app)
    , m_instance(instance)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &LogStream::poll);
}

void LogStream::start()
{
    if (m_running)
        return;
    m_running = true;
    m_failures = 0;
    m_backoffMs = kEmptyPauseMs;
    poll();
}

void LogStream::stop()
{
    m_running = false;
    ++m_generation;
    m_timer->stop();
}

LogStream::Page LogStream::parsePage(const QJsonValue &json)
{
    Page page;
    const QJsonObject object = json.toObject();
    const QJsonValue data = object.value(u"data"_s);
    if (!data.isArray())
        return page;
    const QJsonArray items = data.toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject attributes = item.toObject().value(u"attributes"_s).toObject();
        const QJsonObject meta = attributes.value(u"meta"_s).toObject();
        LogEntry entry;
        entry.timestamp = QDateTime::fromString(attributes.value(u"timestamp"_s).toString(), Qt::ISODateWithMs);
        entry.level = attributes.value(u"level"_s).toString();
        entry.message = attributes.value(u"message"_s).toString();
        entry.instance = attributes.value(u"instance"_s).toString(meta.value(u"instance"_s).toString());
        entry.region = attributes.value(u"region"_s).toString(meta.value(u"region"_s).toString());
        entry.provider = meta.value(u"event"_s).toObject().value(u"provider"_s).toString();
        page.entries.append(entry);
    }
    page.nextToken = object.value(u"meta"_s).toObject().value(u"next_token"_s).toString();
    page.ok = true;
    return page;
}

void LogStream::poll()
{
    if (!m_running)
        return;
    QUrl url = m_api->endpoints().logsUrl(m_app);
    QUrlQuery query;
    query.addQueryItem(u"next_token"_s, m_nextToken.isNull() ? u""_s : m_nextToken); // "next_token=", as fly-go sends the first
    if (!m_instance.isEmpty())
        query.addQueryItem(u"instance"_s, m_instance);
    url.setQuery(query);
    const quint64 generation = m_generation;
    m_api->getUrl(url, this, [this, generation](const ApiResult &result) {
        if (generation != m_generation || !m_running)
            return;
        const Page page = result.ok() ? parsePage(result.json) : Page{};
        if (!page.ok) {
            const int status = result.error ? result.error->httpStatus : 0;
            const QString why = result.error ? result.error->message() : tr("the answer was not a page of log lines");
            if (status == 401 || status == 403 || status == 404 || ++m_failures >= kMaxFailures) {
                stop();
                Q_EMIT ended(tr("The log could not be read: %1").arg(why));
                return;
            }
            m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
            m_timer->start(m_backoffMs);
            return;
        }
        m_failures = 0;
        m_backoffMs = kEmptyPauseMs;
        if (!page.nextToken.isEmpty())
            m_nextToken = page.nextToken;
        if (page.entries.isEmpty()) {
            m_timer->start(kEmptyPauseMs);
            return;
        }
        Q_EMIT received(page.entries);
        if (m_running)
            m_timer->start(0); // more may be waiting
    });
}

} // namespace Flightdeck
