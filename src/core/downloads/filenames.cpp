// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloads/filenames.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace peaka {
namespace {

constexpr int kMaxExtensionBytes = 24;

bool isBidiControl(char32_t c)
{
    return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isReservedChar(char32_t c)
{
    switch (c) {
    case '<': case '>': case ':': case '"': case '/': case '\\': case '|': case '?': case '*':
        return true;
    default:
        return false;
    }
}

// CON, PRN, AUX, NUL, COM1-9, LPT1-9: reserved on Windows also with an extension.
bool isReservedBaseName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9¹²³]|LPT[1-9¹²³])$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QString base = name.section(QLatin1Char('.'), 0, 0).trimmed();
    return re.match(base).hasMatch();
}

QString stripEnds(QString s)
{
    // No leading dots (hidden files, "..") or spaces; no trailing dots or spaces (Windows drops them).
    int start = 0;
    while (start < s.size() && (s.at(start) == QLatin1Char('.') || s.at(start).isSpace()))
        ++start;
    int end = s.size();
    while (end > start && (s.at(end - 1) == QLatin1Char('.') || s.at(end - 1).isSpace()))
        --end;
    return s.mid(start, end - start);
}

// Cuts `s` to at most `maxBytes` of UTF-8 at a grapheme boundary.
QString truncateUtf8(const QString &s, int maxBytes)
{
    if (s.toUtf8().size() <= maxBytes)
        return s;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, s);
    int good = 0;
    int pos = 0;
    while ((pos = finder.toNextBoundary()) != -1) {
        if (QStringView(s).left(pos).toUtf8().size() > maxBytes)
            break;
        good = pos;
    }
    return s.left(good);
}

} // namespace

QString FileNames::extension(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral("((\\.[^.\\s]{1,10})?\\.(gz|bz2|xz|zst|zip|lz4|br)|\\.[^.\\s]{1,16})$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(name);
    if (!m.hasMatch() || m.capturedStart() == 0)
        return {};
    return m.captured(0);
}

QString FileNames::sanitize(const QString &serverName)
{
    QString name = serverName;
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    name = name.section(QLatin1Char('/'), -1);
    // A drive-relative name such as "C:data.csv".
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    name.remove(drive);

    QString clean;
    clean.reserve(name.size());
    for (char32_t c : name.toUcs4()) {
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || isBidiControl(c) || c == 0xFEFF)
            continue;
        if (isReservedChar(c))
            clean += QLatin1Char('_');
        else
            clean += QString::fromUcs4(&c, 1);
    }
    clean = stripEnds(clean);

    if (isReservedBaseName(clean))
        clean.prepend(QLatin1Char('_'));

    if (clean.toUtf8().size() > maxNameBytes) {
        QString ext = extension(clean);
        if (ext.toUtf8().size() > kMaxExtensionBytes)
            ext.clear();
        const QString stem = clean.left(clean.size() - ext.size());
        clean = stripEnds(truncateUtf8(stem, maxNameBytes - int(ext.toUtf8().size()))) + ext;
        clean = stripEnds(clean);
    }
    if (clean.isEmpty())
        clean = QStringLiteral("download");
    return clean;
}

QString FileNames::numbered(const QString &name, int n)
{
    if (n <= 0)
        return name;
    const QString ext = extension(name);
    QString stem = name.left(name.size() - ext.size());
    const QString suffix = QStringLiteral(" (%1)").arg(n);
    // Stay within the byte limit also with the number. A stem that was one
    // long grapheme may be cut to nothing: " (1).csv" would start with a space.
    stem = stripEnds(truncateUtf8(stem, maxNameBytes - int((suffix + ext).toUtf8().size())));
    if (stem.isEmpty())
        stem = QStringLiteral("download");
    return stem + suffix + ext;
}

QString FileNames::uniqueName(const QString &folder, const QString &name,
                              const std::function<bool(const QString &)> &taken)
{
    const QDir dir(folder);
    for (int n = 0;; ++n) {
        const QString candidate = numbered(name, n);
        const bool exists = QFileInfo::exists(dir.filePath(candidate))
            || QFileInfo::exists(dir.filePath(candidate + QStringLiteral(".part")));
        if (!exists && !(taken && taken(candidate)))
            return candidate;
    }
}

bool FileNames::isInside(const QString &folder, const QString &path)
{
    const QString canonicalFolder = QFileInfo(folder).canonicalFilePath();
    if (canonicalFolder.isEmpty())
        return false;
    const QFileInfo target(QDir::cleanPath(QDir(folder).absoluteFilePath(path)));
    // The file need not exist yet: resolve its parent folder.
    const QString parent = QFileInfo(target.absolutePath()).canonicalFilePath();
    if (parent.isEmpty())
        return false;
    if (target.isSymLink())
        return false;   // never write through a symbolic link, not even a dangling one
    const QString resolved = parent;
    if (target.fileName().isEmpty() || target.fileName() == QLatin1String("..")
        || target.fileName() == QLatin1String("."))
        return false;
    return resolved == canonicalFolder || resolved.startsWith(canonicalFolder + QLatin1Char('/'));
}

QString FileNames::renameToUnique(const QString &from, const QString &folder, const QString &name,
                                  QString *error)
{
    const QDir dir(folder);
    for (int n = 0; n < 10000; ++n) {
        const QString candidate = dir.filePath(numbered(name, n));
        if (!isInside(folder, candidate)) {
            if (error)
                *error = QCoreApplication::translate("peaka::FileNames", "the name leads outside the folder");
            return {};
        }
        if (QFileInfo::exists(candidate) || QFileInfo(candidate).isSymLink())
            continue;
        QFile file(from);
        // QFile::rename never replaces an existing file.
        if (file.rename(candidate))
            return candidate;
        if (QFileInfo::exists(candidate))
            continue;   // appeared in the meantime
        if (error)
            *error = file.errorString();
        return {};
    }
    if (error)
        *error = QCoreApplication::translate("peaka::FileNames", "too many files with this name");
    return {};
}

QString FileNames::withoutGz(const QString &name)
{
    if (!name.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive) || name.size() <= 3)
        return {};
    // "data .gz" must not become "data " (Windows drops trailing spaces and dots).
    return stripEnds(name.left(name.size() - 3));
}

} // namespace peaka
