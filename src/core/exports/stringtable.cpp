// SPDX-License-Identifier: GPL-3.0-or-later
#include "exports/stringtable.h"

namespace peaka {

StringTable::StringTable()
    : m_chunks(new std::atomic<QString *>[MaxChunks])
{
    for (int i = 0; i < MaxChunks; ++i)
        m_chunks[i].store(nullptr, std::memory_order_relaxed);
    m_chunks[0].store(new QString[ChunkSize], std::memory_order_release);
    m_size.store(1, std::memory_order_release); // id 0: the null string
}

StringTable::~StringTable()
{
    for (int i = 0; i < MaxChunks; ++i)
        delete[] m_chunks[i].load(std::memory_order_relaxed);
}

quint32 StringTable::intern(const QString &s)
{
    if (s.isNull())
        return Null;
    const QMutexLocker lock(&m_mutex);
    const auto it = m_ids.constFind(s);
    if (it != m_ids.cend())
        return *it;
    const quint32 id = m_size.load(std::memory_order_relaxed);
    const quint32 chunk = id >> ChunkBits;
    if (chunk >= quint32(MaxChunks))
        qFatal("StringTable: more than %d strings", MaxChunks * ChunkSize);
    QString *cells = m_chunks[chunk].load(std::memory_order_relaxed);
    if (!cells) {
        cells = new QString[ChunkSize];
        m_chunks[chunk].store(cells, std::memory_order_release);
    }
    cells[id & (ChunkSize - 1)] = s;
    m_ids.insert(s, id);
    m_size.store(id + 1, std::memory_order_release);
    return id;
}

std::optional<quint32> StringTable::find(const QString &s) const
{
    if (s.isNull())
        return Null;
    const QMutexLocker lock(&m_mutex);
    const auto it = m_ids.constFind(s);
    if (it == m_ids.cend())
        return std::nullopt;
    return *it;
}

const QString &StringTable::at(quint32 id) const
{
    static const QString null;
    if (id >= m_size.load(std::memory_order_acquire))
        return null;
    return m_chunks[id >> ChunkBits].load(std::memory_order_acquire)[id & (ChunkSize - 1)];
}

int StringTable::size() const
{
    return int(m_size.load(std::memory_order_acquire));
}

} // namespace peaka
