// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QSet>
#include <QString>

namespace peaka {

struct ExportJob;

// Shares the data of equal strings. A list of 100,000 exports repeats a few
// users, formats, clients and sources thousands of times; parsed from JSON each
// copy is its own allocation. Interning them makes the rows share one QString
// each. Bounded: past maxEntries the pool starts afresh (rows keep their
// strings, only later ones stop sharing with them). Thread-safe.
class StringPool
{
public:
    static constexpr int DefaultMaxEntries = 50000;
    static constexpr int MaxInternedLength = 512; // longer strings are rarely repeated

    explicit StringPool(int maxEntries = DefaultMaxEntries) : m_maxEntries(maxEntries) {}

    QString intern(const QString &s);
    // Interns the fields of a list row that repeat across rows (all but the id).
    void internJob(ExportJob &job);
    int size() const;
    void clear();

private:
    QString internLocked(const QString &s);

    mutable QMutex m_mutex;
    QSet<QString> m_strings;
    int m_maxEntries;
};

} // namespace peaka
