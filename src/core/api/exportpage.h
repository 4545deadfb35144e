// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/exportjob.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace peaka {

// One page of List Exports as read from the wire: the rows, how many entries
// the JSON array held (also those that are not rows), and the cursor for the
// next page: the last non-blank string createdAt among them, exactly as
// written (a re-formatted time would skip or repeat rows). Pure, so it runs
// off the UI thread and under the fuzzer.
struct ExportPage
{
    // The words were ListExportsRequest's: the same context keeps their translations.
    Q_DECLARE_TR_FUNCTIONS(peaka::ListExportsRequest)
public:
    QList<ExportJob> rows;
    QStringList problems;
    int rowsOnWire = 0;
    QString cursor;
    QString error; // why the body is not a page; empty when it is

    bool ok() const { return error.isEmpty(); }
    static ExportPage parse(const QByteArray &body);

    // The rows of `page` whose id was not in `seen` (rows without an id always
    // count), in order; their ids are added to `seen`. A row the server repeats
    // on two pages is shown once.
    static QList<ExportJob> unseenRows(const QList<ExportJob> &page, QSet<QString> *seen);
};

} // namespace peaka
