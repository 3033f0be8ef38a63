#include "server/storage/DatabaseLocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace qw::server {

namespace {

bool isPostgresUrl(const QString &text)
{
    return text.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

// The libpq connection parameters a URL may carry besides host; anything else is refused
// rather than silently ignored (a misspelt sslmode must not mean an unencrypted connection).
bool isKnownParameter(const QString &key)
{
    static const QStringList known{
        QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
        QStringLiteral("connect_timeout"),  QStringLiteral("tcp_user_timeout"),
        QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
    };
    return known.contains(key);
}

} // namespace

QString DatabaseLocation::displayName() const
{
    if (!isPostgres())
        return path;
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        out += user + u'@';
    if (!host.startsWith(u'/'))
        out += host;
    if (port >= 0)
        out += u':' + QString::number(port);
    out += u'/' + databaseName;
    if (host.startsWith(u'/'))
        out += QStringLiteral("?host=") + host;
    return out;
}

Result<DatabaseLocation, DatabaseLocation::Error> DatabaseLocation::parse(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Error::Empty;
    DatabaseLocation location;
    if (!isPostgresUrl(text)) {
        location.path = text;
        return location;
    }
    location.kind = Kind::Postgres;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.hasFragment())
        return Error::BadUrl;
    location.host = url.host(QUrl::FullyDecoded);
    if (url.port() == 0)
        return Error::BadPort;
    location.port = url.port(-1);
    location.user = url.userName(QUrl::FullyDecoded);
    location.password = url.password(QUrl::FullyDecoded);
    QString name = url.path(QUrl::FullyDecoded);
    if (name.startsWith(u'/'))
        name.remove(0, 1);
    if (name.isEmpty() || name.contains(u'/'))
        return Error::NoDatabaseName;
    location.databaseName = name;
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QStringLiteral("host")) {
            location.host = value;
        } else if (key == QStringLiteral("port")) {
            bool ok = false;
            location.port = value.toInt(&ok);
            if (!ok || location.port < 1 || location.port > 65535)
                return Error::BadPort;
        } else if (isKnownParameter(key) && !value.contains(u';')) {
            options.append(key + u'=' + value);
        } else {
            return Error::UnknownParameter;
        }
    }
    location.connectOptions = options.join(u';');
    return location;
}

QString DatabaseLocation::describe(Error error)
{
    switch (error) {
    case Error::Empty:
        return QStringLiteral("--db is empty");
    case Error::BadUrl:
        return QStringLiteral("--db is not a valid postgresql:// URL");
    case Error::NoDatabaseName:
        return QStringLiteral("--db names no database: postgresql://user@host:port/dbname");
    case Error::BadPort:
        return QStringLiteral("--db has a port outside 1 to 65535");
    case Error::UnknownParameter:
        return QStringLiteral("--db has a parameter other than host, port, sslmode, sslrootcert, "
                              "sslcert, sslkey, connect_timeout, tcp_user_timeout, "
                              "application_name or target_session_attrs");
    }
    return {};
}

} // namespace qw::server
