#pragma once

#include <QByteArray>
#include <QString>

namespace qw::server {

// The HS256 signing secret. Either read from a file the operator names, or generated once
// (48 random bytes) and kept next to the database with mode 0600.
class SecretFile final {
public:
    static constexpr qsizetype minBytes = 32;

    static QString defaultPathFor(const QString &dbPath)
    {
        return dbPath + QStringLiteral(".secret");
    }
    // Reads path; if it does not exist and create is true, generates it. Sets error on failure.
    static QByteArray loadOrCreate(const QString &path, bool create, QString *error);
};

} // namespace qw::server
