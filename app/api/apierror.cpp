#include "app/api/apierror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Flightdeck {

ApiError ApiError::fromHttpAnswer(int status, const QByteArray &body)
{
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = status;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject object = document.object();
    error.error = object.value(u"message"_s).toString(object.value(u"error"_s).toString());
    if (error.error.isEmpty() && !body.isEmpty() && !document.isObject())
        error.error = QString::fromUtf8(body.left(300));
    error.statusCode = object.value(u"status"_s).toString();
    return error;
}

ApiError ApiError::unreadable(int status, const QString &endpoint, const QString &why)
{
    ApiError error;
    error.kind = Kind::BadAnswer;
    error.httpStatus = status;
    error.endpoint = endpoint;
    error.detail = why;
    return error;
}

QString ApiError::message() const
{
    const QString where = endpoint.isEmpty() ? tr("the API") : endpoint;
    QString text;
    switch (kind) {
    case Kind::Transport:
        text = detail;
        break;
    case Kind::Network:
        if (networkError == QNetworkReply::SslHandshakeFailedError)
            text = tr("The TLS certificate of %1 was not accepted: %2").arg(where, detail);
        else if (networkError == QNetworkReply::ConnectionRefusedError)
            text = tr("The connection to %1 was refused: %2").arg(where, detail);
        else if (networkError == QNetworkReply::HostNotFoundError)
            text = tr("The address of %1 could not be found: %2").arg(where, detail);
        else
            text = tr("The connection to %1 failed: %2").arg(where, detail);
        break;
    case Kind::Timeout:
        text = tr("No answer came from %1 in time.").arg(where);
        break;
    case Kind::Http:
        if (httpStatus == 401)
            text = tr("The API token was not accepted (%1).").arg(error.isEmpty() ? u"401"_s : error);
        else if (httpStatus >= 300 && httpStatus < 400)
            text = tr("%1 answered with a redirect to %2, which is not followed: the token goes only to the addresses in Settings.")
                       .arg(where, detail.isEmpty() ? tr("nowhere") : detail);
        else if (!error.isEmpty())
            text = tr("%1 (HTTP %2 from %3)").arg(error).arg(httpStatus).arg(where);
        else
            text = tr("The answer from %1 was HTTP %2.").arg(where).arg(httpStatus);
        break;
    case Kind::BadAnswer:
        text = tr("The answer from %1 could not be read: %2").arg(where, detail);
        break;
    case Kind::Cancelled:
        text = tr("Cancelled.");
        break;
    }
    if (!requestId.isEmpty())
        text += tr(" (Request ID: %1)").arg(QString::fromLatin1(requestId));
    return text;
}

QString ApiError::suggestion() const
{
    if (statusCode == "insufficient_capacity"_L1)
        return tr("Try choosing a different region for the Machine.");
    if (statusCode == "name_taken"_L1 || error.contains(u"Name has already been taken"_s))
        return tr("App names are unique across all of Fly.io, not just your organization: try a different name.");
    if (kind == Kind::Http && httpStatus == 401)
        return tr("Replace the token in Settings (create one with `fly tokens create deploy`).");
    if (kind == Kind::Http && httpStatus == 429)
        return tr("The API is rate limiting requests; wait a moment and try again.");
    if (kind == Kind::Network && networkError == QNetworkReply::SslHandshakeFailedError)
        return tr("Check the API address in Settings; certificate errors are never ignored.");
    if (kind == Kind::Network || kind == Kind::Timeout)
        return tr("Check your network connection and the API address in Settings.");
    return {};
}

bool ApiError::isAmbiguous() const
{
    if (kind == Kind::Network && networkError == QNetworkReply::ContentReSendError)
        return true; // the connection dropped after sending: it may have been carried out
    if (kind == Kind::Timeout)
        return true;
    if (kind == Kind::BadAnswer && httpStatus >= 200 && httpStatus < 300)
        return true; // carried out, but the answer does not say what it did
    if (kind == Kind::Network)
        return networkError != QNetworkReply::ConnectionRefusedError && networkError != QNetworkReply::HostNotFoundError
            && networkError != QNetworkReply::SslHandshakeFailedError;
    return kind == Kind::Http && (httpStatus == 408 || httpStatus >= 500);
}

bool ApiError::isTransient() const
{
    if (kind == Kind::Timeout)
        return true;
    if (kind == Kind::Network)
        return networkError == QNetworkReply::RemoteHostClosedError || networkError == QNetworkReply::TemporaryNetworkFailureError
            || networkError == QNetworkReply::NetworkSessionFailedError || networkError == QNetworkReply::UnknownNetworkError
            || networkError == QNetworkReply::ConnectionRefusedError;
    // flyctl's IsTransientFlapsError: 408 (flaps timed out talking to its backend), 429 and every 5xx.
    return kind == Kind::Http && (httpStatus == 408 || httpStatus == 429 || (httpStatus >= 500 && httpStatus < 600));
}

} // namespace Flightdeck
