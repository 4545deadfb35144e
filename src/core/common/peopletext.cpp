// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/peopletext.h"

#include <QRegularExpression>

namespace peaka {
namespace {

// A complete tag (<b>, </div>, <br/>, <!DOCTYPE …>, <?xml …?>) or comment.
const QRegularExpression &tagPattern()
{
    static const QRegularExpression re(QStringLiteral("<!--.*?(-->|$)|<[!?/]?[A-Za-z][^<>]*>"),
                                       QRegularExpression::DotMatchesEverythingOption);
    return re;
}

// What is left of a tag that was cut or malformed: "<body", "</", "x<" at the end.
const QRegularExpression &tagStartPattern()
{
    static const QRegularExpression re(QStringLiteral("<[!?/]?[A-Za-z]|</|<$"));
    return re;
}

bool isDropped(QChar c)
{
    switch (c.category()) {
    case QChar::Other_Control:   // C0/C1 controls that are not whitespace: \0, ESC, DEL, …
    case QChar::Other_Format:    // bidi overrides, zero-width joiners, soft hyphen
    case QChar::Other_Surrogate: // a lone half of a pair (paired halves are kept below)
        return true;
    default:
        return false;
    }
}

// Whitespace controls (tab, newline) become spaces; other control, format and
// lone surrogate characters go. Done before tags are looked for: dropping
// "\x01" from "<!-\x01-" would otherwise make a comment after the tag pass.
QString withoutControls(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            const char32_t ucs = QChar::surrogateToUcs4(c, s.at(i + 1));
            if (QChar::category(ucs) != QChar::Other_Format) // e.g. the U+E00xx tag characters
                out += QStringView(s).mid(i, 2);
            ++i;
            continue;
        }
        if (c.isSpace())
            out += QLatin1Char(' ');
        else if (!isDropped(c))
            out += c;
    }
    return out;
}

} // namespace

QString textForPeople(const QString &raw, int maxChars)
{
    // Controls first, then tags: replacing a tag by a space cannot join characters
    // into a new tag, and simplified() only changes whitespace.
    QString out = withoutControls(raw);
    out.replace(tagPattern(), QStringLiteral(" "));
    out = out.simplified();
    if (out.contains(tagStartPattern()))
        return {};
    if (out.size() > maxChars) {
        qsizetype cut = qMax(0, maxChars - 1);
        if (cut > 0 && out.at(cut - 1).isHighSurrogate())
            --cut;
        out = out.left(cut).trimmed() + QChar(0x2026);
    }
    return out;
}

bool hasMarkupOrControls(const QString &text)
{
    if (text.contains(tagPattern()) || text.contains(tagStartPattern()))
        return true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            if (QChar::category(QChar::surrogateToUcs4(c, text.at(i + 1))) == QChar::Other_Format)
                return true;
            ++i;
            continue;
        }
        if (isDropped(c))
            return true;
    }
    return false;
}

} // namespace peaka
