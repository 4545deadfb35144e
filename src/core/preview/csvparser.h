// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preview/rowparser.h"

#include <QCoreApplication>

namespace peaka::preview {

// RFC 4180 CSV, leniently: quoted values with delimiters, doubled quotes and
// line breaks; LF, CRLF or CR line ends; blank lines skipped. The first row
// names the columns; a longer row adds columns ("column 7"). Each value keeps
// at most maxFieldBytes and a row at most maxLineBytes; the rest is skipped.
class CsvParser final : public RowParser
{
    Q_DECLARE_TR_FUNCTIONS(peaka::preview::CsvParser)
public:
    CsvParser(ByteReader &reader, const PreviewOptions &options, char delimiter);
    // Reads the header row; End for an empty file.
    Step readHeader();
    Step next(QStringList &row) override;

    // The delimiter among , ; tab | whose count per row is steadiest in `sample`
    // (quotes respected); ',' when none occurs.
    static char sniffDelimiter(const QByteArray &sample, bool sampleIsWholeFile);
    static QString columnName(int index);

private:
    Step readRecord(QStringList &row);
    bool endField(QByteArray &field, bool cut, QStringList &row);

    char m_delimiter;
};

} // namespace peaka::preview
