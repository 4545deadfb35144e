// SPDX-License-Identifier: GPL-3.0-or-later
// downloads.json read back from disk, corrupt or edited: every record kept is
// usable (ids, an absolute folder, a safe target name, a size of at least 0),
// and saving then loading gives the same records.
#include "fuzzsupport.h"

#include "downloads/downloadstore.h"
#include "downloads/filenames.h"

#include <QDir>

using namespace peaka;

namespace {

bool sameRecord(const DownloadRecord &a, const DownloadRecord &b)
{
    return a.source.projectId == b.source.projectId && a.source.exportId == b.source.exportId
        && a.source.fileName == b.source.fileName && a.source.profileId == b.source.profileId
        && a.folder == b.folder && a.targetName == b.targetName && a.expectedBytes == b.expectedBytes
        && a.options.decompress == b.options.decompress && a.options.keepCompressed == b.options.keepCompressed;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fuzz::writeScratch(QStringLiteral("downloads.json"), fuzz::bytes(data, size));
    QString error;
    const QList<DownloadRecord> records = DownloadStore(path).load(&error);
    for (const DownloadRecord &r : records) {
        const QString why = r.source.exportId.left(40) + QLatin1Char(' ') + r.targetName.left(40);
        FUZZ_CHECK(r.source.isValid(), why);
        FUZZ_CHECK(QDir::isAbsolutePath(r.folder), r.folder.left(80));
        FUZZ_CHECK(!r.expectedBytes || *r.expectedBytes >= 0, why);
        if (!r.targetName.isEmpty()) {
            FUZZ_CHECK(FileNames::sanitize(r.targetName) == r.targetName, why);
            FUZZ_CHECK(QDir::cleanPath(r.partPath()).startsWith(QDir::cleanPath(r.folder)), r.partPath().left(120));
        }
    }
    const QString copy = fuzz::scratchDir() + QStringLiteral("/downloads-again.json");
    FUZZ_CHECK(DownloadStore(copy).save(records, &error), error);
    const QList<DownloadRecord> again = DownloadStore(copy).load(&error);
    FUZZ_CHECK(again.size() == records.size(), QString::number(again.size()));
    for (qsizetype i = 0; i < records.size(); ++i)
        FUZZ_CHECK(sameRecord(records.at(i), again.at(i)), records.at(i).source.exportId.left(40));
    return 0;
}
