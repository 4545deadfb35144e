// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloads/storageheaders.h"

#include "common/peopletext.h"

#include <QRegularExpression>

namespace peaka {
namespace {

// Non-negative decimal without sign or overflow, else -1.
qint64 digits(QStringView s)
{
    if (s.isEmpty() || s.size() > 19) // qint64 has 19 digits
        return -1;
    bool ok = false;
    const qint64 n = s.toLongLong(&ok);
    return ok && n >= 0 ? n : -1;
}

} // namespace

ContentRange parseContentRange(const QByteArray &value)
{
    static const QRegularExpression re(QStringLiteral("^\\s*bytes\\s+(?:(\\d+)-(\\d+)|\\*)/(\\d+|\\*)\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(value.left(200)));
    if (!m.hasMatch())
        return {};
    ContentRange r;
    if (m.capturedLength(1) > 0) {
        r.start = digits(m.capturedView(1));
        r.end = digits(m.capturedView(2));
        if (r.start < 0 || r.end < r.start)
            return {};
    }
    if (m.capturedView(3) != QLatin1String("*")) {
        r.total = digits(m.capturedView(3));
        if (r.total < 0 || (r.end >= 0 && r.end >= r.total))
            return {};
    }
    return r;
}

qint64 parseContentLength(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    for (char c : v) {
        if (c < '0' || c > '9')
            return -1;
    }
    return digits(QString::fromLatin1(v));
}

QString storageErrorField(const QByteArray &body, const char *name)
{
    const QRegularExpression re(QStringLiteral("<%1>([^<]{0,500})</%1>").arg(QLatin1String(name)));
    return textForPeople(re.match(QString::fromUtf8(body)).captured(1));
}

} // namespace peaka
