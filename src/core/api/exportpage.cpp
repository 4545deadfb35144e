// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/exportpage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace peaka {

ExportPage ExportPage::parse(const QByteArray &body)
{
    ExportPage page;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError) {
        page.error = tr("The export list is not valid JSON (%1 at byte %2).")
                         .arg(err.errorString())
                         .arg(err.offset);
        return page;
    }
    if (!parseExportList(doc, &page.rows, &page.problems)) {
        page.error = tr("The export list is not a JSON array.");
        return page;
    }
    bool found = false;
    const QJsonArray entries = exportListRows(doc, &found);
    page.rowsOnWire = int(entries.size());
    for (qsizetype i = entries.size() - 1; i >= 0 && page.cursor.isEmpty(); --i) {
        const QJsonValue created = entries.at(i).toObject().value(QLatin1String("createdAt"));
        if (created.isString() && !created.toString().trimmed().isEmpty())
            page.cursor = created.toString();
    }
    return page;
}

QList<ExportJob> ExportPage::unseenRows(const QList<ExportJob> &page, QSet<QString> *seen)
{
    QList<ExportJob> fresh;
    fresh.reserve(page.size());
    for (const ExportJob &job : page) {
        if (!job.id.isEmpty()) {
            if (seen->contains(job.id))
                continue;
            seen->insert(job.id);
        }
        fresh.append(job);
    }
    return fresh;
}

} // namespace peaka
