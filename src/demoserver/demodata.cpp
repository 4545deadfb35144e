// SPDX-License-Identifier: GPL-3.0-or-later
// The demo data set: a project that looks lived-in, and bulk rows for scale tests.
#include "democontent.h"
#include "demoserver_p.h"

#include <QUuid>

#include <iterator>

namespace peaka::demo {

namespace {

enum Owner { Ayse, AyseProject, Jonas, Priya };

struct SeedRow
{
    int minutesAgo;
    const char *status;
    int source;        // index into demoSources()
    bool jsonl, gzip;
    Owner owner;
    const char *client;
    int rows;          // data rows per file
    int parts;         // number of files
    const char *error; // FAILED only
    int finishInSec;   // PENDING/RUNNING: seconds until SUCCEEDED; 0 = stays as is
};

// 0 charges_view, 1 monthly_revenue, 2 active_users, 3 stripe invoices,
// 4 hubspot deals, 5 postgres orders, 6 shopify customers
const SeedRow kSeed[] = {
    {1, "PENDING", 2, true, false, Ayse, "peaka-exports", 300, 1, nullptr, 12},
    {3, "RUNNING", 3, false, true, Ayse, "peaka-studio", 2500, 2, nullptr, 8},
    {6, "RUNNING", 4, false, false, Jonas, "peaka-studio", 800, 1, nullptr, 45},
    {14, "SUCCEEDED", 0, true, false, Ayse, "peaka-api", 15000, 1, nullptr, 0},
    {38, "SUCCEEDED", 3, false, true, Ayse, "peaka-studio", 6000, 2, nullptr, 0},
    {52, "SUCCEEDED", 4, false, false, AyseProject, "peaka-api", 40, 1, nullptr, 0},
    {75, "FAILED", 0, false, false, Ayse, "peaka-studio", 0, 0, "Query exceeded the 1,000,000 row export limit", 0},
    {96, "SUCCEEDED", 5, false, false, Ayse, "peaka-exports", 2200, 3, nullptr, 0},
    {130, "SUCCEEDED", 6, false, false, Jonas, "peaka-studio", 900, 1, nullptr, 0},
    {185, "CANCELLED", 1, false, false, Ayse, "peaka-studio", 0, 0, nullptr, 0},
    {240, "SUCCEEDED", 1, true, false, Priya, "peaka-api", 36, 1, nullptr, 0},
    {320, "ARCHIVING", 4, false, false, Ayse, "peaka-studio", 0, 0, nullptr, 0},
    {410, "SUCCEEDED", 2, false, false, Ayse, "peaka-studio", 1200, 1, nullptr, 0},
    {505, "FAILED", 5, false, false, Jonas, "peaka-api", 0, 0,
     "Connection to catalog 'postgres' failed: FATAL: remaining connection slots are reserved for non-replication superuser connections", 0},
    {620, "SUCCEEDED", 0, false, true, Ayse, "peaka-exports", 9000, 1, nullptr, 0},
    {780, "SUCCEEDED", 3, true, false, AyseProject, "peaka-api", 150, 1, nullptr, 0},
    {1010, "SUCCEEDED", 4, false, false, Jonas, "peaka-studio", 3000, 1, nullptr, 0},
    {1290, "EXPIRED", 0, false, false, Ayse, "peaka-studio", 0, 0, nullptr, 0},
    {1440, "SUCCEEDED", 6, true, true, Ayse, "peaka-api", 4000, 4, nullptr, 0},
    {1725, "FAILED", 3, false, false, Priya, "peaka-studio", 0, 0,
     "Stripe API rate limit exceeded while reading public.invoices (HTTP 429); retry the export later", 0},
    {2050, "SUCCEEDED", 5, true, false, Ayse, "peaka-studio", 700, 1, nullptr, 0},
    {2400, "CANCELLED", 3, false, true, Jonas, "peaka-studio", 0, 0, nullptr, 0},
    {2890, "SUCCEEDED", 1, false, false, Ayse, "peaka-exports", 24, 1, nullptr, 0},
    {3310, "EXPIRED", 4, true, false, Ayse, "peaka-api", 0, 0, nullptr, 0},
    {3900, "SUCCEEDED", 2, true, true, Priya, "peaka-api", 500, 1, nullptr, 0},
    {4500, "FAILED", 6, false, false, Ayse, "peaka-exports", 0, 0,
     "Column 'email_verified' does not exist in shopify.public.\"customers\"", 0},
    {5200, "EXPIRED", 5, false, true, Jonas, "peaka-studio", 0, 0, nullptr, 0},
    {6100, "SUCCEEDED", 0, false, false, Ayse, "peaka-studio", 400, 2, nullptr, 0},
    {7000, "EXPIRED", 1, false, false, Ayse, "peaka-studio", 0, 0, nullptr, 0},
    {7900, "SUCCEEDED", 3, false, false, AyseProject, "peaka-api", 80, 1, nullptr, 0},
    {8400, "EXPIRED", 2, true, false, Priya, "peaka-api", 0, 0, nullptr, 0},
    {8600, "SUCCEEDED", 4, true, false, Ayse, "peaka-exports", 60, 1, nullptr, 0},
};

QString fileName(const DemoSource &src, const QString &id, bool jsonl, bool gzip, int part, int parts)
{
    QString name = src.isQuery() ? QStringLiteral("query_%1_%2").arg(src.queryId, src.shortName)
                                 : QStringLiteral("%1_%2_%3").arg(src.catalogName, src.schemaName, src.tableName);
    name += QLatin1Char('_') + id.left(8);
    if (parts > 1)
        name += QStringLiteral("_part-%1").arg(part, 4, 10, QLatin1Char('0'));
    name += jsonl ? QStringLiteral(".jsonl") : QStringLiteral(".csv");
    if (gzip)
        name += QStringLiteral(".gz");
    return name;
}

qint64 seedHash(int i, int salt)
{
    quint64 x = quint64(i) * 0x9E3779B97F4A7C15ULL + quint64(salt);
    x ^= x >> 29;
    x *= 0xBF58476D1CE4E5B9ULL;
    return qint64((x ^ (x >> 32)) & 0x7fffffff);
}

// The fields a seeded row and a history row share: what, from where, by whom.
DemoExport fromSeedRow(const SeedRow &row, const QUuid &id, const QString &projectId, const QString &ownerKey)
{
    const DemoSource &src = demoSources().at(row.source);
    DemoExport job;
    job.id = id.toString(QUuid::WithoutBraces);
    job.projectId = projectId;
    job.status = QString::fromLatin1(row.status);
    job.format = row.jsonl ? QStringLiteral("JSONL") : QStringLiteral("CSV");
    job.compression = row.gzip ? QStringLiteral("GZIP") : QStringLiteral("NONE");
    job.queryId = src.queryId;
    job.catalogId = src.catalogId;
    job.schemaName = src.schemaName;
    job.tableName = src.tableName;
    job.source = src.source;
    job.ownerKey = ownerKey;
    job.clientSource = QString::fromLatin1(row.client);
    if (row.error)
        job.error = QString::fromLatin1(row.error);
    return job;
}

} // namespace

void DemoServer::seedDemoData()
{
    const QUuid ns = QUuid::fromString(QLatin1String("3f9d3a52-7c1e-4b8e-9a55-2d4f6b7c8e90"));
    const QDateTime now = d->now();
    const QString keyOf[] = {d->keys.at(0).key, d->keys.at(1).key, d->keys.at(2).key, d->keys.at(3).key};
    int i = 0;
    for (const SeedRow &row : kSeed) {
        ++i;
        const DemoSource &src = demoSources().at(row.source);
        DemoExport job = fromSeedRow(row, QUuid::createUuidV5(ns, QStringLiteral("seed-%1").arg(i)), d->projectId,
                                     keyOf[row.owner]);
        job.createdAt = now.addSecs(-60LL * row.minutesAgo - seedHash(i, 1) % 50).addMSecs(-(seedHash(i, 5) % 1000));
        job.createdAtMicros = int(seedHash(i, 6) % 1000);
        if (job.status == QLatin1String("FAILED") || job.status == QLatin1String("CANCELLED"))
            job.durationMs = 800 + seedHash(i, 2) % 90000;
        for (int part = 0; part < row.parts; ++part) {
            const QByteArray content = cachedContent(src, row.jsonl, qint64(part) * row.rows, row.rows, row.gzip);
            job.files.append(DemoFile{fileName(src, job.id, row.jsonl, row.gzip, part, row.parts), content});
        }
        if (row.finishInSec > 0) {
            // Still moving: the GUI sees it change live.
            job.runningAt = job.status == QLatin1String("PENDING") ? now.addSecs(row.finishInSec / 3) : job.createdAt;
            job.finishedAt = now.addSecs(row.finishInSec);
            job.finalStatus = QStringLiteral("SUCCEEDED");
            d->jobRequests.insert(job.id, JobRequest{{}, qint64(row.rows) * row.parts, {}, {}});
        } else if (job.status == QLatin1String("SUCCEEDED") || job.status == QLatin1String("EXPIRED")) {
            job.rowCount = qint64(row.rows) * row.parts;
            job.durationMs = 1500 + seedHash(i, 3) % 240000;
            qint64 bytes = 0;
            for (const DemoFile &f : job.files)
                bytes += f.content.size();
            if (job.status == QLatin1String("EXPIRED")) { // artifacts removed by the lifecycle rule
                job.rowCount = 1000 + seedHash(i, 4) % 400000;
                bytes = job.rowCount * 97;
                job.files.clear();
            }
            job.bytes = bytes;
        }
        if (job.status != QLatin1String("SUCCEEDED") && row.finishInSec == 0)
            job.files.clear();
        d->add(job);
    }
}

void DemoServer::generateExports(int count, const QString &projectId)
{
    const QString project = projectId.isEmpty() ? d->projectId : projectId;
    static const char *const statuses[] = {"SUCCEEDED", "SUCCEEDED", "SUCCEEDED", "SUCCEEDED", "SUCCEEDED",
                                           "SUCCEEDED", "SUCCEEDED", "FAILED",    "EXPIRED",   "CANCELLED",
                                           "SUCCEEDED", "SUCCEEDED", "RUNNING",   "SUCCEEDED", "EXPIRED",
                                           "PENDING",   "SUCCEEDED", "FAILED",    "SUCCEEDED", "ARCHIVING"};
    const QString clients[] = {QStringLiteral("peaka-studio"), QStringLiteral("peaka-api"),
                               QStringLiteral("peaka-exports"), QStringLiteral("peaka-studio")};
    const QDateTime start = d->now().addSecs(-3600);
    const QString owners[] = {d->keys.at(0).key, d->keys.at(0).key, d->keys.at(1).key, d->keys.at(2).key,
                              d->keys.at(3).key};
    const QString statusNames[] = {QStringLiteral("SUCCEEDED"), QStringLiteral("FAILED"), QStringLiteral("EXPIRED"),
                                   QStringLiteral("CANCELLED"), QStringLiteral("RUNNING"), QStringLiteral("PENDING"),
                                   QStringLiteral("ARCHIVING")};
    const auto interned = [&statusNames](const char *s) {
        for (const QString &n : statusNames)
            if (n == QLatin1String(s))
                return n;
        return QString::fromLatin1(s);
    };
    const QString csv = QStringLiteral("CSV"), jsonl = QStringLiteral("JSONL");
    const QString none = QStringLiteral("NONE"), gzip = QStringLiteral("GZIP");
    const QString limitError = QStringLiteral("Query exceeded the 1,000,000 row export limit");
    d->orderDirty = true;
    d->jobs.reserve(d->jobs.size() + count);
    d->indexById.reserve(d->indexById.size() + count);
    for (int i = 0; i < count; ++i) {
        const qint64 h = seedHash(i, 77);
        const DemoSource &src = demoSources().at(int(h % demoSources().size()));
        DemoExport job;
        job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        job.projectId = project;
        job.status = interned(statuses[i % 20]);
        const bool isJsonl = (h >> 5) % 3 == 0, isGzip = (h >> 7) % 4 == 0;
        job.format = isJsonl ? jsonl : csv;
        job.compression = isGzip ? gzip : none;
        job.createdAt = start.addSecs(-qint64(i) * 37 - h % 30).addMSecs(-((h >> 13) % 1000));
        job.createdAtMicros = int((h >> 3) % 1000);
        job.queryId = src.queryId;
        job.catalogId = src.catalogId;
        job.schemaName = src.schemaName;
        job.tableName = src.tableName;
        job.source = src.source;
        job.ownerKey = owners[(h >> 9) % 5];
        job.clientSource = clients[(h >> 11) % 4];
        if (job.status == statusNames[0] || job.status == statusNames[2]) {
            job.rowCount = 10 + (h >> 3) % 2000000;
            job.bytes = job.rowCount * (60 + h % 80);
            job.durationMs = 900 + (h >> 4) % 600000;
            if (job.status == statusNames[0]) {
                DemoFile f;
                f.name = src.shortName + QLatin1Char('_') + job.id.left(8)
                    + (isJsonl ? QLatin1String(".jsonl") : QLatin1String(".csv"))
                    + (isGzip ? QLatin1String(".gz") : QLatin1String(""));
                f.generatedBytes = job.bytes;
                job.files = {f};
            }
        } else if (job.status == statusNames[1]) {
            job.error = limitError;
            job.durationMs = 500 + h % 90000;
        }
        d->indexById.insert(job.id, d->jobs.size());
        d->jobs.append(std::move(job));
    }
}

void DemoServer::seedDemoHistory(int count)
{
    // Older, finished exports in the patterns of the seeded ones (same
    // sources, owners and file contents), further back in time: enough rows
    // that the list pages. Ids are stable across runs (the export list cache
    // keeps the demo's list too).
    const QUuid ns = QUuid::fromString(QLatin1String("8c1b7e44-2f0a-4d59-b3c6-5e7a9d0f1b23"));
    const QDateTime now = d->now();
    const QString keyOf[] = {d->keys.at(0).key, d->keys.at(1).key, d->keys.at(2).key, d->keys.at(3).key};
    QList<const SeedRow *> finished;
    for (const SeedRow &row : kSeed) {
        if (row.finishInSec == 0 && qstrcmp(row.status, "PENDING") != 0 && qstrcmp(row.status, "RUNNING") != 0)
            finished.append(&row);
    }
    const int oldest = kSeed[std::size(kSeed) - 1].minutesAgo;
    for (int i = 0; i < count; ++i) {
        const SeedRow &row = *finished.at(int(seedHash(i, 21) % finished.size()));
        const DemoSource &src = demoSources().at(row.source);
        DemoExport job = fromSeedRow(row, QUuid::createUuidV5(ns, QStringLiteral("history-%1").arg(i)), d->projectId,
                                     keyOf[row.owner]);
        const qint64 minutesAgo = oldest + 30 + qint64(i) * 95 + seedHash(i, 22) % 60;
        job.createdAt = now.addSecs(-60 * minutesAgo - seedHash(i, 23) % 50).addMSecs(-(seedHash(i, 24) % 1000));
        job.createdAtMicros = int(seedHash(i, 25) % 1000);
        if (job.status == QLatin1String("SUCCEEDED")) {
            qint64 bytes = 0;
            for (int part = 0; part < row.parts; ++part) {
                const QByteArray content = cachedContent(src, row.jsonl, qint64(part) * row.rows, row.rows, row.gzip);
                job.files.append(DemoFile{fileName(src, job.id, row.jsonl, row.gzip, part, row.parts), content});
                bytes += content.size();
            }
            job.rowCount = qint64(row.rows) * row.parts;
            job.bytes = bytes;
            job.durationMs = 1500 + seedHash(i, 26) % 240000;
        } else if (job.status == QLatin1String("EXPIRED")) {
            job.rowCount = 1000 + seedHash(i, 27) % 400000;
            job.bytes = job.rowCount * 97;
            job.durationMs = 1500 + seedHash(i, 26) % 240000;
        } else if (job.status == QLatin1String("FAILED") || job.status == QLatin1String("CANCELLED")) {
            job.durationMs = 800 + seedHash(i, 28) % 90000;
        }
        d->add(job);
    }
}

} // namespace peaka::demo
