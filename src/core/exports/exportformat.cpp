// SPDX-License-Identifier: GPL-3.0-or-later
#include "exports/exportformat.h"

namespace peaka {

QString ExportFormat::size(qint64 bytes, const QLocale &locale)
{
    if (bytes < 0)
        return {};
    return locale.formattedDataSize(bytes, bytes < 1000 ? 0 : 1, QLocale::DataSizeSIFormat);
}

QString ExportFormat::duration(qint64 ms, const QLocale &locale)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return tr("%1 ms", "duration in milliseconds").arg(locale.toString(ms));
    const qint64 totalSecs = ms / 1000;
    if (totalSecs < 60) {
        if (ms < 10000) // "4.2 s" keeps the precision short jobs need
            return tr("%1 s", "duration in seconds").arg(locale.toString(ms / 1000.0, 'f', 1));
        return tr("%1 s", "duration in seconds").arg(locale.toString(totalSecs));
    }
    const qint64 totalMins = totalSecs / 60;
    if (totalMins < 60) {
        const qint64 secs = totalSecs % 60;
        if (secs == 0)
            return tr("%1 min", "duration in minutes").arg(locale.toString(totalMins));
        return tr("%1 min %2 s", "duration: minutes and seconds")
            .arg(locale.toString(totalMins), locale.toString(secs));
    }
    const qint64 hours = totalMins / 60;
    const qint64 mins = totalMins % 60;
    if (mins == 0)
        return tr("%1 h", "duration in hours").arg(locale.toString(hours));
    return tr("%1 h %2 min", "duration: hours and minutes")
        .arg(locale.toString(hours), locale.toString(mins));
}

QString ExportFormat::relativeTime(const QDateTime &when, const QDateTime &nowUtc,
                                   const QLocale &locale)
{
    if (!when.isValid())
        return {};
    const qint64 secs = when.secsTo(nowUtc);
    if (secs < -60) // a server clock ahead of ours: show the time itself
        return locale.toString(when.toLocalTime(), QLocale::ShortFormat);
    if (secs < 60)
        return tr("just now", "relative time");
    const qint64 mins = secs / 60;
    if (mins < 60)
        return tr("%n min ago", "relative time", int(mins));
    const qint64 hours = mins / 60;
    if (hours < 24)
        return tr("%n h ago", "relative time", int(hours));
    const qint64 days = hours / 24;
    if (days == 1)
        return tr("yesterday", "relative time");
    if (days < 7)
        return tr("%n days ago", "relative time", int(days));
    return locale.toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

QString ExportFormat::exactTime(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid())
        return {};
    return locale.toString(when.toLocalTime(), QLocale::LongFormat);
}

QString ExportFormat::linkExpiry(const QDateTime &expiresAt, const QDateTime &nowUtc)
{
    if (!expiresAt.isValid())
        return {};
    const qint64 secs = nowUtc.secsTo(expiresAt);
    if (secs <= 0) {
        const qint64 ago = -secs;
        if (ago < 60)
            return tr("Links expired just now; they are renewed when you use them.");
        return tr("Links expired %n min ago; they are renewed when you use them.", "", int(ago / 60));
    }
    if (secs < 60)
        return tr("Links expire in less than a minute");
    const qint64 mins = (secs + 59) / 60;
    if (mins < 120)
        return tr("Links expire in %n min", "", int(mins));
    return tr("Links expire in %n h", "", int(mins / 60));
}

QString ExportFormat::compression(const QString &wire)
{
    if (wire.compare(QLatin1String("NONE"), Qt::CaseInsensitive) == 0)
        return tr("None", "compression");
    if (wire.compare(QLatin1String("GZIP"), Qt::CaseInsensitive) == 0)
        return tr("gzip", "compression");
    return wire;
}

QString ExportFormat::count(qint64 n, const QLocale &locale)
{
    return locale.toString(n);
}

} // namespace peaka
