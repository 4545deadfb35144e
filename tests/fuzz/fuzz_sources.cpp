// SPDX-License-Identifier: GPL-3.0-or-later
// The source-browsing JSON (organizations, workspaces, projects, saved
// queries, catalogs, schemas, tables, columns, search) → rows. The first byte
// picks the shape, the rest is the body. Every object in a list is one row, in
// order, and keeps its id (a string as written, an integral number as its
// digits, anything else empty); what --json prints (toJson) reads back to the
// same row without problems; labels are never empty when the row has a name
// or id; search pages never go backwards.
#include "fuzzsupport.h"

#include "sources/projecttypes.h"
#include "sources/sourcetypes.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

using namespace peaka;

namespace {

// What idString() must make of the id on the wire: a string as written; an
// integral number as its exact digits (Qt keeps integers exact beyond 2^53,
// where a double would round); anything else nothing.
QString expectedId(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        const qint64 n = v.toInteger(std::numeric_limits<qint64>::min());
        if (n == v.toInteger(std::numeric_limits<qint64>::max())) {
            FUZZ_CHECK(std::fabs(d) >= 9007199254740992.0 || qint64(d) == n, QString::number(n));
            return QString::number(n);
        }
        FUZZ_CHECK(d != std::floor(d) || std::fabs(d) >= 9007199254740992.0, QString::number(d));
    }
    return {};
}

template<typename T>
void checkRoundTrip(const T &row)
{
    QStringList problems;
    const QJsonObject printed = row.toJson();
    const T again = T::fromJson(printed, &problems);
    FUZZ_CHECK(problems.isEmpty(), problems.join(QLatin1String("; ")).left(200));
    FUZZ_CHECK(again.toJson() == printed,
               QString::fromUtf8(QJsonDocument(printed).toJson(QJsonDocument::Compact).left(200)) + QStringLiteral(" vs ")
                   + QString::fromUtf8(QJsonDocument(again.toJson()).toJson(QJsonDocument::Compact).left(200)));
}

template<typename T>
QList<T> checkRows(const QJsonDocument &doc, const char *idKey)
{
    QList<T> rows;
    QStringList problems;
    const QJsonValue body = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    const bool ok = parseRows(body, &rows, &problems);
    FUZZ_CHECK(ok == doc.isArray(), QStringLiteral("parseRows and the document disagree"));
    if (!ok) {
        FUZZ_CHECK(rows.isEmpty(), QStringLiteral("rows from a document without a list"));
        return rows;
    }
    qsizetype next = 0;
    for (const QJsonValue &entry : doc.array()) {
        if (!entry.isObject())
            continue;
        FUZZ_CHECK(next < rows.size(), QStringLiteral("a row was dropped"));
        const T &row = rows.at(next++);
        const QString id = expectedId(entry.toObject().value(QLatin1String(idKey)));
        const QString got = row.toJson().value(QLatin1String(idKey)).toString();
        FUZZ_CHECK(got == id, got.left(40) + QStringLiteral(" instead of ") + id.left(40));
        checkRoundTrip(row);
    }
    FUZZ_CHECK(next == rows.size(), QStringLiteral("rows from nowhere"));
    return rows;
}

template<typename T>
void checkLabels(const QList<T> &rows)
{
    for (const T &row : rows)
        FUZZ_CHECK(!row.label().isEmpty() || (row.id.isEmpty() && row.name.isEmpty()), row.id.left(40));
}

void checkSearch(const QJsonDocument &doc)
{
    QStringList problems;
    const SearchResult r = SearchResult::fromJson(doc.object(), &problems);
    const auto objects = [&doc](const char *key) {
        qsizetype n = 0;
        for (const QJsonValue &e : doc.object().value(QLatin1String(key)).toArray())
            n += e.isObject() ? 1 : 0;
        return n;
    };
    FUZZ_CHECK(r.catalogs.size() == objects("matchedCatalogs"), QStringLiteral("catalogs"));
    FUZZ_CHECK(r.schemas.size() == objects("matchedSchemas"), QStringLiteral("schemas"));
    FUZZ_CHECK(r.tables.size() == objects("matchedTables"), QStringLiteral("tables"));
    FUZZ_CHECK(r.limit >= 0 && r.offset >= 0, QStringLiteral("%1 %2").arg(r.limit).arg(r.offset));
    // A next page that is not after this one would make a pager loop.
    FUZZ_CHECK(!r.nextOffset || *r.nextOffset > r.offset, QString::number(*r.nextOffset));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data + 1, size - 1), &err);
    if (err.error != QJsonParseError::NoError)
        return 0;
    switch (data[0] % 10) {
    case 0: (void)checkRows<Organization>(doc, "id"); break;
    case 1: (void)checkRows<Workspace>(doc, "id"); break;
    case 2: {
        const QList<Project> projects = checkRows<Project>(doc, "id");
        for (const Project &p : projects) {
            FUZZ_CHECK(!p.label().isEmpty() || p.id.isEmpty(), p.id.left(40));
            (void)ProjectEntry{{}, {}, p}.toJson();
        }
        break;
    }
    case 3: {
        const QList<SavedQuery> queries = checkRows<SavedQuery>(doc, "id");
        checkLabels(queries);
        for (const SavedQuery &q : queries)
            FUZZ_CHECK(!q.folders().contains(QString()), q.path.left(60));
        break;
    }
    case 4: checkRoundTrip(SavedQuery::fromJson(doc.object())); break;
    case 5: checkLabels(checkRows<Catalog>(doc, "id")); break;
    case 6: (void)checkRows<SchemaRef>(doc, "catalogId"); break;
    case 7: (void)checkRows<TableRef>(doc, "catalogId"); break;
    case 8: (void)checkRows<Column>(doc, "id"); break;
    default: checkSearch(doc); break;
    }
    return 0;
}
