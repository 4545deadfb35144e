// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preview/rowparser.h"

#include <QHash>

namespace peaka::preview {

// JSON Lines: one object per line, blank lines skipped. Columns are the union
// of keys in order of first appearance. Strings are shown unescaped; numbers,
// true/false keep their text; nested arrays and objects become compact JSON
// text; null and a missing key are a null QString. A line longer than
// maxLineBytes is skipped (with a note) without being held in memory.
class JsonlParser final : public RowParser
{
public:
    using RowParser::RowParser;
    Step next(QStringList &row) override;

    // The top-level members of one JSON object line, in order; false if `line`
    // is not JSON (*notObject: it is JSON, but not an object).
    static bool parseObject(const QByteArray &line, QList<std::pair<QString, QString>> &members,
                            bool *notObject = nullptr);

private:
    enum class Line { Text, TooLong, End };
    Line readLine(QByteArray &line);
    int columnFor(const QString &key);

    QHash<QString, int> m_index;
};

} // namespace peaka::preview
