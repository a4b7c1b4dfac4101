#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace Sim {

// One HTTP answer: a status, a JSON body (or none) and extra headers.
struct Reply
{
    int status = 200;
    QJsonValue body = QJsonValue::Undefined; // undefined: an empty body
    QList<std::pair<QByteArray, QByteArray>> headers;

    // The API's error body: {"error": "...", "status": "..."}.
    static Reply error(int status, const QString &text, const QString &code = {})
    {
        QJsonObject body{{QStringLiteral("error"), text}};
        if (!code.isEmpty())
            body.insert(QStringLiteral("status"), code);
        return Reply{status, body, {}};
    }
    static Reply json(const QJsonValue &body, int status = 200) { return Reply{status, body, {}}; }
};

} // namespace Sim
