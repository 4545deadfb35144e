// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace peaka {

// File names that come from the server are untrusted. These helpers turn them
// into plain, portable names and keep every path inside the chosen folder.
class FileNames
{
public:
    static constexpr int maxNameBytes = 200;   // UTF-8 bytes, extension included

    // A single safe file name: no directory parts, no `..`, drive letters,
    // control or bidi characters, characters or names reserved on Windows,
    // trailing dots or spaces; at most maxNameBytes; never empty ("download").
    static QString sanitize(const QString &serverName);

    // The extension to keep when a name is shortened or numbered, with its dot:
    // ".csv", ".csv.gz", or empty. Compound for compression suffixes.
    static QString extension(const QString &name);

    // "name (1).csv", "name (2).csv.gz", …; n == 0 returns the name unchanged.
    static QString numbered(const QString &name, int n);

    // The first of name, name (1), name (2), … for which neither `folder/candidate`
    // nor `folder/candidate.part` exists and `taken(candidate)` (if given) is false.
    static QString uniqueName(const QString &folder, const QString &name,
                              const std::function<bool(const QString &)> &taken = {});

    // True when `path` (which need not exist yet) lies directly or deeper inside
    // `folder` (which must exist), after resolving `..` and symbolic links.
    static bool isInside(const QString &folder, const QString &path);

    // Renames `from` to `folder/name`, or `name (1)`, `name (2)`, … whichever does
    // not exist; never overwrites. Returns the new path, or empty with `error` set.
    static QString renameToUnique(const QString &from, const QString &folder, const QString &name,
                                  QString *error);

    // "data.csv.gz" → "data.csv" (empty when the name does not end in .gz).
    static QString withoutGz(const QString &name);
};

} // namespace peaka
