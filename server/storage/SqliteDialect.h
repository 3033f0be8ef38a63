#pragma once

#include "server/storage/SqlDialect.h"

namespace qw::server {

// One SQLite file (WAL, busy timeout, foreign keys). Several processes may open it: every
// writer takes the file's write lock up front with BEGIN IMMEDIATE.
class SqliteDialect final : public SqlDialect {
public:
    Kind kind() const override { return Kind::Sqlite; }
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
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
    bool forwardOnlyQueries() const override { return true; }
    QString nowAsText() const override { return QStringLiteral("datetime('now')"); }
    QString position(const QString &needle, const QString &haystack) const override;
    QString equalsIgnoringCase(const QString &column) const override;
};

} // namespace qw::server
