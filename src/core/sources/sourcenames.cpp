// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/sourcenames.h"

#include "sources/sourcesession.h"

namespace peaka {

QString SourceName::idsOf(const ExportSourceRef &source)
{
    if (source.kind == ExportSourceRef::Query)
        return tr("query %1", "a saved query's id").arg(source.queryId);
    return tr("catalog %1 \u00b7 %2 \u00b7 %3", "catalog id · schema · table")
        .arg(source.catalogId, source.schemaName, source.tableName);
}

void SourceName::lookUp(SourceSession *session, const QString &projectId, const ExportSourceRef &source,
                        QObject *context, std::function<void(const SourceName &)> done)
{
    SourceName out;
    out.ids = idsOf(source);
    if (!session || !source.validate().isEmpty()) {
        QMetaObject::invokeMethod(context, [done, out] { done(out); }, Qt::QueuedConnection);
        return;
    }
    if (source.kind == ExportSourceRef::Query) {
        session->queries(projectId, context, [done, out, source](const ApiResult<QList<SavedQuery>> &r) mutable {
            for (const SavedQuery &q : r.value) {
                if (q.id == source.queryId) {
                    out.name = !q.displayName.isEmpty() ? q.displayName : q.name;
                    break;
                }
            }
            done(out);
        });
        return;
    }
    session->catalogs(projectId, context, [done, out, source](const ApiResult<QList<Catalog>> &r) mutable {
        const Catalog *match = nullptr;
        int sameLabel = 0;
        for (const Catalog &c : r.value) {
            if (c.id == source.catalogId)
                match = &c;
        }
        if (match) {
            for (const Catalog &c : r.value)
                sameLabel += c.label() == match->label() ? 1 : 0;
            // The two built-in catalogs are both "peaka": their type tells them apart.
            const QString catalog = sameLabel > 1 && !match->catalogType.isEmpty()
                ? tr("%1 (%2)", "catalog name (catalog type)").arg(match->label(), match->catalogType)
                : match->label();
            out.name = tr("%1 \u203a %2 \u203a %3", "catalog › schema › table")
                           .arg(catalog, source.schemaName, source.tableName);
        }
        done(out);
    });
}

} // namespace peaka
