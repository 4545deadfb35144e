// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preview/previewresult.h"

#include <vector>

namespace peaka {

// Guesses each column's type from the values seen so far: the narrowest of
// number, boolean and date-time that every non-empty value fits, else text.
class ColumnTypeGuesser
{
public:
    void add(const QStringList &row);
    ColumnType type(int column) const;
    QList<ColumnType> types(int columns) const;

    static bool isNumber(const QString &v);
    static bool isBoolean(const QString &v);
    static bool isDateTime(const QString &v);

private:
    struct Column
    {
        bool number = true;
        bool boolean = true;
        bool dateTime = true;
        bool seen = false;
    };
    std::vector<Column> m_columns;
};

} // namespace peaka
