// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview/previewresult.h"

namespace peaka {

QString PreviewResult::typeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Number:
        return tr("number", "guessed type of a column");
    case ColumnType::Boolean:
        return tr("boolean", "guessed type of a column");
    case ColumnType::DateTime:
        return tr("date-time", "guessed type of a column");
    case ColumnType::Text:
        break;
    }
    return tr("text", "guessed type of a column");
}

} // namespace peaka
