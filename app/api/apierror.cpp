#include "app/api/apierror.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Flightdeck {

QString ApiError::message() const
{
    QString text;
    switch (kind) {
    case Kind::Transport:
        text = detail;
        break;
    case Kind::Network:
        if (networkError == QNetworkReply::SslHandshakeFailedError)
            text = tr("The server's TLS certificate was not accepted: %1").arg(detail);
        else if (networkError == QNetworkReply::ConnectionRefusedError)
            text = tr("The API refused the connection: %1").arg(detail);
        else if (networkError == QNetworkReply::HostNotFoundError)
            text = tr("The API's host name could not be found: %1").arg(detail);
        else
            text = tr("The connection to the API failed: %1").arg(detail);
        break;
    case Kind::Timeout:
        text = tr("The API did not answer in time.");
        break;
    case Kind::Http:
        if (httpStatus == 401)
            text = tr("The API token was not accepted (%1).").arg(error.isEmpty() ? u"401"_s : error);
        else if (!error.isEmpty())
            text = tr("%1 (HTTP %2)").arg(error).arg(httpStatus);
        else
            text = tr("The API answered HTTP %1.").arg(httpStatus);
        break;
    case Kind::BadAnswer:
        text = tr("The API's answer could not be read: %1").arg(detail);
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
