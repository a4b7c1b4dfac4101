#include "support/tokenauthority.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QTcpServer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace TestSupport {

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool runOpenssl(const QStringList &arguments, const QByteArray &input, QByteArray *output, QString *error)
{
    QProcess openssl;
    openssl.start(u"openssl"_s, arguments);
    if (!openssl.waitForStarted(10000)) {
        *error = u"cannot start openssl: "_s + openssl.errorString();
        return false;
    }
    openssl.write(input);
    openssl.closeWriteChannel();
    openssl.waitForFinished(60000);
    if (output)
        *output = openssl.readAllStandardOutput();
    if (openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        *error = u"openssl %1 failed: %2"_s.arg(arguments.value(0), QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    return true;
}

} // namespace

bool TokenAuthority::start()
{
    if (!m_dir.isValid()) {
        m_error = m_dir.errorString();
        return false;
    }
    if (!runOpenssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=%1"_s.arg(issuer()), u"-keyout"_s,
                     m_dir.filePath(u"authority.key"_s), u"-out"_s, certificatePath()},
                    {}, nullptr, &m_error))
        return false;

    m_server.route(u"/token"_s, QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &request) {
        const QUrlQuery query(request.url());
        m_requests.append(query);
        m_credentials.append(request.value("Authorization"));
        // scope = repository:<name>:<actions>; the name may hold slashes, not colons.
        const QStringList scope = query.queryItemValue(u"scope"_s).split(u':');
        const QString repository = scope.value(1);
        const QStringList asked = scope.value(2).split(u',', Qt::SkipEmptyParts);
        const QStringList granted = m_private.contains(repository) || query.queryItemValue(u"service"_s) != service()
            ? QStringList()
            : QStringList(asked.contains(u"pull"_s) ? QStringList{u"pull"_s} : QStringList());
        const QByteArray token = issue(repository, granted);
        if (token.isEmpty())
            return QHttpServerResponse(QHttpServerResponse::StatusCode::InternalServerError);
        return QHttpServerResponse(QJsonObject{{u"token"_s, QString::fromLatin1(token)}, {u"expires_in"_s, 300}});
    });
    m_tcp = new QTcpServer(&m_server);
    if (!m_tcp->listen(QHostAddress::LocalHost) || !m_server.bind(m_tcp)) {
        m_error = u"the token service cannot listen: "_s + m_tcp->errorString();
        return false;
    }
    return true;
}

QString TokenAuthority::realm() const
{
    return u"http://127.0.0.1:%1/token"_s.arg(m_tcp ? m_tcp->serverPort() : 0);
}

QByteArray TokenAuthority::issue(const QString &repository, const QStringList &actions) const
{
    QFile pem(certificatePath());
    if (!pem.open(QIODevice::ReadOnly))
        return {};
    const QSslCertificate certificate(pem.readAll(), QSsl::Pem);
    // distribution 2.8 finds the signing key through the x5c chain, checked against its rootcertbundle.
    const QJsonObject header{{u"typ"_s, u"JWT"_s}, {u"alg"_s, u"RS256"_s}, {u"x5c"_s, QJsonArray{QString::fromLatin1(certificate.toDer().toBase64())}}};
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{{u"iss"_s, issuer()}, {u"sub"_s, u""_s}, {u"aud"_s, service()}, {u"iat"_s, now}, {u"nbf"_s, now - 30}, {u"exp"_s, now + 300},
                       {u"jti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    QJsonArray access;
    if (!actions.isEmpty())
        access.append(QJsonObject{{u"type"_s, u"repository"_s}, {u"name"_s, repository}, {u"actions"_s, QJsonArray::fromStringList(actions)}});
    claims.insert(u"access"_s, access);
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signature = sign(signingInput);
    return signature.isEmpty() ? QByteArray() : signingInput + '.' + base64Url(signature);
}

QByteArray TokenAuthority::sign(const QByteArray &data) const
{
    QByteArray signature;
    QString error;
    if (!runOpenssl({u"dgst"_s, u"-sha256"_s, u"-sign"_s, m_dir.filePath(u"authority.key"_s)}, data, &signature, &error))
        qWarning("%s", qPrintable(error));
    return signature;
}

} // namespace TestSupport
