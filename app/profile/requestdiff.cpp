#include "app/profile/requestdiff.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Flightdeck {

namespace {

QStringList lines(const QJsonObject &request)
{
    return QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Indented)).split(u'\n', Qt::SkipEmptyParts);
}

void comparePaths(const QJsonValue &older, const QJsonValue &newer, const QString &path, QStringList &out)
{
    if (older == newer)
        return;
    if (older.isObject() && newer.isObject()) {
        const QJsonObject a = older.toObject();
        const QJsonObject b = newer.toObject();
        QStringList keys = a.keys() + b.keys();
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (const QString &key : std::as_const(keys))
            comparePaths(a.value(key), b.value(key), path.isEmpty() ? key : path + u'.' + key, out);
        return;
    }
    if (older.isArray() && newer.isArray()) {
        const QJsonArray a = older.toArray();
        const QJsonArray b = newer.toArray();
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i)
            comparePaths(a.at(i), b.at(i), u"%1[%2]"_s.arg(path).arg(i), out);
        return;
    }
    out.append(path);
}

} // namespace

QList<DiffRow> diffRequests(const QJsonObject &older, const QJsonObject &newer)
{
    const QStringList a = lines(older);
    const QStringList b = lines(newer);
    // A line that only gained or lost its comma (a key added after it) is the same line.
    const auto same = [](const QString &x, const QString &y) {
        const QStringView left = x.endsWith(u',') ? QStringView(x).chopped(1) : QStringView(x);
        const QStringView right = y.endsWith(u',') ? QStringView(y).chopped(1) : QStringView(y);
        return left == right;
    };
    // The longest common subsequence of lines (requests are a few hundred lines at most).
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<int>> common(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            common[i][j] = same(a.at(i), b.at(j)) ? common[i + 1][j + 1] + 1 : std::max(common[i + 1][j], common[i][j + 1]);
    }
    QList<DiffRow> rows;
    QStringList removed;
    QStringList added;
    // A run of removed and added lines between two common ones pairs up as changed lines.
    const auto flush = [&rows, &removed, &added] {
        const qsizetype pairs = std::min(removed.size(), added.size());
        for (qsizetype k = 0; k < pairs; ++k)
            rows.append({DiffRow::Kind::Changed, removed.at(k), added.at(k)});
        for (qsizetype k = pairs; k < removed.size(); ++k)
            rows.append({DiffRow::Kind::Removed, removed.at(k), {}});
        for (qsizetype k = pairs; k < added.size(); ++k)
            rows.append({DiffRow::Kind::Added, {}, added.at(k)});
        removed.clear();
        added.clear();
    };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && same(a.at(i), b.at(j))) {
            flush();
            rows.append({DiffRow::Kind::Same, a.at(i), b.at(j)});
            ++i;
            ++j;
        } else if (j >= m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
            removed.append(a.at(i++));
        } else {
            added.append(b.at(j++));
        }
    }
    flush();
    return rows;
}

QStringList changedPaths(const QJsonObject &older, const QJsonObject &newer)
{
    QStringList paths;
    comparePaths(older, newer, {}, paths);
    return paths;
}

} // namespace Flightdeck
