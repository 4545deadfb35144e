// SPDX-License-Identifier: GPL-3.0-or-later
// The 202 of Export Query / Export Table ({"id","status"}) → the row shown at
// once: it keeps the server's id and status and takes the source we sent.
#include "fuzzsupport.h"

#include "exports/exportjob.h"
#include "exports/exportsourceref.h"

#include <QJsonDocument>

using namespace peaka;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return 0;
    const ExportJob accepted = ExportJob::fromJson(doc.object());
    fuzz::checkJobSizes(accepted);
    const QJsonValue id = doc.object().value(QLatin1String("id"));
    FUZZ_CHECK(id.isString() ? accepted.id == id.toString() : accepted.id.isEmpty(), accepted.id.left(40));
    if (accepted.id.isEmpty())
        return 0; // ExportRequest refuses this answer ("carries no export id")

    const QDateTime now = QDateTime::fromSecsSinceEpoch(1764547200, Qt::UTC);
    ExportOptions options;
    for (const ExportSourceRef &source : {ExportSourceRef::query(QStringLiteral("q1")),
                                          ExportSourceRef::table(QStringLiteral("c"), QStringLiteral("s"),
                                                                 QStringLiteral("t"))}) {
        const ExportJob shown = source.createdJob(accepted, options, now);
        FUZZ_CHECK(shown.id == accepted.id, shown.id.left(40));
        FUZZ_CHECK(accepted.status.wire().isEmpty() || shown.status == accepted.status, shown.status.wire().left(40));
        const std::optional<ExportSourceRef> back = ExportSourceRef::fromJob(shown);
        FUZZ_CHECK(back && *back == source, source.displayName());
        fuzz::checkJobSizes(shown);
        fuzz::checkJobRoundTrip(shown);
    }
    return 0;
}
