#include "sim/graphql.h"

#include "sim/platform.h"
#include "sim/regions.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sim {

namespace {

struct Field
{
    QString alias;
    QString name;
    QJsonObject arguments;
    QList<Field> selections; // empty for a leaf
};

// Recursive descent over the subset of GraphQL clients send: an optional
// operation header with variable definitions, fields with aliases, arguments
// and sub-selections, inline fragments (merged) and comments.
class Parser
{
public:
    Parser(const QString &text, const QJsonObject &variables)
        : m_text(text)
        , m_variables(variables)
    {
    }

    std::optional<QList<Field>> document(QString *error)
    {
        skip();
        if (peekName() == "query"_L1 || peekName() == "mutation"_L1) {
            m_isMutation = name() == "mutation"_L1;
            skip();
            if (peekIsNameStart())
                name();
            skip();
            if (peek() == u'(' && !skipBalanced(u'(', u')'))
                return fail(error, u"unbalanced variable definitions"_s);
        }
        skip();
        std::optional<QList<Field>> fields = selectionSet(error);
        if (fields && !m_error.isEmpty())
            return fail(error, m_error);
        return fields;
    }
    bool isMutation() const { return m_isMutation; }

private:
    std::nullopt_t fail(QString *error, const QString &message)
    {
        *error = message;
        return std::nullopt;
    }
    QChar peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : QChar(); }
    bool peekIsNameStart() const { return peek().isLetter() || peek() == u'_'; }
    void skip()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c.isSpace() || c == u',') {
                ++m_pos;
            } else if (c == u'#') {
                while (m_pos < m_text.size() && m_text.at(m_pos) != u'\n')
                    ++m_pos;
            } else {
                break;
            }
        }
    }
    QString peekName() const
    {
        qsizetype end = m_pos;
        while (end < m_text.size() && (m_text.at(end).isLetterOrNumber() || m_text.at(end) == u'_'))
            ++end;
        return m_text.mid(m_pos, end - m_pos);
    }
    QString name()
    {
        const QString n = peekName();
        m_pos += n.size();
        return n;
    }
    bool skipBalanced(QChar open, QChar close)
    {
        int depth = 0;
        for (; m_pos < m_text.size(); ++m_pos) {
            if (m_text.at(m_pos) == open)
                ++depth;
            else if (m_text.at(m_pos) == close && --depth == 0) {
                ++m_pos;
                return true;
            }
        }
        return false;
    }

    std::optional<QList<Field>> selectionSet(QString *error)
    {
        if (peek() != u'{')
            return fail(error, u"expected '{' at %1"_s.arg(m_pos));
        ++m_pos;
        QList<Field> fields;
        for (;;) {
            skip();
            if (peek() == u'}') {
                ++m_pos;
                return fields;
            }
            if (m_text.mid(m_pos, 3) == "..."_L1) { // inline fragment: its fields merge in
                m_pos += 3;
                skip();
                if (peekName() == "on"_L1) {
                    name();
                    skip();
                    name();
                    skip();
                }
                std::optional<QList<Field>> inner = selectionSet(error);
                if (!inner)
                    return std::nullopt;
                fields += *inner;
                continue;
            }
            if (!peekIsNameStart())
                return fail(error, u"unexpected character '%1' at %2"_s.arg(peek()).arg(m_pos));
            Field field;
            field.name = name();
            skip();
            if (peek() == u':') {
                ++m_pos;
                skip();
                field.alias = field.name;
                field.name = name();
                skip();
            } else {
                field.alias = field.name;
            }
            if (peek() == u'(') {
                ++m_pos;
                for (;;) {
                    skip();
                    if (peek() == u')') {
                        ++m_pos;
                        break;
                    }
                    const QString argument = name();
                    skip();
                    if (argument.isEmpty() || peek() != u':')
                        return fail(error, u"malformed argument at %1"_s.arg(m_pos));
                    ++m_pos;
                    skip();
                    field.arguments.insert(argument, value());
                }
                skip();
            }
            if (peek() == u'{') {
                std::optional<QList<Field>> inner = selectionSet(error);
                if (!inner)
                    return std::nullopt;
                field.selections = *inner;
            }
            fields.append(field);
        }
    }

    QJsonValue value()
    {
        skip();
        const QChar c = peek();
        if (c == u'$') {
            ++m_pos;
            const QString variable = name();
            if (!m_variables.contains(variable))
                m_error = u"variable $%1 is not provided"_s.arg(variable);
            return m_variables.value(variable);
        }
        if (c == u'"') {
            QString text;
            for (++m_pos; m_pos < m_text.size() && m_text.at(m_pos) != u'"'; ++m_pos) {
                if (m_text.at(m_pos) == u'\\' && m_pos + 1 < m_text.size())
                    ++m_pos;
                text.append(m_text.at(m_pos));
            }
            ++m_pos;
            return text;
        }
        if (c == u'[') {
            QJsonArray array;
            ++m_pos;
            for (skip(); peek() != u']' && m_pos < m_text.size(); skip())
                array.append(value());
            ++m_pos;
            return array;
        }
        if (c == u'{') {
            QJsonObject object;
            ++m_pos;
            for (skip(); peek() != u'}' && m_pos < m_text.size(); skip()) {
                const QString key = name();
                skip();
                ++m_pos; // ':'
                object.insert(key, value());
            }
            ++m_pos;
            return object;
        }
        if (c.isDigit() || c == u'-') {
            qsizetype end = m_pos + 1;
            while (end < m_text.size() && (m_text.at(end).isDigit() || m_text.at(end) == u'.' || m_text.at(end) == u'e'))
                ++end;
            const double number = m_text.mid(m_pos, end - m_pos).toDouble();
            m_pos = end;
            return number;
        }
        const QString word = name();
        if (word == "true"_L1)
            return true;
        if (word == "false"_L1)
            return false;
        if (word == "null"_L1)
            return QJsonValue::Null;
        return word; // an enum value
    }

    const QString m_text;
    const QJsonObject m_variables;
    qsizetype m_pos = 0;
    bool m_isMutation = false;
    QString m_error;
};

// Keeps only the selected fields of `value`, under their aliases.
QJsonValue project(const QJsonValue &value, const QList<Field> &selections, const QString &typeName)
{
    if (selections.isEmpty() || value.isNull() || value.isUndefined())
        return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray items = value.toArray();
        for (const QJsonValue &item : items)
            out.append(project(item, selections, typeName));
        return out;
    }
    const QJsonObject object = value.toObject();
    QJsonObject out;
    for (const Field &field : selections) {
        if (field.name == "__typename"_L1)
            out.insert(field.alias, object.value(u"__typename"_s).toString(typeName));
        else
            out.insert(field.alias, project(object.value(field.name), field.selections, field.name));
    }
    return out;
}

QJsonObject orgJson(const Organization &org)
{
    return QJsonObject{{u"__typename"_s, u"Organization"_s}, {u"id"_s, org.id},
                       {u"slug"_s, org.slug},                {u"rawSlug"_s, org.slug},
                       {u"name"_s, org.name},                {u"type"_s, org.type},
                       {u"paidPlan"_s, org.type == "SHARED"_L1}, {u"billable"_s, org.type == "SHARED"_L1},
                       {u"viewerRole"_s, u"admin"_s},        {u"internalNumericId"_s, QString::number(org.internalNumericId)}};
}

QJsonObject regionJson(const Region &r)
{
    return QJsonObject{{u"__typename"_s, u"Region"_s},      {u"name"_s, r.name},
                       {u"code"_s, r.code},                  {u"latitude"_s, r.latitude},
                       {u"longitude"_s, r.longitude},        {u"gatewayAvailable"_s, r.gatewayAvailable},
                       {u"requiresPaidPlan"_s, r.requiresPaidPlan}, {u"deprecated"_s, false}};
}

// An app as the GraphQL API describes it, with its organization.
QJsonObject appJson(const App &app, const AppStore &apps)
{
    const QString host = app.name + u".fly.dev"_s;
    QJsonObject json{{u"__typename"_s, u"App"_s},
                     {u"id"_s, app.id},
                     {u"internalNumericId"_s, QString::number(app.internalNumericId)},
                     {u"name"_s, app.name},
                     {u"hostname"_s, host},
                     {u"cnameTarget"_s, host},
                     {u"appUrl"_s, QString(u"https://"_s + host)},
                     {u"deployed"_s, app.status == "deployed"_L1},
                     {u"network"_s, app.network},
                     {u"status"_s, app.status},
                     {u"platformVersion"_s, u"machines"_s}};
    if (const auto org = apps.organization(app.orgSlug))
        json.insert(u"organization"_s, orgJson(*org));
    return json;
}

} // namespace

Reply GraphQl::execute(const QJsonObject &request) const
{
    const QString query = request.value(u"query"_s).toString();
    const QJsonObject variables = request.value(u"variables"_s).toObject();
    QString parseError;
    Parser parser(query, variables);
    const std::optional<QList<Field>> fields = parser.document(&parseError);
    if (!fields || query.isEmpty()) {
        const QString message = query.isEmpty() ? u"no query given"_s : u"syntax error: "_s + parseError;
        return Reply::json(QJsonObject{{u"errors"_s, QJsonArray{QJsonObject{{u"message"_s, message}}}}}, 400);
    }

    QJsonObject data;
    QJsonArray errors;
    for (const Field &field : *fields) {
        QJsonValue result = QJsonValue::Null;
        if (field.name == "organizations"_L1) {
            QJsonArray nodes;
            for (const Organization &org : m_platform.apps().organizations())
                nodes.append(orgJson(org));
            result = QJsonObject{{u"nodes"_s, nodes}, {u"totalCount"_s, nodes.size()}};
        } else if (field.name == "organization"_L1) {
            if (const auto org = m_platform.apps().organization(field.arguments.value(u"slug"_s).toString()))
                result = orgJson(*org);
        } else if (field.name == "app"_L1) {
            const QString name = field.arguments.value(u"name"_s).toString();
            if (const App *app = m_platform.apps().app(name)) {
                result = appJson(*app, m_platform.apps());
            } else {
                errors.append(QJsonObject{{u"message"_s, u"Could not find App \"%1\""_s.arg(name)},
                                          {u"path"_s, QJsonArray{field.alias}},
                                          {u"extensions"_s, QJsonObject{{u"code"_s, u"NOT_FOUND"_s}}}});
            }
        } else if (field.name == "appNameAvailable"_L1) {
            const QString name = field.arguments.value(u"name"_s).toString();
            result = AppStore::isValidAppName(name) && !m_platform.apps().app(name);
        } else if (field.name == "nearestRegion"_L1) {
            if (const auto nearest = region(m_platform.nearestRegion()))
                result = regionJson(*nearest);
        } else if (field.name == "platform"_L1) {
            QJsonArray list;
            for (const Region &r : regions())
                list.append(regionJson(r));
            result = QJsonObject{{u"requestRegion"_s, m_platform.nearestRegion()}, {u"regions"_s, list}};
        } else if (field.name == "viewer"_L1) {
            result = QJsonObject{{u"__typename"_s, u"User"_s}, {u"id"_s, u"U_demo"_s}, {u"email"_s, u"user@flightdeck.sim"_s}};
        } else if (field.name == "__typename"_L1) {
            result = parser.isMutation() ? u"Mutation"_s : u"Query"_s;
        } else {
            errors.append(QJsonObject{{u"message"_s, u"Field '%1' doesn't exist on type 'Query'"_s.arg(field.name)}, {u"path"_s, QJsonArray{field.alias}}});
        }
        data.insert(field.alias, project(result, field.selections, field.name));
    }
    QJsonObject response{{u"data"_s, data}};
    if (!errors.isEmpty())
        response.insert(u"errors"_s, errors);
    return Reply::json(response);
}

} // namespace Sim
