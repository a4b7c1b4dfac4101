#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

namespace Flightdeck {

// What went wrong with one API request, typed so callers can decide, and
// worded so users understand (never holding the token).
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        Transport, // refused before sending (http to a remote host, bad URL)
        Network,   // no HTTP answer: refused, reset, DNS, TLS
        Timeout,   // no answer in time
        Http,      // an HTTP error status
        BadAnswer, // a 2xx answer that is not the JSON expected
        Cancelled,
    };
    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString error;      // the API's "error" (or "message") text
    QString statusCode; // the API's "status": insufficient_capacity, name_taken, …
    QByteArray requestId;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString detail; // Qt's description for network errors, the redirect's target, why an answer was unreadable
    QString endpoint; // the host (and port) the request went to, named in the message

    // An HTTP error answer: the API's "message" or "error" and its "status"
    // when the body is a JSON object, else the start of the body's text.
    static ApiError fromHttpAnswer(int status, const QByteArray &body);
    // A 2xx answer that is not what was asked for: the request was carried
    // out, but what it did cannot be read (so isAmbiguous()).
    static ApiError unreadable(int status, const QString &endpoint, const QString &why);

    // One sentence for people, with the request id when there is one.
    QString message() const;
    // What to try next.
    QString suggestion() const;
    // The request may or may not have taken effect (reset, timeout, 5xx).
    bool isAmbiguous() const;
    // Worth trying again for an idempotent request.
    bool isTransient() const;
};

} // namespace Flightdeck
