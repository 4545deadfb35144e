// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/exportjob.h"
#include "exports/exportoptions.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace peaka {

class ExportRequest;
class PeakaClient;

// What an export reads from: a saved query, or a table of a catalog. The one
// place that knows which POST belongs to which source, shared by the New
// Export dialog, "Run again" and the CLI's `create`.
struct ExportSourceRef
{
    Q_DECLARE_TR_FUNCTIONS(peaka::ExportSourceRef)
public:
    enum Kind { Query, Table };

    Kind kind = Query;
    QString queryId;
    QString catalogId;
    QString schemaName;
    QString tableName;

    static ExportSourceRef query(const QString &queryId);
    static ExportSourceRef table(const QString &catalogId, const QString &schemaName, const QString &tableName);
    // The source of an existing job when it is fully known (query id, or catalog,
    // schema and table); nullopt otherwise. Drives "Run again".
    static std::optional<ExportSourceRef> fromJob(const ExportJob &job);

    // Sentences for what is missing or malformed; empty when the source can be sent.
    QStringList validate() const;
    // Starts Export Query or Export Table with `options`.
    ExportRequest *start(PeakaClient *client, const QString &projectId, const ExportOptions &options) const;
    // The row to show at once after a 202: the server's {id, status} with the
    // source, format, compression and creation time filled in.
    ExportJob createdJob(const ExportJob &accepted, const ExportOptions &options,
                         const QDateTime &nowUtc = QDateTime::currentDateTimeUtc()) const;
    // "query 123" / "catalog.schema.table", for sentences.
    QString displayName() const;

    friend bool operator==(const ExportSourceRef &a, const ExportSourceRef &b)
    {
        return a.kind == b.kind && a.queryId == b.queryId && a.catalogId == b.catalogId
            && a.schemaName == b.schemaName && a.tableName == b.tableName;
    }
};

} // namespace peaka
