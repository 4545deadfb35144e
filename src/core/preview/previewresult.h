// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preview/previewoptions.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace peaka {

enum class ColumnType { Text, Number, Boolean, DateTime };

// One step of reading a preview: the rows of this step and the state of the
// whole file so far. A value that is a null QString is missing (a JSONL key
// absent from that object, a JSON null, a cell past the end of a short CSV row).
struct PreviewResult
{
    Q_DECLARE_TR_FUNCTIONS(peaka::PreviewResult)
public:
    enum class Failure { None, Missing, Unreadable, Corrupt };

    QStringList columns;         // every column known so far (JSONL columns grow)
    QList<ColumnType> types;     // per column, guessed over every row read so far
    QList<QStringList> rows;     // this step's rows, each padded to columns.size()
    QStringList notes;           // sentences about cut values, ragged rows, ...
    QString error;               // a sentence when reading stopped on bad input
    Failure failure = Failure::None;
    PreviewFormat format = PreviewFormat::Auto;
    bool compressed = false;     // read through gzip
    char delimiter = 0;          // CSV only
    qint64 totalRows = 0;        // rows read over every step so far
    bool atEnd = false;          // nothing more to read (end, error or memory budget)

    bool ok() const { return failure == Failure::None; }
    static QString typeName(ColumnType type);
};

} // namespace peaka

Q_DECLARE_METATYPE(peaka::PreviewResult)
