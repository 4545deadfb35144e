// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/exportjob.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace peaka {

// A List Exports status filter as the user gives it. PENDING, RUNNING,
// SUCCEEDED, FAILED and CANCELLED go to the server; EXPIRED is not in the
// documented filter, so asking for it lists every status and filters here.
class ExportStatusFilter
{
    Q_DECLARE_TR_FUNCTIONS(peaka::ExportStatusFilter)
public:
    ExportStatusFilter() = default; // every status
    explicit ExportStatusFilter(const QList<ExportStatus::Code> &codes);

    // "running, FAILED" -> a filter; an unknown name is an error with a sentence.
    static bool parse(const QString &text, ExportStatusFilter *filter, QString *error);

    bool isEmpty() const { return m_codes.isEmpty(); }
    // The `status=` values to send; empty = send none.
    QStringList serverStatuses() const;
    // Whether a row belongs (the server may ignore the parameter; EXPIRED is local).
    bool accepts(const ExportJob &job) const;

private:
    QSet<int> m_codes;
};

} // namespace peaka
