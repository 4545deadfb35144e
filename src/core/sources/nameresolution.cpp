// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/nameresolution.h"

namespace peaka {
namespace {

bool sameName(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

template<typename T, typename IdOf, typename Names>
NameMatch<T> resolve(const QList<T> &items, const QString &typed, IdOf idOf, Names matchesName)
{
    NameMatch<T> m;
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return m;
    for (const T &item : items) {
        if (idOf(item) == text) {
            m.outcome = NameMatch<T>::Unique;
            m.value = item;
            return m;
        }
    }
    for (const T &item : items)
        if (matchesName(item, text))
            m.candidates.append(item);
    if (m.candidates.size() == 1) {
        m.outcome = NameMatch<T>::Unique;
        m.value = m.candidates.takeFirst();
    } else if (m.candidates.size() > 1) {
        m.outcome = NameMatch<T>::Ambiguous;
    }
    return m;
}

} // namespace

NameMatch<SavedQuery> resolveQuery(const QList<SavedQuery> &queries, const QString &text)
{
    return resolve(
        queries, text, [](const SavedQuery &q) { return q.id; },
        [](const SavedQuery &q, const QString &t) {
            QString sql = t;
            // Also accept the fully qualified form "peaka"."query"."name".
            const QString prefix = QStringLiteral("\"peaka\".\"query\".");
            if (sql.startsWith(prefix, Qt::CaseInsensitive))
                sql = sql.mid(prefix.size());
            if (sql.size() > 1 && sql.startsWith(QLatin1Char('"')) && sql.endsWith(QLatin1Char('"')))
                sql = sql.mid(1, sql.size() - 2);
            return sameName(q.name, sql) || sameName(q.displayName, t);
        });
}

NameMatch<Catalog> resolveCatalog(const QList<Catalog> &catalogs, const QString &text)
{
    return resolve(
        catalogs, text, [](const Catalog &c) { return c.id; },
        [](const Catalog &c, const QString &t) { return sameName(c.name, t) || sameName(c.displayName, t); });
}

} // namespace peaka
