#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace TestSupport {

// Checks JSON answers against the schemas of the published Machines API
// OpenAPI file, read where it lies (../shared/reference), never copied.
class OpenApi
{
public:
    bool load(const QString &path, QString *error);

    // Problems of `body` as the answer to METHOD PATH (with /v1) with `status`;
    // empty when it conforms. Statuses the file does not document are checked
    // against ErrorResponse when they are errors.
    QStringList check(const QString &method, const QString &path, int status, const QJsonValue &body) const;

private:
    void checkValue(const QJsonValue &value, const QJsonObject &schema, const QString &where, QStringList &problems, int depth) const;
    QJsonObject resolve(const QJsonObject &schema) const;

    QJsonObject m_document;
};

} // namespace TestSupport
