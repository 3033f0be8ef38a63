#pragma once

#include "server/storage/Statement.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>

namespace qw::server {

Q_DECLARE_LOGGING_CATEGORY(lcDb)

// Runs one statement (prepared once per connection, see Statement) with positional binds;
// logs the error and returns false on failure. Values never appear in the log (they may be
// hashes or personal data).
bool execPrepared(Statement &statement, const QString &sql, std::initializer_list<QVariant> binds);

// A random identifier with a readable prefix, e.g. "t_3f9c0a5e1b7d".
QString randomId(QStringView prefix, int bytes = 8);
// Bytes from the system CSPRNG.
QByteArray randomBytes(int count);
QVariant nullableText(const std::optional<QString> &value);
std::optional<QString> textOrNull(const QVariant &value);

} // namespace qw::server
