// SPDX-License-Identifier: GPL-3.0-or-later
#include "exports/exportstatus.h"

namespace peaka {

ExportStatus::ExportStatus(Code code)
    : m_code(code)
{
}

ExportStatus ExportStatus::fromWire(const QString &raw)
{
    const QString upper = raw.trimmed().toUpper();
    for (Code c : knownCodes()) {
        if (upper == wireName(c))
            return ExportStatus(c);
    }
    ExportStatus s;
    s.m_raw = raw;
    return s;
}

QString ExportStatus::wire() const
{
    return m_code == Unknown ? m_raw : wireName(m_code);
}

QString ExportStatus::wireName(Code code)
{
    switch (code) {
    case Pending: return QStringLiteral("PENDING");
    case Running: return QStringLiteral("RUNNING");
    case Succeeded: return QStringLiteral("SUCCEEDED");
    case Failed: return QStringLiteral("FAILED");
    case Cancelled: return QStringLiteral("CANCELLED");
    case Expired: return QStringLiteral("EXPIRED");
    case Unknown: break;
    }
    return {};
}

QList<ExportStatus::Code> ExportStatus::knownCodes()
{
    return {Pending, Running, Succeeded, Failed, Cancelled, Expired};
}

QString ExportStatus::displayName() const
{
    switch (m_code) {
    case Pending: return tr("Pending", "export status");
    case Running: return tr("Running", "export status");
    case Succeeded: return tr("Succeeded", "export status");
    case Failed: return tr("Failed", "export status");
    case Cancelled: return tr("Cancelled", "export status");
    case Expired: return tr("Expired", "export status");
    case Unknown: break;
    }
    return m_raw.isEmpty() ? tr("Unknown", "export status") : m_raw;
}

int ExportStatus::sortRank() const
{
    switch (m_code) {
    case Running: return 0;
    case Pending: return 1;
    case Succeeded: return 2;
    case Failed: return 3;
    case Cancelled: return 4;
    case Expired: return 5;
    case Unknown: break;
    }
    return 6;
}

} // namespace peaka
