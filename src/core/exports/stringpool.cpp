// SPDX-License-Identifier: GPL-3.0-or-later
#include "exports/stringpool.h"

#include "exports/exportjob.h"

namespace peaka {

QString StringPool::internLocked(const QString &s)
{
    if (s.isEmpty() || s.size() > MaxInternedLength)
        return s;
    const auto it = m_strings.constFind(s);
    if (it != m_strings.cend())
        return *it;
    if (m_strings.size() >= m_maxEntries)
        m_strings.clear();
    m_strings.insert(s);
    return s;
}

QString StringPool::intern(const QString &s)
{
    const QMutexLocker lock(&m_mutex);
    return internLocked(s);
}

void StringPool::internJob(ExportJob &job)
{
    const QMutexLocker lock(&m_mutex);
    for (QString *field : {&job.format, &job.compression, &job.error, &job.queryId, &job.catalogId,
                           &job.schemaName, &job.tableName, &job.source, &job.userId, &job.userName,
                           &job.apiKeyPrefix, &job.clientSource}) {
        if (!field->isEmpty())
            *field = internLocked(*field);
    }
}

int StringPool::size() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_strings.size());
}

void StringPool::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_strings.clear();
}

} // namespace peaka
