// SPDX-License-Identifier: GPL-3.0-or-later
// A server's file name → one safe file name: no folder parts, no reserved or
// control characters, no hidden or Windows-reserved names, at most 200 UTF-8
// bytes, never empty; sanitising again changes nothing; numbered copies and
// the name without ".gz" are safe too.
#include "fuzzsupport.h"

#include "downloads/filenames.h"

#include <QRegularExpression>

#include <cstring>

using namespace peaka;

namespace {

void checkSafe(const QString &name, const QString &from)
{
    const QString why = QStringLiteral("\"%1\" from \"%2\"").arg(name.left(80), from.left(80));
    FUZZ_CHECK(!name.isEmpty(), why);
    FUZZ_CHECK(name.toUtf8().size() <= FileNames::maxNameBytes, why);
    FUZZ_CHECK(name != QLatin1String(".") && name != QLatin1String(".."), why);
    FUZZ_CHECK(!name.startsWith(QLatin1Char('.')) && !name.at(0).isSpace(), why);
    FUZZ_CHECK(!name.endsWith(QLatin1Char('.')) && !name.at(name.size() - 1).isSpace(), why);
    for (char32_t c : name.toUcs4()) {
        FUZZ_CHECK(c >= 0x20 && c != 0x7F && !(c >= 0x80 && c <= 0x9F), why);
        FUZZ_CHECK(c >= 0x80 || !std::strchr("<>:\"/\\|?*", int(c)), why);
        FUZZ_CHECK(c != 0xFEFF && c != 0x200E && c != 0x200F && !(c >= 0x202A && c <= 0x202E)
                       && !(c >= 0x2066 && c <= 0x2069),
                   why);
        FUZZ_CHECK(!(c >= 0xD800 && c <= 0xDFFF), why);
    }
    static const QRegularExpression reserved(QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9¹²³]|LPT[1-9¹²³])$"),
                                             QRegularExpression::CaseInsensitiveOption);
    FUZZ_CHECK(!reserved.match(name.section(QLatin1Char('.'), 0, 0).trimmed()).hasMatch(), why);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString server = QString::fromUtf8(fuzz::bytes(data, size));
    const QString name = FileNames::sanitize(server);
    checkSafe(name, server);
    FUZZ_CHECK(FileNames::sanitize(name) == name, name);
    for (int n : {1, 99999})
        checkSafe(FileNames::numbered(name, n), server);
    const QString plain = FileNames::withoutGz(name);
    if (!plain.isEmpty())
        checkSafe(plain, server);
    const QString ext = FileNames::extension(name);
    FUZZ_CHECK(name.endsWith(ext) && ext.size() < name.size(), name);
    return 0;
}
