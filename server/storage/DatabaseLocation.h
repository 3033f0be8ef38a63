#pragma once

#include "core/util/Result.h"

#include <QString>

namespace qw::server {

// Where --db points: a SQLite file, or a PostgreSQL database named by a URL
// (postgresql://user[:password]@host[:port]/dbname[?host=/socket/dir&sslmode=...]).
struct DatabaseLocation {
    enum class Kind { SqliteFile, Postgres };
    Kind kind = Kind::SqliteFile;
    QString path; // SqliteFile
    // Postgres: empty host means libpq's default (its unix socket); a host starting with '/'
    // is a socket directory.
    QString host;
    int port = -1; // -1: libpq's default
    QString user;
    QString password;
    QString databaseName;
    QString connectOptions; // libpq keywords for QPSQL, ';'-separated (sslmode=require;...)

    bool isPostgres() const { return kind == Kind::Postgres; }
    // For logs and error messages: the URL without its password.
    QString displayName() const;

    enum class Error { Empty, BadUrl, NoDatabaseName, BadPort, UnknownParameter };
    // A pure reading of --db: "postgresql://" or "postgres://" URLs are PostgreSQL, anything
    // else is a SQLite file path.
    static Result<DatabaseLocation, Error> parse(const QString &text);
    static QString describe(Error error);
};

} // namespace qw::server
