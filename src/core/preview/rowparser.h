// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preview/bytereader.h"
#include "preview/previewoptions.h"

#include <utility>

#include <QStringList>

namespace peaka::preview {

// Things worth a note under the table; each is said once.
enum Note : unsigned {
    NoteFieldCut = 1u << 0,    // a value longer than maxFieldBytes was cut
    NoteLineCut = 1u << 1,     // a CSV row longer than maxLineBytes was cut
    NoteColumnsCut = 1u << 2,  // more than maxColumns columns
    NoteLineSkipped = 1u << 3, // a JSONL line longer than maxLineBytes was left out
    NoteShortRows = 1u << 4,   // CSV rows with fewer values than the header
    NoteLongRows = 1u << 5,    // CSV rows with more values than the header
};

// Reads one row at a time from a ByteReader. Values are kept as text; a null
// QString is a missing value. Rows may be shorter than columns().
class RowParser
{
public:
    enum class Step { Row, End, Error };
    explicit RowParser(ByteReader &reader, const PreviewOptions &options)
        : m_in(reader), m_options(options) {}
    virtual ~RowParser() = default;
    RowParser(const RowParser &) = delete;
    RowParser &operator=(const RowParser &) = delete;

    virtual Step next(QStringList &row) = 0;
    const QStringList &columns() const { return m_columns; }
    Problem problem() const { return m_problem != Problem::None ? m_problem : m_in.problem(); }
    // Notes raised since the last call.
    unsigned takeNotes() { return std::exchange(m_notes, 0u); }

    // Text from UTF-8 bytes; false if they are not valid UTF-8.
    static bool decode(const QByteArray &bytes, QString &text);
    // Drops a multi-byte sequence cut at the end of `bytes`.
    static void chopPartialUtf8(QByteArray &bytes);
    // `text` cut to about maxFieldBytes with an ellipsis, noting the cut.
    QString capped(QString text);

protected:
    Step fail(Problem p)
    {
        m_problem = p;
        return Step::Error;
    }

    ByteReader &m_in;
    const PreviewOptions m_options;
    QStringList m_columns;
    Problem m_problem = Problem::None;
    unsigned m_notes = 0;
};

} // namespace peaka::preview
