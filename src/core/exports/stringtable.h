// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace peaka {

// The strings of the rows an ExportListModel holds, each stored once and named
// by a 32-bit id: a row keeps ids, not QStrings (4 bytes a field instead of 24
// plus an allocation). Append-only while the model lives, so an id stays valid
// and at() needs no lock: writers (the diff worker, the UI thread) intern under
// a mutex, and an id reaches a reader only after it was written (through the
// queued result of the diff). Id 0 is the null string.
class StringTable
{
public:
    static constexpr quint32 Null = 0;

    StringTable();
    ~StringTable();
    StringTable(const StringTable &) = delete;
    StringTable &operator=(const StringTable &) = delete;

    quint32 intern(const QString &s);
    // The id of `s` when it was interned, without adding it.
    std::optional<quint32> find(const QString &s) const;
    const QString &at(quint32 id) const;
    int size() const;

private:
    static constexpr int ChunkBits = 12; // 4096 strings a chunk
    static constexpr int ChunkSize = 1 << ChunkBits;
    static constexpr int MaxChunks = 1 << 12; // 16 million strings

    mutable QMutex m_mutex;
    QHash<QString, quint32> m_ids;
    std::unique_ptr<std::atomic<QString *>[]> m_chunks;
    std::atomic<quint32> m_size{0};
};

} // namespace peaka
