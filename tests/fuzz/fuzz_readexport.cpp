// SPDX-License-Identifier: GPL-3.0-or-later
// Read Export body → one row: the id is kept, sizes are never negative, the
// row survives toJson/fromJson, and the file list keeps every file object.
#include "fuzzsupport.h"

#include "exports/exportjob.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace peaka;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return 0;
    const QJsonObject obj = doc.object();
    QStringList problems;
    const ExportJob job = ExportJob::fromJson(obj, &problems);

    const QJsonValue id = obj.value(QLatin1String("id"));
    FUZZ_CHECK(id.isString() ? job.id == id.toString() : job.id.isEmpty(), job.id.left(40));
    const QJsonValue status = obj.value(QLatin1String("status"));
    if (status.isString())
        FUZZ_CHECK(job.status.wire() == status.toString().trimmed().toUpper()
                       || job.status.wire() == status.toString(),
                   status.toString().left(40));
    qsizetype fileObjects = 0;
    for (const QJsonValue &f : obj.value(QLatin1String("files")).toArray())
        fileObjects += f.isObject() ? 1 : 0;
    FUZZ_CHECK(job.files.size() == fileObjects, QStringLiteral("files dropped"));

    fuzz::checkJobSizes(job);
    fuzz::checkJobRoundTrip(job);
    for (const ExportFile &f : job.files) {
        FUZZ_CHECK(job.fileNamed(f.name) != nullptr, f.name.left(40));
        FUZZ_CHECK(!f.url.isValid() || !f.url.toString().isEmpty(), f.name.left(40));
    }
    (void)job.linksExpired(QDateTime::currentDateTimeUtc(), 30);
    (void)job.displaySource();
    return 0;
}
