// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview/jsonlparser.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace peaka::preview {
namespace {

// A hand-written scanner for the top level, so that numbers keep their text and
// a nested value is validated and compacted without building a document per row.
class Scanner
{
public:
    explicit Scanner(const QByteArray &text) : m_p(text.constData()), m_end(m_p + text.size()) {}

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\r' || *m_p == '\n'))
            ++m_p;
    }
    bool atEnd() const { return m_p == m_end; }
    bool take(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    char peek() const { return m_p < m_end ? *m_p : '\0'; }

    // A JSON string at the cursor, unescaped.
    bool string(QString &out)
    {
        if (!take('"'))
            return false;
        out = QStringLiteral("");
        const char *run = m_p;
        while (m_p < m_end) {
            const uchar c = uchar(*m_p);
            if (c == '"') {
                out += QString::fromUtf8(run, m_p - run);
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c != '\\') {
                ++m_p;
                continue;
            }
            out += QString::fromUtf8(run, m_p - run);
            if (++m_p == m_end)
                return false;
            const char e = *m_p++;
            switch (e) {
            case '"': out += QLatin1Char('"'); break;
            case '\\': out += QLatin1Char('\\'); break;
            case '/': out += QLatin1Char('/'); break;
            case 'b': out += QLatin1Char('\b'); break;
            case 'f': out += QLatin1Char('\f'); break;
            case 'n': out += QLatin1Char('\n'); break;
            case 'r': out += QLatin1Char('\r'); break;
            case 't': out += QLatin1Char('\t'); break;
            case 'u': {
                if (m_end - m_p < 4)
                    return false;
                bool ok = false;
                const ushort unit = QByteArray(m_p, 4).toUShort(&ok, 16);
                if (!ok)
                    return false;
                m_p += 4;
                out += QChar(unit);   // surrogate pairs arrive as two escapes
                break;
            }
            default:
                return false;
            }
            run = m_p;
        }
        return false;
    }

    // Any JSON value at the cursor; `out` gets its text as shown (null QString for null).
    bool value(QString &out)
    {
        const char c = peek();
        if (c == '"')
            return string(out);
        if (c == '{' || c == '[')
            return nested(out);
        for (const char *word : {"true", "false", "null"}) {
            const qsizetype n = qsizetype(qstrlen(word));
            if (m_end - m_p >= n && qstrncmp(m_p, word, size_t(n)) == 0) {
                m_p += n;
                out = c == 'n' ? QString() : QString::fromLatin1(word);
                return true;
            }
        }
        return number(out);
    }

private:
    bool number(QString &out)
    {
        const char *start = m_p;
        const auto digits = [this] {
            const char *from = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            return m_p > from;
        };
        take('-');
        if (!take('0') && !digits())
            return false;
        if (take('.') && !digits())
            return false;
        if (take('e') || take('E')) {
            if (!take('+'))
                take('-');
            if (!digits())
                return false;
        }
        out = QString::fromLatin1(start, m_p - start);
        return true;
    }

    // An object or array: found by bracket depth, validated by Qt, shown compact.
    bool nested(QString &out)
    {
        const char *start = m_p;
        int depth = 0;
        QByteArray compact;
        while (m_p < m_end) {
            const char c = *m_p++;
            if (c == '"') {
                const char *s = m_p - 1;
                while (m_p < m_end && *m_p != '"')
                    m_p += *m_p == '\\' ? 2 : 1;
                if (m_p >= m_end)
                    return false;
                ++m_p;
                compact.append(s, m_p - s);
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                continue;
            compact.append(c);
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    break;
            }
        }
        if (depth != 0)
            return false;
        QJsonParseError error{};
        QJsonDocument::fromJson(QByteArray::fromRawData(start, m_p - start), &error);
        if (error.error != QJsonParseError::NoError)
            return false;
        out = QString::fromUtf8(compact);
        return true;
    }

    const char *m_p;
    const char *m_end;
};

} // namespace

bool JsonlParser::parseObject(const QByteArray &line, QList<std::pair<QString, QString>> &members,
                              bool *notObject)
{
    members.clear();
    Scanner s(line);
    s.skipSpace();
    if (!s.take('{')) {
        if (notObject) {
            QJsonParseError error{};
            QJsonDocument::fromJson(line, &error);
            QString ignored;
            Scanner scalar(line);
            scalar.skipSpace();
            *notObject = error.error == QJsonParseError::NoError
                || (scalar.value(ignored) && (scalar.skipSpace(), scalar.atEnd()));
        }
        return false;
    }
    s.skipSpace();
    if (!s.take('}')) {
        for (;;) {
            QString key;
            QString value;
            s.skipSpace();
            if (!s.string(key))
                return false;
            s.skipSpace();
            if (!s.take(':'))
                return false;
            s.skipSpace();
            if (!s.value(value))
                return false;
            members.append({key, value});
            s.skipSpace();
            if (s.take('}'))
                break;
            if (!s.take(','))
                return false;
        }
    }
    s.skipSpace();
    return s.atEnd();
}

JsonlParser::Line JsonlParser::readLine(QByteArray &line)
{
    line.clear();
    bool tooLong = false;
    bool any = false;
    for (;;) {
        const int c = m_in.get();
        if (c < 0)
            return any ? (tooLong ? Line::TooLong : Line::Text) : Line::End;
        any = true;
        if (c == '\n')
            return tooLong ? Line::TooLong : Line::Text;
        if (line.size() < m_options.maxLineBytes)
            line.append(char(c));
        else
            tooLong = true;
    }
}

int JsonlParser::columnFor(const QString &key)
{
    const auto it = m_index.constFind(key);
    if (it != m_index.cend())
        return it.value();
    if (m_columns.size() >= m_options.maxColumns) {
        m_notes |= NoteColumnsCut;
        return -1;
    }
    const int index = int(m_columns.size());
    m_index.insert(key, index);
    // Keys are told apart in full, but a header shows no more than a value may.
    m_columns << capped(key);
    return index;
}

RowParser::Step JsonlParser::next(QStringList &row)
{
    QByteArray line;
    QList<std::pair<QString, QString>> members;
    for (;;) {
        const Line kind = readLine(line);
        if (kind == Line::End)
            return m_in.failed() ? Step::Error : Step::End;
        if (m_in.failed())
            return Step::Error;   // the line may be cut short by the failure
        if (kind == Line::TooLong) {
            m_notes |= NoteLineSkipped;
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        QString check;
        if (!decode(line, check))
            return fail(Problem::InvalidUtf8);
        bool notObject = false;
        if (!parseObject(line, members, &notObject))
            return fail(notObject ? Problem::NotAnObject : Problem::InvalidJson);
        row.clear();
        for (const auto &[key, value] : members) {
            const int column = columnFor(key);
            if (column < 0)
                continue;
            while (row.size() <= column)
                row << QString();
            row[column] = value.isNull() ? QString() : capped(value);
        }
        return Step::Row;
    }
}

} // namespace peaka::preview
