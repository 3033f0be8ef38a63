#include "server/storage/Sql.h"

#include <QRandomGenerator>
#include <QSqlError>

namespace qw::server {

bool execPrepared(Statement &statement, const QString &sql, std::initializer_list<QVariant> binds)
{
    return statement.exec(sql, binds);
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        out[i] = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return out;
}

QString randomId(QStringView prefix, int bytes)
{
    return prefix.toString() + u'_' + QString::fromLatin1(randomBytes(bytes).toHex());
}

QVariant nullableText(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<QString>());
}

std::optional<QString> textOrNull(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toString();
}

} // namespace qw::server
