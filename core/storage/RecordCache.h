#pragma once

#include "core/domain/UsageEvent.h"

#include <QDateTime>
#include <QList>
#include <functional>

namespace qw {

class HistoryStore;

// Usage records fetched from GET /api/usage/records, kept in the history's SQLite file
// (tables of their own beside the history's), with the time spans known to be complete: a
// span is covered once every record in it has been fetched. A later load asks for the gaps
// only, so it never fetches a page it already has, and works offline where nothing is
// missing. Records are keyed by scope (the tenantId query parameter; empty for one's own
// tenant) and id, so a page fetched twice is stored once.
class RecordCache final {
public:
    struct Span {
        qint64 fromMs = 0; // inclusive
        qint64 toMs = 0;   // exclusive
        bool operator==(const Span &) const = default;
    };

    // Uses the history's open database and clock; the history must outlive this object.
    explicit RecordCache(HistoryStore &history);

    bool isUsable() const;
    // The parts of [fromMs, toMs) not yet covered, oldest first; all of it when unusable.
    QList<Span> gaps(const QString &scope, qint64 fromMs, qint64 toMs);
    // When the oldest covered span overlapping [fromMs, toMs) was fetched; invalid unless
    // the whole range is covered.
    QDateTime coveredAt(const QString &scope, qint64 fromMs, qint64 toMs);
    // Stores the records and marks `covered` (when non-empty) as complete, in one
    // transaction: both or neither. Spans that overlap or touch are merged.
    bool store(const QString &scope, const QList<UsageEvent> &records, Span covered);
    // Calls visit for every record with a time in [fromMs, toMs), oldest first. False on a
    // storage error or an unreadable row (then nothing should be built from the visits).
    bool forEach(const QString &scope, qint64 fromMs, qint64 toMs,
                 const std::function<void(const UsageEvent &)> &visit);
    // Drops the records and the coverage of [fromMs, toMs), so they are fetched again.
    bool forget(const QString &scope, qint64 fromMs, qint64 toMs);
    // How many records are stored for scope (all times).
    qint64 recordCount(const QString &scope);

private:
    bool ensureSchema();
    bool addCoverage(const QString &scope, Span covered);
    bool applyRetention();

    HistoryStore &m_history;
};

} // namespace qw
