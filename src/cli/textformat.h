// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace peaka::cli {

// Prints rows as columns padded to the widest cell (by display width of the text).
void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows);

QString sizeText(const std::optional<qint64> &bytes);
QString countText(const std::optional<qint64> &n);
QString durationText(const std::optional<qint64> &ms);
QString dateText(const QDateTime &utc);

} // namespace peaka::cli
