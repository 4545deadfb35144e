// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview/previewreader.h"

#include "preview/bytereader.h"
#include "preview/csvparser.h"
#include "preview/jsonlparser.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>

#include <limits>

namespace peaka {

using preview::Problem;
using preview::RowParser;

namespace {

bool hasGzipMagic(QIODevice *device)
{
    const QByteArray magic = device->peek(2);
    return magic.size() == 2 && uchar(magic[0]) == 0x1f && uchar(magic[1]) == 0x8b;
}

QString withoutGz(const QString &name)
{
    return name.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive) ? name.chopped(3) : name;
}

PreviewFormat formatFromName(const QString &name)
{
    const QString base = withoutGz(name).toLower();
    if (base.endsWith(QLatin1String(".jsonl")) || base.endsWith(QLatin1String(".ndjson"))
        || base.endsWith(QLatin1String(".json")))
        return PreviewFormat::Jsonl;
    if (base.endsWith(QLatin1String(".csv")) || base.endsWith(QLatin1String(".tsv"))
        || base.endsWith(QLatin1String(".txt")))
        return PreviewFormat::Csv;
    return PreviewFormat::Auto;
}

qint64 textBytes(const QStringList &row)
{
    qint64 n = 0;
    for (const QString &v : row)
        n += v.size() * 2 + 16;
    return n;
}

} // namespace

PreviewReader::PreviewReader(const QString &path, PreviewOptions options)
    : m_options(std::move(options))
    , m_path(path)
{
    if (m_options.name.isEmpty())
        m_options.name = path;
}

PreviewReader::PreviewReader(QIODevice *device, PreviewOptions options)
    : m_options(std::move(options))
    , m_device(device)
{
}

PreviewReader::~PreviewReader() = default;

QString PreviewReader::displayName() const
{
    return m_options.name.isEmpty() ? tr("The data") : QDir::toNativeSeparators(m_options.name);
}

bool PreviewReader::start(PreviewResult &result)
{
    m_started = true;
    if (!m_device) {
        const QFileInfo info(m_path);
        if (!info.exists() || info.isDir()) {
            m_failure = PreviewResult::Failure::Missing;
            m_error = info.isDir() ? tr("%1 is a folder, not a file.").arg(displayName())
                                   : tr("%1 does not exist.").arg(displayName());
            return false;
        }
        m_file = std::make_unique<QFile>(m_path);
        if (!m_file->open(QIODevice::ReadOnly)) {
            m_failure = PreviewResult::Failure::Unreadable;
            m_error = tr("%1 could not be opened: %2.").arg(displayName(), m_file->errorString());
            return false;
        }
        m_device = m_file.get();
    }
    m_compressed = hasGzipMagic(m_device);
    if (!m_compressed && m_options.name.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive)
        && !m_device->peek(1).isEmpty()) {
        m_failure = PreviewResult::Failure::Corrupt;
        m_error = tr("%1 is named .gz but is not gzip data; the file may be damaged.").arg(displayName());
        return false;
    }
    m_bytes = std::make_unique<preview::ByteReader>(m_compressed ? preview::ByteSource::gzip(m_device)
                                                                 : preview::ByteSource::plain(m_device));
    if (m_bytes->lookAhead(3) == QByteArray("\xEF\xBB\xBF", 3))
        m_bytes->skip(3);

    m_format = m_options.format != PreviewFormat::Auto ? m_options.format : formatFromName(m_options.name);
    const QByteArray sample = m_bytes->lookAhead(preview::ByteReader::chunkSize);
    if (m_format == PreviewFormat::Auto)
        m_format = sample.trimmed().startsWith('{') ? PreviewFormat::Jsonl : PreviewFormat::Csv;

    if (m_format == PreviewFormat::Jsonl) {
        m_parser = std::make_unique<preview::JsonlParser>(*m_bytes, m_options);
        return true;
    }
    m_delimiter = m_options.delimiter;
    if (m_delimiter == 0) {
        m_delimiter = withoutGz(m_options.name).endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive)
            ? '\t'
            : preview::CsvParser::sniffDelimiter(sample, sample.size() < preview::ByteReader::chunkSize);
    }
    auto csv = std::make_unique<preview::CsvParser>(*m_bytes, m_options, m_delimiter);
    const RowParser::Step header = csv->readHeader();
    addNotes(result, csv->takeNotes());
    m_parser = std::move(csv);
    if (header == RowParser::Step::Error) {
        stop(result, m_parser->problem());
        return false;
    }
    if (header == RowParser::Step::End)
        m_done = true;
    return true;
}

PreviewResult PreviewReader::read(int maxRows, const std::atomic<bool> *cancel)
{
    PreviewResult result;
    if (!m_started && !start(result))
        m_done = true;
    QStringList row;
    while (!m_done && result.rows.size() < maxRows) {
        if (cancel && cancel->load())
            break;
        const RowParser::Step step = m_parser->next(row);
        addNotes(result, m_parser->takeNotes());
        if (step == RowParser::Step::End) {
            m_done = true;
            break;
        }
        if (step == RowParser::Step::Error) {
            stop(result, m_parser->problem());
            break;
        }
        m_types.add(row);
        result.rows << row;
        ++m_totalRows;
        m_keptBytes += textBytes(row);
        if (m_keptBytes > m_options.memoryBudget) {
            m_done = true;
            result.notes << tr("The preview stops after %Ln rows to keep memory in check.", "", int(m_totalRows));
        }
    }
    fillState(result);
    return result;
}

void PreviewReader::fillState(PreviewResult &result) const
{
    if (m_parser)
        result.columns = m_parser->columns();
    for (QStringList &r : result.rows) {
        while (r.size() < result.columns.size())
            r << QString();
    }
    result.types = m_types.types(int(result.columns.size()));
    result.format = m_format;
    result.compressed = m_compressed;
    result.delimiter = m_delimiter;
    result.totalRows = m_totalRows;
    result.atEnd = m_done;
    result.failure = m_failure;
    result.error = m_error;
}

void PreviewReader::stop(PreviewResult &result, Problem problem)
{
    Q_UNUSED(result);
    m_done = true;
    const QString name = displayName();
    const int rows = int(qMin<qint64>(m_totalRows, std::numeric_limits<int>::max()));
    m_failure = PreviewResult::Failure::Corrupt;
    switch (problem) {
    case Problem::Unreadable:
        m_failure = PreviewResult::Failure::Unreadable;
        m_error = tr("%1 could not be read: %2.").arg(name, m_bytes->deviceError());
        break;
    case Problem::CorruptGzip:
        m_error = tr("%1 is not valid gzip data or is damaged; %Ln rows could be read before the damage.", "", rows).arg(name);
        break;
    case Problem::TruncatedGzip:
        m_error = tr("%1 ends early: the gzip data is cut off after %Ln rows. The download may be incomplete.", "", rows).arg(name);
        break;
    case Problem::InvalidUtf8:
        m_error = tr("%1 is not UTF-8 text: invalid bytes follow row %Ln.", "", rows).arg(name);
        break;
    case Problem::UnterminatedQuote:
        m_error = tr("%1 ends inside a quoted value after %Ln rows; the file may be truncated.", "", rows).arg(name);
        break;
    case Problem::InvalidJson:
        m_error = tr("%1 has a line that is not valid JSON after %Ln rows; the file may be damaged or truncated.", "", rows).arg(name);
        break;
    case Problem::NotAnObject:
        m_error = tr("%1 has a line that is not a JSON object after %Ln rows; JSONL needs one object per line.", "", rows).arg(name);
        break;
    case Problem::None:
        m_error = tr("%1 could not be read.").arg(name);
        break;
    }
}

void PreviewReader::addNotes(PreviewResult &result, unsigned notes)
{
    notes &= ~m_notesSaid;
    m_notesSaid |= notes;
    const qint64 row = m_totalRows + 1;
    const QString kib = QString::number(m_options.maxFieldBytes / 1024);
    const QString mib = QString::number(double(m_options.maxLineBytes) / (1024 * 1024), 'g', 3);
    if (notes & preview::NoteFieldCut)
        result.notes << tr("Values longer than %1 KiB are cut (first in row %2).").arg(kib).arg(row);
    if (notes & preview::NoteLineCut)
        result.notes << tr("Rows longer than %1 MiB are cut (first: row %2).").arg(mib).arg(row);
    if (notes & preview::NoteLineSkipped)
        result.notes << tr("Lines longer than %1 MiB are left out (first after row %2).").arg(mib).arg(row - 1);
    if (notes & preview::NoteColumnsCut)
        result.notes << tr("Only the first %n columns are shown.", "", m_options.maxColumns);
    if (notes & preview::NoteShortRows)
        result.notes << tr("Some rows have fewer values than the header (first: row %1); the rest are empty.").arg(row);
    if (notes & preview::NoteLongRows)
        result.notes << tr("Some rows have more values than the header (first: row %1); columns were added.").arg(row);
}

PreviewResult previewFile(const QString &path, const PreviewOptions &options)
{
    PreviewReader reader(path, options);
    return reader.read(options.rows);
}

PreviewResult previewBytes(const QByteArray &data, const PreviewOptions &options)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    PreviewReader reader(&buffer, options);
    return reader.read(options.rows);
}

} // namespace peaka
