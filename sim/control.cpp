#include "sim/control.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Sim {

std::optional<Fault> Fault::fromJson(const QJsonObject &json, QString *error)
{
    Fault fault;
    fault.method = json.value(u"method"_s).toString().toUpper();
    fault.path = QRegularExpression(json.value(u"path"_s).toString(u".*"_s));
    if (!fault.path.isValid()) {
        *error = u"path is not a valid regular expression: "_s + fault.path.errorString();
        return std::nullopt;
    }
    const QString action = json.value(u"action"_s).toString(u"status"_s);
    if (action == "status"_L1)
        fault.action = Action::Respond;
    else if (action == "reset"_L1)
        fault.action = Action::Reset;
    else if (action == "hang"_L1)
        fault.action = Action::Hang;
    else if (action == "reset-after"_L1)
        fault.action = Action::ResetAfter;
    else if (action == "delay"_L1)
        fault.action = Action::Delay;
    else {
        *error = u"action must be status, reset, hang, reset-after or delay"_s;
        return std::nullopt;
    }
    fault.status = json.value(u"status"_s).toInt(503);
    if (fault.status < 100 || fault.status > 599) {
        *error = u"status must be an HTTP status code"_s;
        return std::nullopt;
    }
    const QJsonValue body = json.value(u"body"_s);
    fault.body = body.isString() ? body.toString().toUtf8()
        : body.isObject()        ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                                 : QByteArray(R"({"error":"injected fault"})");
    fault.remaining = json.value(u"count"_s).toInt(-1);
    const QJsonValue retryAfter = json.value(u"retry_after"_s);
    fault.retryAfter = retryAfter.isDouble() ? QByteArray::number(retryAfter.toInt()) : retryAfter.toString().toLatin1();
    fault.delayMs = json.value(u"ms"_s).toInt(1000);
    if (fault.delayMs < 0 || fault.delayMs > 600000) {
        *error = u"ms must be between 0 and 600000"_s;
        return std::nullopt;
    }
    fault.probability = json.value(u"probability"_s).toDouble(1.0);
    if (fault.probability < 0 || fault.probability > 1) {
        *error = u"probability must be between 0 and 1"_s;
        return std::nullopt;
    }
    return fault;
}

QJsonObject Fault::toJson() const
{
    const QString actionName = action == Action::Respond ? u"status"_s
        : action == Action::Reset                        ? u"reset"_s
        : action == Action::Hang                         ? u"hang"_s
        : action == Action::Delay                        ? u"delay"_s
                                                         : u"reset-after"_s;
    return QJsonObject{{u"method"_s, method}, {u"path"_s, path.pattern()}, {u"action"_s, actionName}, {u"status"_s, status},
                       {u"count"_s, remaining}, {u"probability"_s, probability}, {u"retry_after"_s, QString::fromLatin1(retryAfter)},
                       {u"ms"_s, delayMs}};
}

QJsonArray Control::faultsJson() const
{
    QJsonArray array;
    for (const Fault &fault : m_faults)
        array.append(fault.toJson());
    return array;
}

std::optional<Fault> Control::faultFor(const QString &method, const QString &path)
{
    for (Fault &fault : m_faults) {
        if (fault.remaining == 0 || (!fault.method.isEmpty() && fault.method != method) || !fault.path.match(path).hasMatch())
            continue;
        if (fault.probability < 1.0 && m_random.generateDouble() >= fault.probability)
            continue;
        if (fault.remaining > 0)
            --fault.remaining;
        return fault;
    }
    return std::nullopt;
}

QJsonArray Control::logJson() const
{
    QJsonArray array;
    for (const LoggedRequest &entry : m_log) {
        QJsonObject json{{u"method"_s, entry.method}, {u"path"_s, entry.path}, {u"status"_s, entry.status}, {u"duration_ms"_s, entry.durationMs}};
        if (!entry.service.isEmpty())
            json.insert(u"service"_s, entry.service);
        if (!entry.query.isEmpty())
            json.insert(u"query"_s, entry.query);
        // The body exactly as it arrived (a string), so a client can compare bytes.
        if (!entry.body.isEmpty())
            json.insert(u"body"_s, QString::fromUtf8(entry.body));
        array.append(json);
    }
    return array;
}

} // namespace Sim
