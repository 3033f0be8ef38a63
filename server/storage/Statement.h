#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qw::server {

class Database;

// A handle on one of the database's cached prepared statements. Preparing costs more than
// running for the short statements the server issues, so each distinct SQL text is
// prepared once per connection and reused. The statement is reset (not finalised) when the
// handle goes out of scope, so no read transaction lingers. If the same SQL is already in
// use by an outer handle, this one gets a private, uncached query instead.
class Statement final {
public:
    explicit Statement(Database &db);
    ~Statement();
    Q_DISABLE_COPY_MOVE(Statement)

    // Binds positionally and executes; logs and returns false on failure. A SELECT outside a
    // transaction that failed with its PostgreSQL connection runs once more on a new one.
    bool exec(const QString &sql, std::initializer_list<QVariant> binds);

    bool next() { return m_query->next(); }
    // After next() returned false: whether it stopped on an error rather than at the end.
    bool failed() const { return m_query->lastError().isValid(); }
    QVariant value(int index) const { return m_query->value(index); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }
    void finish();

private:
    static bool isRead(const QString &sql);
    bool run(const QString &sql, std::initializer_list<QVariant> binds);

    Database &m_db;
    QSqlQuery *m_query = nullptr;
    std::unique_ptr<QSqlQuery> m_private; // when the cached one is busy
};

} // namespace qw::server
