#pragma once

#include "server/storage/SqlDialect.h"

namespace qw::server {

// A PostgreSQL database through Qt SQL's QPSQL driver, shared by any number of server
// processes. Write transactions serialise through transaction-scoped advisory locks: one
// per tenant for counting, one for the whole database for everything else (see begin()).
class PostgresDialect final : public SqlDialect {
public:
    Kind kind() const override { return Kind::Postgres; }
    QString driverName() const override { return QStringLiteral("QPSQL"); }
    void configure(QSqlDatabase &connection, const DatabaseLocation &location,
                   Connect attempt) const override;
    bool prepareSession(Database &db, QString *error) const override;
    bool applyDurability(Database &db, Durability durability) const override;
    QString syncSetting(Database &db) const override;
    std::optional<int> schemaVersion(Database &db, QString *error) const override;
    bool setSchemaVersion(Database &db, int version) const override;
    QList<QString> migration(int version) const override;
    bool begin(Database &db, const QString *tenantId) const override;
    bool commit(Database &db) const override;
    void rollback(Database &db) const override;
    bool forwardOnlyQueries() const override { return false; }
    QString nowAsText() const override;
    QString position(const QString &needle, const QString &haystack) const override;
    QString equalsIgnoringCase(const QString &column) const override;
};

} // namespace qw::server
