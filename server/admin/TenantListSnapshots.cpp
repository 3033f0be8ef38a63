#include "server/admin/TenantListSnapshots.h"

#include "server/storage/Sql.h"

namespace qw::server {

QString TenantListSnapshots::create(QStringList ids, const QString &owner, const QDateTime &now)
{
    expire(now);
    if (m_snapshots.size() >= maxSnapshots) {
        // Drop the oldest: its owner starts over from the first page.
        auto oldest = m_snapshots.begin();
        for (auto it = m_snapshots.begin(); it != m_snapshots.end(); ++it) {
            if (it->created < oldest->created)
                oldest = it;
        }
        m_snapshots.erase(oldest);
    }
    const QString id = randomId(u"s", 12);
    m_snapshots.insert(id, Snapshot{std::move(ids), owner, now});
    return id;
}

QString TenantListSnapshots::cursorFor(const Position &position)
{
    return position.snapshotId + u'~' + QString::number(position.offset);
}

std::optional<TenantListSnapshots::Position> TenantListSnapshots::parseCursor(const QString &cursor)
{
    const qsizetype sep = cursor.indexOf(u'~');
    if (sep <= 0 || cursor.size() > 100)
        return std::nullopt;
    bool ok = false;
    const qlonglong offset = cursor.mid(sep + 1).toLongLong(&ok);
    if (!ok || offset < 0)
        return std::nullopt;
    return Position{cursor.left(sep), static_cast<qsizetype>(offset)};
}

const QStringList *TenantListSnapshots::find(const QString &snapshotId, const QString &owner,
                                             const QDateTime &now)
{
    expire(now);
    const auto it = m_snapshots.constFind(snapshotId);
    if (it == m_snapshots.constEnd() || it->owner != owner)
        return nullptr;
    return &it->ids;
}

void TenantListSnapshots::expire(const QDateTime &now)
{
    for (auto it = m_snapshots.begin(); it != m_snapshots.end();) {
        if (it->created.secsTo(now) > lifetimeSeconds || it->created > now.addSecs(60))
            it = m_snapshots.erase(it);
        else
            ++it;
    }
}

} // namespace qw::server
