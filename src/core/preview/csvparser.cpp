// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview/csvparser.h"

#include <QHash>

#include <array>

namespace peaka::preview {

CsvParser::CsvParser(ByteReader &reader, const PreviewOptions &options, char delimiter)
    : RowParser(reader, options)
    , m_delimiter(delimiter)
{
}

QString CsvParser::columnName(int index)
{
    return tr("column %1", "name of a CSV column without a header").arg(index + 1);
}

RowParser::Step CsvParser::readHeader()
{
    QStringList header;
    const Step step = readRecord(header);
    if (step != Step::Row)
        return step;
    for (int i = 0; i < header.size(); ++i)
        m_columns << (header[i].trimmed().isEmpty() ? columnName(i) : header[i]);
    return Step::Row;
}

RowParser::Step CsvParser::next(QStringList &row)
{
    const Step step = readRecord(row);
    if (step != Step::Row)
        return step;
    if (row.size() < m_columns.size())
        m_notes |= NoteShortRows;
    if (row.size() > m_columns.size()) {
        m_notes |= NoteLongRows;
        while (m_columns.size() < row.size())
            m_columns << columnName(int(m_columns.size()));
    }
    return Step::Row;
}

bool CsvParser::endField(QByteArray &field, bool cut, QStringList &row)
{
    if (cut)
        chopPartialUtf8(field);
    QString text;
    if (!decode(field, text))
        return false;
    if (cut)
        text += QChar(0x2026);
    field.clear();
    if (row.size() < m_options.maxColumns)
        row << text;
    else
        m_notes |= NoteColumnsCut;
    return true;
}

RowParser::Step CsvParser::readRecord(QStringList &row)
{
    row.clear();
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    QByteArray field;
    bool fieldCut = false;
    qsizetype rowBytes = 0;   // bytes kept in this row so far
    const auto keep = [&](char c) {
        if (field.size() >= m_options.maxFieldBytes) {
            fieldCut = true;
        } else if (rowBytes >= m_options.maxLineBytes) {
            m_notes |= NoteLineCut;
        } else {
            field.append(c);
            ++rowBytes;
        }
    };
    const auto finishField = [&]() {
        const bool ok = endField(field, fieldCut, row);
        if (fieldCut)
            m_notes |= NoteFieldCut;
        fieldCut = false;
        return ok;
    };

    for (;;) {
        const int c = m_in.get();
        if (c < 0) {
            if (m_in.failed())
                return Step::Error;
            if (state == State::Quoted)
                return fail(Problem::UnterminatedQuote);
            if (state == State::FieldStart && row.isEmpty())
                return Step::End;
            return finishField() ? Step::Row : fail(Problem::InvalidUtf8);
        }
        if (state == State::Quoted) {
            // Everything up to the closing quote is data, line breaks included.
            if (c == '"')
                state = State::QuoteInQuoted;
            else
                keep(char(c));
            continue;
        }
        const bool lineEnd = c == '\n' || c == '\r';
        if (c == '\r' && m_in.peek() == '\n')
            m_in.get();
        switch (state) {
        case State::FieldStart:
            if (c == '"') {
                state = State::Quoted;
                continue;
            }
            if (lineEnd && row.isEmpty())
                continue;   // a blank line
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
        unquoted:
            if (c == m_delimiter) {
                if (!finishField())
                    return fail(Problem::InvalidUtf8);
                state = State::FieldStart;
            } else if (lineEnd) {
                return finishField() ? Step::Row : fail(Problem::InvalidUtf8);
            } else {
                keep(char(c));
            }
            continue;
        case State::Quoted:
            continue;   // handled above
        case State::QuoteInQuoted:
            if (c == '"') {
                keep('"');
                state = State::Quoted;
                continue;
            }
            state = State::Unquoted;   // lenient: text after a closing quote is kept
            goto unquoted;
        }
    }
}

char CsvParser::sniffDelimiter(const QByteArray &sample, bool sampleIsWholeFile)
{
    static constexpr std::array<char, 4> candidates = {',', ';', '\t', '|'};
    // Counts per record, quotes respected; the last record is dropped when the sample cuts it.
    QList<std::array<int, 4>> counts;
    std::array<int, 4> current{};
    bool quoted = false;
    bool any = false;
    for (const char c : sample) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            if (any)
                counts << current;
            current = {};
            any = false;
            if (counts.size() >= 50)
                break;
            continue;
        } else if (!quoted) {
            for (size_t i = 0; i < candidates.size(); ++i) {
                if (c == candidates[i])
                    ++current[i];
            }
        }
        any = true;
    }
    if (any && (sampleIsWholeFile || counts.isEmpty()))
        counts << current;

    char best = ',';
    int bestSteady = 0;
    int bestCount = 0;
    for (size_t i = 0; i < candidates.size(); ++i) {
        // The most common non-zero count and how many records have it.
        QHash<int, int> histogram;
        for (const auto &record : counts) {
            if (record[i] > 0)
                ++histogram[record[i]];
        }
        int steady = 0;
        int count = 0;
        for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
            if (it.value() > steady || (it.value() == steady && it.key() > count)) {
                steady = it.value();
                count = it.key();
            }
        }
        if (steady > bestSteady || (steady == bestSteady && steady > 0 && count > bestCount)) {
            best = candidates[i];
            bestSteady = steady;
            bestCount = count;
        }
    }
    return best;
}

} // namespace peaka::preview
