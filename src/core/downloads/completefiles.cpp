// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloads/completefiles.h"

#include "downloads/filenames.h"

#include <QDir>
#include <QFileInfo>

namespace peaka {

CompleteFiles CompleteFiles::check(const QString &folder, const QList<ExportFile> &files)
{
    CompleteFiles out;
    const QDir dir(folder);
    for (const ExportFile &file : files) {
        const QFileInfo existing(dir.filePath(FileNames::sanitize(file.name)));
        if (file.bytes && existing.isFile() && existing.size() == *file.bytes)
            out.present << file;
        else
            out.missing << file;
    }
    return out;
}

} // namespace peaka
