#pragma once

#include "core/domain/AnalyticsReport.h"
#include "core/domain/TenantSummary.h"
#include "core/domain/UsageEvent.h"
#include "core/export/ByteSink.h"
#include "core/export/ExportFormat.h"
#include "core/export/HistoryRow.h"

#include <QIODevice>
#include <QStringList>
#include <array>
#include <memory>
#include <span>

namespace qw {

// Streams one table (docs/export.md) to a device as CSV, JSON or NDJSON. It formats into a
// chunk buffer and hands the device a chunk at a time, so it never holds more than the
// page it is given plus that buffer. Call begin(), write() any number of pages of the
// writer's kind, then finish(). Every call returns false once something failed (the device
// refused bytes, or a page of the wrong kind: a programming error), with errorString().
// A QList of rows converts to the span: writer.write(page.records).
class ExportWriter final {
public:
    static constexpr qsizetype chunkSize = 64 * 1024;

    ExportWriter(ExportKind kind, ExportOptions options, QIODevice &out);

    bool begin();                                       // BOM + header row (CSV) or '[' (JSON)
    bool write(std::span<const UsageEvent> records);    // kind Records
    bool write(const AnalyticsReport &report);          // kind Analytics
    bool write(std::span<const HistoryRow> rows);       // kind History
    bool write(std::span<const TenantSummary> tenants); // kind Tenants
    bool finish();                                      // closes the JSON array
    qint64 rowsWritten() const { return m_rows; }
    QString errorString() const { return m_error; }

    // The header: the same names as the JSON keys, local-time columns included.
    static QStringList columns(ExportKind kind, const ExportOptions &options);

private:
    enum class State { Created, Writing, Finished, Failed };

    bool canWrite(ExportKind kind);
    bool fail(const QString &message);
    bool flushIfFull();
    bool flush();

    void beginRow();
    void endRow();
    void nextField();
    void text(QStringView value);
    void nullableText(const std::optional<QString> &value);
    void textOrNull(const QString &value); // empty: absent
    void number(double value);
    void nullableNumber(const std::optional<double> &value);
    void integer(qint64 value);
    void null();
    void instant(const QDateTime &value); // and the local-time column, if any
    int localOffsetSeconds(qint64 msSinceEpoch);

    bool writeCsvRecords(std::span<const UsageEvent> records);
    char *putRepeatedCsvText(char *p, const QString &text);
    void analyticsRow(QStringView row, const QDateTime &bucket, QStringView groupBy,
                      QStringView key, const AnalyticsTotals &values);

    ExportKind m_kind;
    ExportOptions m_options;
    QIODevice &m_out;
    State m_state = State::Created;
    QString m_error;
    qint64 m_rows = 0;
    ByteSink m_buffer;
    bool m_csv = true;
    // JSON: `"key":` of every column, with the comma before all but the first.
    QList<QByteArray> m_keys;
    int m_field = 0;
    // The CSV of recently written names (provider, model, ...), found by their QString's
    // data: the records of a page share those. Holding a copy keeps that data alive and
    // unchanged, so the same address and size means the same text. 20 KiB, made on first use.
    struct EncodedText {
        QString source;             // keeps key's data alive and unchanged
        const QChar *key = nullptr; // source.constData(), compared without its null check
        qsizetype units = 0;
        qsizetype size = 0;
        char bytes[48];
    };
    std::unique_ptr<std::array<EncodedText, 256>> m_encoded;
    // The local time zone's offset holds from m_offsetFrom until its next transition.
    qint64 m_offsetFrom = 1;
    qint64 m_offsetUntil = 0;
    int m_offset = 0;
};

} // namespace qw
