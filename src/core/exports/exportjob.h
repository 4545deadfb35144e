// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/exportstatus.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace peaka {

// One download artifact of a SUCCEEDED export (Read Export only, owner only).
struct ExportFile
{
    QString name;                 // untrusted: sanitise before it touches the file system
    QUrl url;                     // presigned: the URL is the credential, never log its query
    std::optional<qint64> bytes;  // the size a finished download must have

    QJsonObject toJson() const;
    static ExportFile fromJson(const QJsonObject &obj);
    friend bool operator==(const ExportFile &a, const ExportFile &b)
    {
        return a.name == b.name && a.url == b.url && a.bytes == b.bytes;
    }
};

// An export job with every field of the contract. Every field is optional on
// the wire: an absent, null or mistyped value leaves that field unset (null
// string, invalid date, empty optional) and never drops the row.
struct ExportJob
{
    QString id;
    ExportStatus status;
    QString format;        // CSV, JSONL (or whatever the server says)
    QString compression;   // NONE, GZIP
    std::optional<qint64> rowCount;
    std::optional<qint64> bytes;
    std::optional<qint64> durationMs;
    QList<ExportFile> files;
    QDateTime expiresAt;   // UTC
    std::optional<bool> downloadable;
    QString error;
    QDateTime createdAt;   // UTC, to the millisecond
    // The server's createdAt string as it was sent (up to 9 fractional digits):
    // the List Exports cursor must be sent back exactly. Null when not from the wire.
    QString createdAtText;
    QString queryId;
    QString catalogId;
    QString schemaName;
    QString tableName;
    QString source;
    QString userId;
    QString userName;
    QString apiKeyPrefix;
    QString clientSource;

    // Parses one row. Problems (mistyped fields) are appended to `problems` when given.
    static ExportJob fromJson(const QJsonObject &obj, QStringList *problems = nullptr);
    // The API's field names; unset fields are left out.
    QJsonObject toJson() const;

    // The List Exports cursor of this row: the exact string when known, else createdAt formatted.
    QString createdAtCursor() const;

    bool isTableExport() const { return !tableName.isEmpty(); }
    bool isQueryExport() const { return !queryId.isEmpty(); }
    // The source for display: `source`, else built from query id or catalog.schema.table.
    QString displaySource() const;
    // True when links are known and their expiry has passed (or is within `marginSecs`).
    bool linksExpired(const QDateTime &nowUtc, int marginSecs = 0) const;
    const ExportFile *fileNamed(const QString &name) const;

    friend bool operator==(const ExportJob &a, const ExportJob &b);
    friend bool operator!=(const ExportJob &a, const ExportJob &b) { return !(a == b); }
};

// Parses the body of List Exports: a JSON array of rows. Tolerates an object
// wrapping the array ("exports", "data", "items"). Returns false when the
// document has no array at all.
// Repeated strings are shared between the rows as they are parsed (StringPool).
bool parseExportList(const QJsonDocument &doc, QList<ExportJob> *jobs, QStringList *problems = nullptr);
// The rows array of a List Exports body (see parseExportList); *found is false without one.
QJsonArray exportListRows(const QJsonDocument &doc, bool *found);

} // namespace peaka
