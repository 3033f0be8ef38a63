#pragma once

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <optional>

namespace qw::server {

// Keeps the order of a tenant list's first page for the pages after it. Keyset paging breaks
// when the sort key (a usage percent) changes between pages: a tenant that moves up past the
// cursor would be skipped, one that moves down would repeat. So the first page's query
// freezes the matching ids in their order here; a cursor names the snapshot and a position,
// and each page refreshes the values of just the tenants at those positions. Every tenant of
// the snapshot is returned exactly once, whatever usage does meanwhile.
class TenantListSnapshots final {
public:
    static constexpr qint64 lifetimeSeconds = 15 * 60;
    static constexpr int maxSnapshots = 256;

    // owner: who may page through it (a cursor is useless to anyone else).
    QString create(QStringList ids, const QString &owner, const QDateTime &now);

    struct Position {
        QString snapshotId;
        qsizetype offset = 0;
    };
    static QString cursorFor(const Position &position);
    // Nothing if the text is not a cursor this class wrote.
    static std::optional<Position> parseCursor(const QString &cursor);

    // The snapshot's ids, or nothing when it expired, never existed or belongs to someone else.
    const QStringList *find(const QString &snapshotId, const QString &owner, const QDateTime &now);

private:
    struct Snapshot {
        QStringList ids;
        QString owner;
        QDateTime created;
    };
    void expire(const QDateTime &now);

    QHash<QString, Snapshot> m_snapshots;
};

} // namespace qw::server
