// SPDX-License-Identifier: GPL-3.0-or-later
// List Exports body → rows. Every object in the list becomes one row, in
// order, with its id; sizes are never negative; each row survives toJson/fromJson.
#include "fuzzsupport.h"

#include "exports/exportjob.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace peaka;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size), &err);
    if (err.error != QJsonParseError::NoError)
        return 0;
    QList<ExportJob> jobs;
    QStringList problems;
    const bool ok = parseExportList(doc, &jobs, &problems);
    if (!ok) {
        FUZZ_CHECK(jobs.isEmpty(), QStringLiteral("rows from a document without a list"));
        return 0;
    }
    // The same rows, found independently: the array or the first wrapper key holding one.
    QJsonArray rows = doc.array();
    if (doc.isObject()) {
        for (const char *key : {"exports", "data", "items"}) {
            if (doc.object().value(QLatin1String(key)).isArray()) {
                rows = doc.object().value(QLatin1String(key)).toArray();
                break;
            }
        }
    }
    qsizetype next = 0;
    for (const QJsonValue &row : rows) {
        if (!row.isObject())
            continue;
        FUZZ_CHECK(next < jobs.size(), QStringLiteral("a row was dropped"));
        const QJsonValue id = row.toObject().value(QLatin1String("id"));
        if (id.isString())
            FUZZ_CHECK(jobs.at(next).id == id.toString(), id.toString().left(40));
        else
            FUZZ_CHECK(jobs.at(next).id.isEmpty(), jobs.at(next).id.left(40));
        ++next;
    }
    FUZZ_CHECK(next == jobs.size(), QStringLiteral("rows from nowhere"));
    for (const ExportJob &job : jobs) {
        fuzz::checkJobSizes(job);
        fuzz::checkJobRoundTrip(job);
        (void)job.displaySource();
        (void)job.status.displayName();
    }
    return 0;
}
