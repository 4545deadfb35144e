// SPDX-License-Identifier: GPL-3.0-or-later
#include "exports/exportstatusfilter.h"

#include <algorithm>

namespace peaka {

ExportStatusFilter::ExportStatusFilter(const QList<ExportStatus::Code> &codes)
{
    for (const ExportStatus::Code c : codes)
        m_codes.insert(int(c));
}

bool ExportStatusFilter::parse(const QString &text, ExportStatusFilter *filter, QString *error)
{
    QList<ExportStatus::Code> codes;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        const ExportStatus status = ExportStatus::fromWire(name.toUpper());
        if (status.isUnknown()) {
            if (error)
                *error = tr("Unknown export status \"%1\": use PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLED "
                            "or EXPIRED (comma-separated).")
                             .arg(name);
            return false;
        }
        codes << status.code();
    }
    *filter = ExportStatusFilter(codes);
    return true;
}

QStringList ExportStatusFilter::serverStatuses() const
{
    if (m_codes.contains(int(ExportStatus::Expired)))
        return {}; // the server cannot filter EXPIRED: ask for everything
    QStringList out;
    for (const ExportStatus::Code c : ExportStatus::knownCodes())
        if (m_codes.contains(int(c)))
            out << ExportStatus::wireName(c);
    return out;
}

bool ExportStatusFilter::accepts(const ExportJob &job) const
{
    return m_codes.isEmpty() || m_codes.contains(int(job.status.code()));
}

} // namespace peaka
