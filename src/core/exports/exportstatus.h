// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace peaka {

// The status of an export job. Unknown keeps the server's raw string so a
// newer server's statuses are shown as they are and never lost.
class ExportStatus
{
    Q_DECLARE_TR_FUNCTIONS(peaka::ExportStatus)
public:
    enum Code { Unknown, Pending, Running, Succeeded, Failed, Cancelled, Expired };

    ExportStatus() = default;
    ExportStatus(Code code); // NOLINT(google-explicit-constructor): a status is its code
    static ExportStatus fromWire(const QString &raw);

    Code code() const { return m_code; }
    // The wire string: the known spelling, or the server's raw string for Unknown.
    QString wire() const;
    bool isUnknown() const { return m_code == Unknown; }
    bool isInProgress() const { return m_code == Pending || m_code == Running; }
    bool isFinal() const { return !isInProgress() && m_code != Unknown; }
    // Translated, for people ("Succeeded"); an unknown status shows its raw string.
    QString displayName() const;
    // Sort key: in progress first, then by life cycle.
    int sortRank() const;

    static QString wireName(Code code);
    static QList<Code> knownCodes();

    friend bool operator==(const ExportStatus &a, const ExportStatus &b)
    {
        return a.m_code == b.m_code && (a.m_code != Unknown || a.m_raw == b.m_raw);
    }
    friend bool operator!=(const ExportStatus &a, const ExportStatus &b) { return !(a == b); }

private:
    Code m_code = Unknown;
    QString m_raw;
};

} // namespace peaka
