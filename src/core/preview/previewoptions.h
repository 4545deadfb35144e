// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace peaka {

enum class PreviewFormat { Auto, Csv, Jsonl };

// What to read and the limits that keep memory bounded whatever the file holds.
struct PreviewOptions
{
    QString name;                    // file name for sentences and for .csv/.jsonl/.gz detection
    PreviewFormat format = PreviewFormat::Auto;
    char delimiter = 0;              // CSV delimiter; 0 = sniff among , ; tab |
    int rows = 1000;                 // rows for the one-shot helpers (previewFile/previewBytes)
    qsizetype maxFieldBytes = 32 * 1024;      // a longer value is cut (with "…")
    qsizetype maxLineBytes = 1024 * 1024;     // a longer row/line is cut, never loaded
    int maxColumns = 2000;
    qint64 memoryBudget = 64 * 1024 * 1024;   // text kept over the reader's life; then it stops
};

} // namespace peaka
