#include "support/openapi.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace TestSupport {

bool OpenApi::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    m_document = QJsonDocument::fromJson(file.readAll()).object();
    if (!m_document.contains(u"paths"_s)) {
        *error = path + u" is not an OpenAPI document"_s;
        return false;
    }
    return true;
}

QJsonObject OpenApi::resolve(const QJsonObject &schema) const
{
    QJsonObject current = schema;
    for (int i = 0; i < 10 && current.contains(u"$ref"_s); ++i) {
        const QStringList parts = current.value(u"$ref"_s).toString().mid(2).split(u'/'); // "#/components/schemas/X"
        QJsonValue node = m_document;
        for (const QString &part : parts)
            node = node.toObject().value(part);
        current = node.toObject();
    }
    return current;
}

QStringList OpenApi::check(const QString &method, const QString &path, int status, const QJsonValue &body) const
{
    const QString relative = path.startsWith("/v1"_L1) ? path.mid(3) : path;
    const QJsonObject paths = m_document.value(u"paths"_s).toObject();
    // The most specific template wins: the one with the fewest parameters.
    QJsonObject operation;
    QString matched;
    qsizetype fewest = 1000;
    for (auto it = paths.constBegin(); it != paths.constEnd(); ++it) {
        QString pattern = QRegularExpression::escape(it.key());
        pattern.replace(QRegularExpression(u"\\\\\\{[^}]+\\\\\\}"_s), u"[^/]+"_s);
        if (!QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(relative).hasMatch())
            continue;
        const qsizetype parameters = it.key().count(u'{');
        if (parameters < fewest) {
            fewest = parameters;
            operation = it.value().toObject().value(method.toLower()).toObject();
            matched = it.key();
        }
    }
    if (operation.isEmpty())
        return {u"%1 %2 is not in the OpenAPI file"_s.arg(method, path)};

    const QJsonObject responses = operation.value(u"responses"_s).toObject();
    QJsonObject schema = responses.value(QString::number(status)).toObject().value(u"content"_s).toObject().value(u"application/json"_s).toObject().value(u"schema"_s).toObject();
    if (schema.isEmpty() && status >= 400)
        schema = QJsonObject{{u"$ref"_s, u"#/components/schemas/ErrorResponse"_s}};
    if (schema.isEmpty()) {
        if (!responses.contains(QString::number(status)))
            return {u"status %1 is not documented for %2 %3"_s.arg(status).arg(method, matched)};
        return {}; // documented without a body schema
    }
    QStringList problems;
    checkValue(body, schema, u"$"_s, problems, 0);
    return problems;
}

void OpenApi::checkValue(const QJsonValue &value, const QJsonObject &rawSchema, const QString &where, QStringList &problems, int depth) const
{
    if (depth > 30 || value.isNull())
        return;
    const QJsonObject schema = resolve(rawSchema);
    const QJsonArray parts = schema.value(u"allOf"_s).toArray();
    for (const QJsonValue &part : parts)
        checkValue(value, part.toObject(), where, problems, depth + 1);
    const QString type = schema.value(u"type"_s).toString();
    if (type == "object"_L1 || (type.isEmpty() && schema.contains(u"properties"_s))) {
        if (!value.isObject()) {
            problems.append(where + u": expected an object"_s);
            return;
        }
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        const QJsonArray required = schema.value(u"required"_s).toArray();
        for (const QJsonValue &name : required) {
            if (!object.contains(name.toString()))
                problems.append(u"%1: missing required %2"_s.arg(where, name.toString()));
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (properties.contains(it.key()))
                checkValue(it.value(), properties.value(it.key()).toObject(), where + u'.' + it.key(), problems, depth + 1);
            else if (schema.value(u"additionalProperties"_s).isObject())
                checkValue(it.value(), schema.value(u"additionalProperties"_s).toObject(), where + u'.' + it.key(), problems, depth + 1);
        }
    } else if (type == "array"_L1) {
        if (!value.isArray()) {
            problems.append(where + u": expected an array"_s);
            return;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            checkValue(array.at(i), schema.value(u"items"_s).toObject(), u"%1[%2]"_s.arg(where).arg(i), problems, depth + 1);
    } else if (type == "string"_L1) {
        // autostop: the API answers booleans for off and stop (the schema says so in words).
        if (value.isBool() && where.endsWith(".autostop"_L1))
            return;
        if (!value.isString()) {
            problems.append(where + u": expected a string"_s);
            return;
        }
        QJsonArray allowed = schema.value(u"enum"_s).toArray();
        // The saved file predates two error codes the current API sends (reference §1).
        if (where.endsWith("$.status"_L1) && !allowed.isEmpty()) {
            allowed.append(u"name_taken"_s);
            allowed.append(u"volume_placement_capacity"_s);
        }
        if (!allowed.isEmpty() && !allowed.contains(value))
            problems.append(u"%1: \"%2\" is not one of the allowed values"_s.arg(where, value.toString()));
    } else if (type == "integer"_L1) {
        if (!value.isDouble() || value.toDouble() != std::floor(value.toDouble()))
            problems.append(where + u": expected an integer"_s);
    } else if (type == "number"_L1) {
        if (!value.isDouble())
            problems.append(where + u": expected a number"_s);
    } else if (type == "boolean"_L1) {
        if (!value.isBool())
            problems.append(where + u": expected a boolean"_s);
    }
}

} // namespace TestSupport
