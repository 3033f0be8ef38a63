#include "core/admin/TenantQuery.h"

namespace qw {

QUrlQuery TenantQuery::toUrlQuery(const QString &cursor) const
{
    QUrlQuery q;
    // Fully encoded: a search for "a&b" or "x+y" must reach the server as typed.
    auto add = [&q](const QString &key, const QString &value) {
        q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    if (!search.isEmpty())
        add(QStringLiteral("q"), search);
    if (!tier.isEmpty())
        add(QStringLiteral("tier"), tier);
    if (!level.isEmpty())
        add(QStringLiteral("level"), level);
    add(QStringLiteral("sort"), tenantSortToString(sort));
    if (limit > 0)
        add(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty())
        add(QStringLiteral("cursor"), cursor);
    return q;
}

} // namespace qw
