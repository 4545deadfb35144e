// SPDX-License-Identifier: GPL-3.0-or-later
// Pages of List Exports, as ExportPager walks them. The input is up to 8 page
// bodies separated by "\n\x1e" (a byte JSON never holds). Each page: every
// object on the wire is one row in order and keeps its id; the cursor is the
// exact createdAt text of the last entry that has a non-blank one. Across
// pages: a repeated id is shown once (its first time), rows without an id are
// all kept, nothing else is dropped.
#include "fuzzsupport.h"

#include "api/exportpage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace peaka;

namespace {

// The page's entries found independently of exportListRows().
QJsonArray wireEntries(const QJsonDocument &doc)
{
    if (doc.isArray())
        return doc.array();
    for (const char *key : {"exports", "data", "items"}) {
        const QJsonValue v = doc.object().value(QLatin1String(key));
        if (v.isArray())
            return v.toArray();
    }
    return {};
}

void checkPage(const QByteArray &body, const ExportPage &page)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!page.ok()) {
        FUZZ_CHECK(page.rows.isEmpty() && page.cursor.isEmpty() && page.rowsOnWire == 0, page.error);
        return;
    }
    const QJsonArray entries = wireEntries(doc);
    FUZZ_CHECK(page.rowsOnWire == entries.size(), QString::number(page.rowsOnWire));
    qsizetype next = 0;
    QString cursor;
    for (const QJsonValue &entry : entries) {
        const QJsonValue created = entry.toObject().value(QLatin1String("createdAt"));
        if (created.isString() && !created.toString().trimmed().isEmpty())
            cursor = created.toString();
        if (!entry.isObject())
            continue;
        FUZZ_CHECK(next < page.rows.size(), QStringLiteral("a row was dropped"));
        const QJsonValue id = entry.toObject().value(QLatin1String("id"));
        const QString got = page.rows.at(next).id;
        FUZZ_CHECK(id.isString() ? got == id.toString() : got.isEmpty(), got.left(40));
        fuzz::checkJobSizes(page.rows.at(next));
        ++next;
    }
    FUZZ_CHECK(next == page.rows.size(), QStringLiteral("rows from nowhere"));
    FUZZ_CHECK(page.cursor == cursor, page.cursor.left(60) + QStringLiteral(" instead of ") + cursor.left(60));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> bodies = fuzz::bytes(data, size).split('\x1e');
    QSet<QString> seen;
    QList<ExportJob> shown;
    QStringList idsInOrder; // first time each id was on a page
    qsizetype withoutId = 0;
    for (qsizetype p = 0; p < bodies.size() && p < 8; ++p) {
        const ExportPage page = ExportPage::parse(bodies.at(p));
        checkPage(bodies.at(p), page);
        for (const ExportJob &job : page.rows) {
            if (job.id.isEmpty())
                ++withoutId;
            else if (!idsInOrder.contains(job.id))
                idsInOrder << job.id;
        }
        shown += ExportPage::unseenRows(page.rows, &seen);
    }
    FUZZ_CHECK(shown.size() == withoutId + idsInOrder.size(), QString::number(shown.size()));
    qsizetype next = 0;
    for (const ExportJob &job : shown) {
        if (job.id.isEmpty())
            continue;
        FUZZ_CHECK(next < idsInOrder.size() && job.id == idsInOrder.at(next), job.id.left(40));
        ++next;
    }
    FUZZ_CHECK(seen.size() == idsInOrder.size(), QString::number(seen.size()));
    return 0;
}
