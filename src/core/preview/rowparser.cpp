// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview/rowparser.h"

#include <QStringDecoder>

namespace peaka::preview {

bool RowParser::decode(const QByteArray &bytes, QString &text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    text = decoder.decode(bytes);
    if (text.isNull())
        text = QStringLiteral("");   // an empty value, not a missing one
    return !decoder.hasError();
}

void RowParser::chopPartialUtf8(QByteArray &bytes)
{
    // Walk back over continuation bytes to the lead byte of the last sequence.
    qsizetype i = bytes.size();
    int continuation = 0;
    while (i > 0 && (uchar(bytes[i - 1]) & 0xC0) == 0x80 && continuation < 3) {
        --i;
        ++continuation;
    }
    if (i == 0)
        return;
    const uchar lead = uchar(bytes[i - 1]);
    const int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (length > 1 && continuation + 1 < length)
        bytes.truncate(i - 1);
}

QString RowParser::capped(QString text)
{
    // Counted in UTF-16 units: for ASCII the same cut as a CSV value's bytes.
    const qsizetype maxUnits = qMax<qsizetype>(1, m_options.maxFieldBytes);
    if (text.size() <= maxUnits)
        return text;
    qsizetype cut = maxUnits;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    m_notes |= NoteFieldCut;
    text.truncate(cut);
    return text + QChar(0x2026);
}

} // namespace peaka::preview
