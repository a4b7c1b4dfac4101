#include "sim/secretstore.h"

#include "sim/ids.h"
#include "sim/wire.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sim {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

Reply SecretStore::list(const QString &appName) const
{
    QJsonArray list;
    const QList<Secret> secrets = m_secrets.value(appName);
    for (const Secret &s : secrets) {
        // Names and digests only: values never leave the platform.
        list.append(QJsonObject{{u"name"_s, s.name},
                                {u"digest"_s, Ids::digest(s.value.toUtf8()).left(16)},
                                {u"created_at"_s, isoTime(s.createdAt)},
                                {u"updated_at"_s, isoTime(s.updatedAt)}});
    }
    return Reply::json(QJsonObject{{u"secrets"_s, list}});
}

Reply SecretStore::set(const QString &appName, const QJsonObject &body)
{
    const QJsonValue values = body.value(u"values"_s);
    if (!values.isObject())
        return Reply::error(400, u"invalid_argument: values must be an object of names to values (null deletes)"_s);
    static const QRegularExpression namePattern(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    const QJsonObject map = values.toObject();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!namePattern.match(it.key()).hasMatch())
            return Reply::error(400, u"invalid_argument: invalid secret name \"%1\""_s.arg(it.key()));
        if (!it.value().isString() && !it.value().isNull())
            return Reply::error(400, u"invalid_argument: the value of %1 must be a string or null"_s.arg(it.key()));
    }
    QList<Secret> &secrets = m_secrets[appName];
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const auto existing = std::find_if(secrets.begin(), secrets.end(), [&](const Secret &s) { return s.name == it.key(); });
        if (it.value().isNull()) {
            if (existing != secrets.end())
                secrets.erase(existing);
        } else if (existing != secrets.end()) {
            existing->value = it.value().toString();
            existing->updatedAt = now;
        } else {
            secrets.append({it.key(), it.value().toString(), now, now});
        }
    }
    const int newVersion = ++m_versions[appName];
    Q_EMIT changed();
    QJsonObject response = list(appName).body.toObject();
    response.insert(u"version"_s, newVersion);
    return Reply::json(response);
}

Reply SecretStore::setOne(const QString &appName, const QString &name, const QJsonObject &body)
{
    if (!body.value(u"value"_s).isString())
        return Reply::error(400, u"invalid_argument: the body must be {\"value\": \"…\"}"_s);
    Reply reply = set(appName, QJsonObject{{u"values"_s, QJsonObject{{name, body.value(u"value"_s)}}}});
    if (reply.status != 200)
        return reply;
    QJsonObject single;
    const QJsonArray secrets = reply.body.toObject().value(u"secrets"_s).toArray();
    for (const QJsonValue &secret : secrets) {
        if (secret.toObject().value(u"name"_s).toString() == name)
            single = secret.toObject();
    }
    single.insert(u"version"_s, reply.body.toObject().value(u"version"_s));
    return Reply::json(single, 201);
}

Reply SecretStore::remove(const QString &appName, const QString &name)
{
    QList<Secret> &secrets = m_secrets[appName];
    const auto existing = std::find_if(secrets.begin(), secrets.end(), [&](const Secret &s) { return s.name == name; });
    if (existing == secrets.end())
        return Reply::error(404, u"not_found: secret %1 not found"_s.arg(name));
    secrets.erase(existing);
    const int newVersion = ++m_versions[appName];
    Q_EMIT changed();
    return Reply::json(QJsonObject{{u"version"_s, newVersion}});
}

void SecretStore::removeApp(const QString &appName)
{
    m_secrets.remove(appName);
    m_versions.remove(appName);
}

void SecretStore::add(const QString &appName, const Secret &secret, int version)
{
    m_secrets[appName].append(secret);
    m_versions[appName] = version;
}

void SecretStore::restore(const QHash<QString, QList<Secret>> &secrets, const QHash<QString, int> &versions)
{
    m_secrets = secrets;
    m_versions = versions;
}

} // namespace Sim
