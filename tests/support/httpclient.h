#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <utility>

namespace TestSupport {

struct HttpResponse
{
    int status = 0; // 0: no HTTP answer (see error)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonValue json; // the body parsed, or undefined
    QList<std::pair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const;
};

// One request, waited for with an event loop (tests only).
HttpResponse httpRequest(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                         const QList<std::pair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 70000);

} // namespace TestSupport
