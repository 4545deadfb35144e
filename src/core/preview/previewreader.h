// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preview/columntypeguesser.h"
#include "preview/previewresult.h"

#include <QCoreApplication>
#include <QFile>

#include <atomic>
#include <memory>

class QIODevice;

namespace peaka {

namespace preview {
class ByteReader;
enum class Problem;
class RowParser;
}

// Reads a CSV or JSONL file, plain or gzipped, a batch of rows at a time and
// never more than it needs: the first read() detects the format (gzip by its
// magic bytes or a .gz name; JSONL by .jsonl/.ndjson or a leading '{'), sniffs
// the CSV delimiter and reads the header. Blocking; one thread at a time (the
// GUI runs it through PreviewJob on the thread pool).
class PreviewReader
{
    Q_DECLARE_TR_FUNCTIONS(peaka::PreviewReader)
public:
    // Opens `path` on the first read(); options.name defaults to the path.
    PreviewReader(const QString &path, PreviewOptions options);
    // Reads `device` (opened for reading, not owned, must outlive the reader).
    PreviewReader(QIODevice *device, PreviewOptions options);
    ~PreviewReader();
    PreviewReader(const PreviewReader &) = delete;
    PreviewReader &operator=(const PreviewReader &) = delete;

    // The next (up to) maxRows rows. After an error or the end, returns no rows.
    PreviewResult read(int maxRows, const std::atomic<bool> *cancel = nullptr);
    bool atEnd() const { return m_done; }

private:
    bool start(PreviewResult &result);
    void stop(PreviewResult &result, preview::Problem problem);
    void addNotes(PreviewResult &result, unsigned notes);
    void fillState(PreviewResult &result) const;
    QString displayName() const;

    PreviewOptions m_options;
    QString m_path;
    QIODevice *m_device = nullptr;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<preview::ByteReader> m_bytes;
    std::unique_ptr<preview::RowParser> m_parser;
    ColumnTypeGuesser m_types;
    PreviewFormat m_format = PreviewFormat::Auto;
    bool m_compressed = false;
    char m_delimiter = 0;
    bool m_started = false;
    bool m_done = false;
    PreviewResult::Failure m_failure = PreviewResult::Failure::None;
    QString m_error;
    unsigned m_notesSaid = 0;
    qint64 m_totalRows = 0;
    qint64 m_keptBytes = 0;
};

// One-shot helpers: the first options.rows rows of a file, or of bytes in memory
// (the entry point for tests and fuzzers).
PreviewResult previewFile(const QString &path, const PreviewOptions &options = {});
PreviewResult previewBytes(const QByteArray &data, const PreviewOptions &options = {});

} // namespace peaka
