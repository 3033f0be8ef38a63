#include "core/export/ExportWriter.h"

#include "core/domain/QuotaLevel.h"
#include "core/export/ExportCells.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <cmath>
#include <cstring>
#include <limits>

namespace qw {

Q_LOGGING_CATEGORY(lcExport, "qw.core.export", QtInfoMsg)

namespace {

// The columns of each kind before local-time columns; the instant columns get one each.
QStringList baseColumns(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Records:
        return {QStringLiteral("id"),
                QStringLiteral("timestamp"),
                QStringLiteral("userId"),
                QStringLiteral("provider"),
                QStringLiteral("model"),
                QStringLiteral("endpoint"),
                QStringLiteral("method"),
                QStringLiteral("statusCode"),
                QStringLiteral("responseTimeMs"),
                QStringLiteral("tokens"),
                QStringLiteral("cost")};
    case ExportKind::Analytics:
        return {QStringLiteral("row"),
                QStringLiteral("bucket"),
                QStringLiteral("groupBy"),
                QStringLiteral("key"),
                QStringLiteral("requests"),
                QStringLiteral("successful"),
                QStringLiteral("failed"),
                QStringLiteral("successRate"),
                QStringLiteral("tokens"),
                QStringLiteral("cost"),
                QStringLiteral("avgResponseTimeMs")};
    case ExportKind::History:
        return {QStringLiteral("quotaId"), QStringLiteral("at"), QStringLiteral("used"),
                QStringLiteral("limit"), QStringLiteral("percent")};
    case ExportKind::Tenants:
        return {QStringLiteral("id"),           QStringLiteral("name"),
                QStringLiteral("tier"),         QStringLiteral("status"),
                QStringLiteral("maxPercent"),   QStringLiteral("worstQuotaId"),
                QStringLiteral("lastActivity"), QStringLiteral("userCount")};
    }
    return {};
}

bool isInstantColumn(ExportKind kind, const QString &column)
{
    switch (kind) {
    case ExportKind::Records:
        return column == QStringLiteral("timestamp");
    case ExportKind::Analytics:
        return column == QStringLiteral("bucket");
    case ExportKind::History:
        return column == QStringLiteral("at");
    case ExportKind::Tenants:
        return column == QStringLiteral("lastActivity");
    }
    return false;
}

} // namespace

QStringList ExportWriter::columns(ExportKind kind, const ExportOptions &options)
{
    QStringList out;
    for (const QString &column : baseColumns(kind)) {
        out.append(column);
        if (options.localTime && isInstantColumn(kind, column))
            out.append(column + QStringLiteral("Local"));
    }
    return out;
}

ExportWriter::ExportWriter(ExportKind kind, ExportOptions options, QIODevice &out)
    : m_kind(kind)
    , m_options(std::move(options))
    , m_out(out)
    , m_buffer(chunkSize + 4096)
    , m_csv(m_options.format == ExportFormat::Csv)
{
    const QStringList names = columns(m_kind, m_options);
    for (qsizetype i = 0; i < names.size(); ++i) {
        ByteSink key;
        if (i > 0)
            key.append(',');
        appendJsonString(key, names[i]);
        key.append(':');
        m_keys.append(QByteArray(key.data(), key.size()));
    }
}

bool ExportWriter::fail(const QString &message)
{
    if (m_state != State::Failed) {
        m_state = State::Failed;
        m_error = message;
        qCInfo(lcExport) << "export stopped:" << message; // the caller tells the user
    }
    return false;
}

bool ExportWriter::flush()
{
    if (m_buffer.size() == 0)
        return true;
    // A device may take part of a chunk (write(2) when a disk fills): the rest is offered
    // again, so a refusal comes with the device's reason ("No space left on device"),
    // not an "Unknown error" for a short count.
    qint64 offset = 0;
    while (offset < m_buffer.size()) {
        const qint64 written = m_out.write(m_buffer.data() + offset, m_buffer.size() - offset);
        if (written <= 0) {
            return fail(
                QCoreApplication::translate("qw::ExportWriter", "Could not write the export: %1")
                    .arg(m_out.errorString()));
        }
        offset += written;
    }
    m_buffer.clear();
    return true;
}

bool ExportWriter::flushIfFull()
{
    return m_buffer.size() < chunkSize || flush();
}

bool ExportWriter::begin()
{
    if (m_state != State::Created) {
        return fail(
            QCoreApplication::translate("qw::ExportWriter", "The export was already started."));
    }
    if (!m_out.isWritable()) {
        return fail(QCoreApplication::translate("qw::ExportWriter",
                                                "The export destination is not open for writing."));
    }
    m_state = State::Writing;
    switch (m_options.format) {
    case ExportFormat::Csv: {
        if (m_options.utf8Bom)
            m_buffer.appendLiteral("\xef\xbb\xbf");
        const QStringList names = columns(m_kind, m_options);
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (i > 0)
                m_buffer.append(',');
            appendCsvText(m_buffer, names[i]);
        }
        m_buffer.appendLiteral("\r\n");
        break;
    }
    case ExportFormat::Json:
        m_buffer.append('[');
        break;
    case ExportFormat::Ndjson:
        break;
    }
    return flushIfFull();
}

bool ExportWriter::finish()
{
    if (m_state == State::Failed)
        return false;
    if (m_state == State::Created) {
        return fail(QCoreApplication::translate("qw::ExportWriter",
                                                "The export was finished without being started."));
    }
    if (m_state == State::Finished) {
        return fail(
            QCoreApplication::translate("qw::ExportWriter", "The export was already finished."));
    }
    if (m_options.format == ExportFormat::Json)
        m_buffer.appendLiteral("\n]\n");
    if (!flush())
        return false;
    m_state = State::Finished;
    return true;
}

bool ExportWriter::canWrite(ExportKind kind)
{
    if (m_state == State::Failed)
        return false;
    if (m_state != State::Writing) {
        return fail(QCoreApplication::translate(
            "qw::ExportWriter", "Rows were written to an export that is not in progress."));
    }
    if (kind != m_kind) {
        return fail(QCoreApplication::translate("qw::ExportWriter",
                                                "Rows of %1 were written to an export of %2.")
                        .arg(exportKindToString(kind), exportKindToString(m_kind)));
    }
    return true;
}

void ExportWriter::beginRow()
{
    m_field = 0;
    switch (m_options.format) {
    case ExportFormat::Csv:
        break;
    case ExportFormat::Json:
        if (m_rows > 0)
            m_buffer.append(',');
        m_buffer.appendLiteral("\n{");
        break;
    case ExportFormat::Ndjson:
        m_buffer.append('{');
        break;
    }
}

void ExportWriter::endRow()
{
    switch (m_options.format) {
    case ExportFormat::Csv:
        m_buffer.appendLiteral("\r\n");
        break;
    case ExportFormat::Json:
        m_buffer.append('}');
        break;
    case ExportFormat::Ndjson:
        m_buffer.appendLiteral("}\n");
        break;
    }
    ++m_rows;
}

void ExportWriter::nextField()
{
    if (m_csv) {
        if (m_field > 0)
            m_buffer.append(',');
    } else {
        const QByteArray &key = m_keys[m_field];
        m_buffer.append(key.constData(), key.size());
    }
    ++m_field;
}

void ExportWriter::text(QStringView value)
{
    nextField();
    if (m_csv)
        appendCsvText(m_buffer, value);
    else
        appendJsonString(m_buffer, value);
}

void ExportWriter::null()
{
    nextField();
    if (!m_csv)
        m_buffer.appendLiteral("null");
}

void ExportWriter::nullableText(const std::optional<QString> &value)
{
    if (value)
        text(*value);
    else
        null();
}

void ExportWriter::textOrNull(const QString &value)
{
    if (value.isEmpty())
        null();
    else
        text(value);
}

void ExportWriter::number(double value)
{
    if (!std::isfinite(value)) {
        null(); // neither CSV nor JSON has a spelling everyone reads back
        return;
    }
    nextField();
    appendNumber(m_buffer, value);
}

void ExportWriter::nullableNumber(const std::optional<double> &value)
{
    if (value)
        number(*value);
    else
        null();
}

void ExportWriter::integer(qint64 value)
{
    nextField();
    appendInteger(m_buffer, value);
}

int ExportWriter::localOffsetSeconds(qint64 msSinceEpoch)
{
    if (msSinceEpoch >= m_offsetFrom && msSinceEpoch < m_offsetUntil)
        return m_offset;
    const QTimeZone &zone = *m_options.localTime;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC);
    m_offset = zone.offsetFromUtc(at);
    // Exports run oldest first: one offset holds until the zone's next transition.
    const QTimeZone::OffsetData next =
        zone.hasTransitions() ? zone.nextTransition(at) : QTimeZone::OffsetData{};
    m_offsetFrom = msSinceEpoch;
    m_offsetUntil =
        next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    return m_offset;
}

void ExportWriter::instant(const QDateTime &value)
{
    const bool local = m_options.localTime.has_value();
    if (!value.isValid()) {
        null();
        if (local)
            null();
        return;
    }
    const qint64 ms = value.toMSecsSinceEpoch();
    nextField();
    if (!m_csv)
        m_buffer.append('"');
    appendUtcInstant(m_buffer, ms);
    if (!m_csv)
        m_buffer.append('"');
    if (!local)
        return;
    nextField();
    if (!m_csv)
        m_buffer.append('"');
    appendOffsetInstant(m_buffer, ms, localOffsetSeconds(ms));
    if (!m_csv)
        m_buffer.append('"');
}

bool ExportWriter::write(std::span<const UsageEvent> records)
{
    if (!canWrite(ExportKind::Records))
        return false;
    if (m_csv && !m_options.localTime)
        return writeCsvRecords(records);
    for (const UsageEvent &e : records) {
        beginRow();
        text(e.id);
        instant(e.timestamp);
        nullableText(e.userId);
        nullableText(e.provider);
        nullableText(e.model);
        nullableText(e.endpoint);
        nullableText(e.method);
        integer(e.statusCode);
        nullableNumber(e.responseTimeMs);
        integer(e.tokens);
        number(e.cost);
        endRow();
        if (!flushIfFull())
            return false;
    }
    return true;
}

inline char *ExportWriter::putRepeatedCsvText(char *p, const QString &text)
{
    const QChar *key = text.constData();
    const auto address = quintptr(key);
    EncodedText &slot = (*m_encoded)[((address >> 4) ^ (address >> 12)) % m_encoded->size()];
    if (slot.key == key && slot.units == text.size()) {
        // A fixed-size copy compiles to a few moves; only slot.size bytes count.
        std::memcpy(p, slot.bytes, sizeof slot.bytes);
        return p + slot.size;
    }
    char *end = putCsvText(p, text);
    const qsizetype size = end - p;
    if (size <= qsizetype(sizeof slot.bytes)) {
        slot.source = text;
        slot.key = key;
        slot.units = text.size();
        slot.size = size;
        std::memcpy(slot.bytes, p, size_t(size));
    }
    return end;
}

// The same cells as the general path, without its per-field dispatch, each row written
// through one pointer after one capacity check: the one table that runs to millions of rows.
bool ExportWriter::writeCsvRecords(std::span<const UsageEvent> records)
{
    const auto units = [](const std::optional<QString> &text) { return text ? text->size() : 0; };
    const auto optionalText = [this](char *p, const std::optional<QString> &text) {
        if (text)
            p = putRepeatedCsvText(p, *text);
        *p = ',';
        return p + 1;
    };
    if (!m_encoded)
        m_encoded = std::make_unique<std::array<EncodedText, 256>>();
    for (const UsageEvent &e : records) {
        // Five repeated names (each may copy a whole slot), the id, and the fixed cells.
        const qsizetype bound = csvTextBound(e.id.size() + units(e.userId) + units(e.provider) +
                                             units(e.model) + units(e.endpoint) + units(e.method)) +
                                5 * (3 + qsizetype(sizeof(EncodedText::bytes))) + instantBound +
                                2 * numberBound + integerBound + 16;
        char *p = m_buffer.reserve(bound);
        p = putCsvText(p, e.id);
        *p++ = ',';
        if (e.timestamp.isValid())
            p = putUtcInstant(p, e.timestamp.toMSecsSinceEpoch());
        *p++ = ',';
        p = optionalText(p, e.userId);
        p = optionalText(p, e.provider);
        p = optionalText(p, e.model);
        p = optionalText(p, e.endpoint);
        p = optionalText(p, e.method);
        if (e.statusCode >= 100 && e.statusCode <= 999) { // always, from the contract
            *p++ = char('0' + e.statusCode / 100);
            *p++ = char('0' + e.statusCode / 10 % 10);
            *p++ = char('0' + e.statusCode % 10);
        } else {
            p = putInteger(p, e.statusCode);
        }
        *p++ = ',';
        if (e.responseTimeMs && std::isfinite(*e.responseTimeMs))
            p = putNumber(p, *e.responseTimeMs);
        *p++ = ',';
        p = putInteger(p, e.tokens);
        *p++ = ',';
        if (std::isfinite(e.cost))
            p = putNumber(p, e.cost);
        *p++ = '\r';
        *p++ = '\n';
        m_buffer.commit(p);
        ++m_rows;
        if (!flushIfFull())
            return false;
    }
    return true;
}

void ExportWriter::analyticsRow(QStringView row, const QDateTime &bucket, QStringView groupBy,
                                QStringView key, const AnalyticsTotals &values)
{
    beginRow();
    text(row);
    instant(bucket);
    if (groupBy.isEmpty())
        null();
    else
        text(groupBy);
    if (key.isEmpty())
        null();
    else
        text(key);
    integer(values.requests);
    integer(values.successful);
    integer(values.failed);
    number(values.successRate());
    integer(values.tokens);
    number(values.cost);
    number(values.avgResponseTimeMs);
    endRow();
}

bool ExportWriter::write(const AnalyticsReport &report)
{
    if (!canWrite(ExportKind::Analytics))
        return false;
    for (const AnalyticsBucket &b : report.series) {
        analyticsRow(u"series", b.start, {}, {}, b.values);
        if (!flushIfFull())
            return false;
    }
    for (const BreakdownItem &item : report.breakdown) {
        analyticsRow(u"group", {}, report.groupBy, item.key, item.values);
        if (!flushIfFull())
            return false;
    }
    analyticsRow(u"total", {}, {}, {}, report.totals);
    return flushIfFull();
}

bool ExportWriter::write(std::span<const HistoryRow> rows)
{
    if (!canWrite(ExportKind::History))
        return false;
    for (const HistoryRow &row : rows) {
        beginRow();
        text(row.quotaId);
        instant(row.at);
        number(row.used);
        nullableNumber(row.limit);
        nullableNumber(row.percent);
        endRow();
        if (!flushIfFull())
            return false;
    }
    return true;
}

bool ExportWriter::write(std::span<const TenantSummary> tenants)
{
    if (!canWrite(ExportKind::Tenants))
        return false;
    for (const TenantSummary &t : tenants) {
        beginRow();
        text(t.id);
        text(t.name);
        text(t.tier);
        text(levelToString(t.status));
        nullableNumber(t.maxPercent);
        textOrNull(t.worstQuotaId);
        instant(t.lastActivity);
        integer(t.userCount);
        endRow();
        if (!flushIfFull())
            return false;
    }
    return true;
}

} // namespace qw
