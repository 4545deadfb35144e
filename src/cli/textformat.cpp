// SPDX-License-Identifier: GPL-3.0-or-later
#include "textformat.h"

#include "clicontext.h"
#include "exports/exportformat.h"

#include <QLocale>

namespace peaka::cli {

void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : header)
        widths << int(h.size());
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], int(row[i].size()));
    }
    auto printRow = [&](const QStringList &row) {
        QString line;
        for (int i = 0; i < row.size(); ++i) {
            const bool last = i == row.size() - 1;
            line += last ? row[i] : row[i].leftJustified(widths[i]) + QStringLiteral("  ");
        }
        out << line << '\n';
    };
    printRow(header);
    for (const QStringList &row : rows)
        printRow(row);
    out.flush();
}

QString sizeText(const std::optional<qint64> &bytes)
{
    // The window's convention (SI: kB, MB), from the one formatter both use.
    return bytes ? ExportFormat::size(*bytes) : QStringLiteral("-");
}

QString countText(const std::optional<qint64> &n)
{
    return n ? QLocale().toString(*n) : QStringLiteral("-");
}

QString durationText(const std::optional<qint64> &ms)
{
    if (!ms)
        return QStringLiteral("-");
    const qint64 secs = *ms / 1000;
    if (secs < 60)
        return CliContext::tr("%1 s", "duration in seconds").arg(QLocale().toString(double(*ms) / 1000.0, 'f', 1));
    if (secs < 3600)
        return CliContext::tr("%1 min %2 s", "duration: minutes and seconds").arg(secs / 60).arg(secs % 60);
    return CliContext::tr("%1 h %2 min", "duration: hours and minutes").arg(secs / 3600).arg((secs % 3600) / 60);
}

QString dateText(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                         : QStringLiteral("-");
}

} // namespace peaka::cli
