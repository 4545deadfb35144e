// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/exportjob.h"

#include <QList>
#include <QString>

namespace peaka {

// "Download all" again into the same folder: a file that is already there
// under its safe name with exactly the size the server lists is complete, and
// fetching it again would only add "name (1).csv". A file of unknown size is
// never taken for complete.
struct CompleteFiles
{
    QList<ExportFile> missing;   // to download
    QList<ExportFile> present;   // complete in the folder already

    static CompleteFiles check(const QString &folder, const QList<ExportFile> &files);
};

} // namespace peaka
