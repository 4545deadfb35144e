// SPDX-License-Identifier: GPL-3.0-or-later
#include "createdat.h"

#include <QRegularExpression>

#include <limits>

namespace peaka::demo {

bool parseIsoNanos(const QString &text, qint64 *nanos)
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?(Z|[+-]\\d{2}:\\d{2})$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return false;
    qint64 seconds = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    const QString zone = m.captured(8);
    if (zone != QLatin1String("Z")) {
        const int offset = zone.mid(1, 2).toInt() * 3600 + zone.mid(4, 2).toInt() * 60;
        seconds -= zone.startsWith(QLatin1Char('+')) ? offset : -offset;
    }
    const qint64 fraction = m.captured(7).leftJustified(9, QLatin1Char('0')).toLongLong();
    *nanos = seconds * 1000000000LL + fraction;
    return true;
}

QString createdAtString(const DemoExport &job)
{
    if (!job.createdAtText.isEmpty())
        return job.createdAtText;
    if (!job.createdAt.isValid())
        return {};
    // Six fractional digits, as the real service writes them.
    return job.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
        + QStringLiteral("%1Z").arg(job.createdAtMicros % 1000, 3, 10, QLatin1Char('0'));
}

qint64 createdAtNanos(const DemoExport &job)
{
    qint64 nanos = 0;
    if (!job.createdAtText.isEmpty() && parseIsoNanos(job.createdAtText, &nanos))
        return nanos;
    if (!job.createdAt.isValid())
        return std::numeric_limits<qint64>::min();
    return job.createdAt.toMSecsSinceEpoch() * 1000000LL + qint64(job.createdAtMicros % 1000) * 1000;
}

} // namespace peaka::demo
