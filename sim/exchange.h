#pragma once

// The simulator's HTTP internals, shared by its transport (simapi.cpp) and
// its routes (routes.cpp, controlroutes.cpp). Not for use outside sim/.

#include "sim/simapi.h"

#include <QElapsedTimer>
#include <QHttpHeaders>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QMap>
#include <QUrlQuery>

namespace Sim {

struct SimApi::Exchange
{
    QString method;
    QString path;
    QUrlQuery query;
    QHttpHeaders headers;
    QByteArray body;
    quint16 remotePort = 0;
    bool remoteIsLoopback = true;
    std::unique_ptr<QHttpServerResponder> responder;
    QElapsedTimer clock;
    bool answered = false;
    bool resetInsteadOfAnswer = false;

    QByteArray header(QAnyStringView name) const { return headers.combinedValue(name); }
    QJsonObject jsonBody(bool *ok) const
    {
        if (body.trimmed().isEmpty()) {
            *ok = true;
            return {};
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        *ok = error.error == QJsonParseError::NoError && document.isObject();
        return document.object();
    }
};

namespace Http {

inline Reply badJson()
{
    return Reply::error(400, QStringLiteral("invalid_argument: the request body is not a JSON object"));
}

inline Reply methodNotAllowed(const QString &method, const QString &path)
{
    return Reply::error(405, QStringLiteral("method %1 is not allowed on %2").arg(method, path));
}

inline QMap<QString, QString> queryMap(const QUrlQuery &query)
{
    QMap<QString, QString> map;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        map.insert(key, value);
    return map;
}

} // namespace Http
} // namespace Sim
