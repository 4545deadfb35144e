// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/backoff.h"

#include "api/apierror.h"

#include <QLocale>

#include <algorithm>

namespace peaka {

int Backoff::delayMs(int step, int retryAfterSecs) const
{
    qint64 delay = m_baseMs;
    for (int i = 0; i < step && delay < m_capMs; ++i)
        delay *= 2;
    delay = std::min<qint64>(delay, m_capMs);
    if (retryAfterSecs > 0)
        delay = std::max<qint64>(delay, qint64(retryAfterSecs) * 1000);
    return int(std::min<qint64>(delay, kCeilingMs));
}

int Backoff::delayMs(int step, const ApiError &error) const
{
    return delayMs(step, error.retryAfterSecs());
}

int Backoff::parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    // Never wait longer than the ceiling (a day), whatever the server says, in either form.
    bool ok = false;
    const qint64 secs = v.toLongLong(&ok);
    if (ok)
        return secs < 0 ? -1 : int(std::min<qint64>(secs, kCeilingMs / 1000));
    // HTTP date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 7231 IMF-fixdate).
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    const qint64 delta = nowUtc.secsTo(when);
    return delta < 0 ? 0 : int(std::min<qint64>(delta, kCeilingMs / 1000));
}

} // namespace peaka
