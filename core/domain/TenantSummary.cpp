#include "core/domain/TenantSummary.h"

#include "core/domain/JsonReader.h"

#include <QJsonArray>

namespace qw {

namespace {
QJsonValue instantOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(formatInstant(t)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QString tenantSortToString(TenantSort sort)
{
    switch (sort) {
    case TenantSort::MaxPercent:
        return QStringLiteral("maxPercent");
    case TenantSort::Name:
        return QStringLiteral("name");
    case TenantSort::Activity:
        return QStringLiteral("activity");
    }
    return QStringLiteral("maxPercent");
}

std::optional<TenantSort> tenantSortFromString(const QString &text)
{
    for (TenantSort s : {TenantSort::MaxPercent, TenantSort::Name, TenantSort::Activity}) {
        if (text == tenantSortToString(s))
            return s;
    }
    return std::nullopt;
}

QJsonObject TenantSummary::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("tier"), tier},
        {QStringLiteral("status"), levelToString(status)},
        {QStringLiteral("maxPercent"),
         maxPercent ? QJsonValue(*maxPercent) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("worstQuotaId"),
         worstQuotaId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(worstQuotaId)},
        {QStringLiteral("lastActivity"), instantOrNull(lastActivity)},
        {QStringLiteral("userCount"), userCount},
    };
}

Result<TenantSummary, ParseError> TenantSummary::fromJson(const QJsonObject &object,
                                                          const QString &path)
{
    JsonReader r(object, path);
    TenantSummary t;
    t.id = r.requiredString(QStringLiteral("id"));
    t.name = r.optionalString(QStringLiteral("name"));
    t.tier = r.optionalString(QStringLiteral("tier"));
    const QString status = r.requiredString(QStringLiteral("status"));
    t.maxPercent = r.nullableNumber(QStringLiteral("maxPercent"));
    t.worstQuotaId = r.nullableString(QStringLiteral("worstQuotaId")).value_or(QString());
    t.lastActivity = r.optionalInstant(QStringLiteral("lastActivity"));
    const qint64 users = r.optionalInteger(QStringLiteral("userCount"), 0);
    if (!r.ok())
        return r.error();
    if (t.id.isEmpty())
        return ParseError{ParseError::Code::InvalidValue, r.pathOf(QStringLiteral("id")),
                          QStringLiteral("must not be empty")};
    const auto level = levelFromString(status);
    if (!level)
        return ParseError{ParseError::Code::InvalidValue, r.pathOf(QStringLiteral("status")),
                          QStringLiteral("unknown status '%1'").arg(status)};
    if (users < 0 || users > std::numeric_limits<int>::max())
        return ParseError{ParseError::Code::InvalidValue, r.pathOf(QStringLiteral("userCount")),
                          QStringLiteral("out of range")};
    t.status = *level;
    t.userCount = int(users);
    return t;
}

QJsonObject TenantPage::toJson() const
{
    QJsonArray items;
    for (const TenantSummary &t : tenants)
        items.append(t.toJson());
    return QJsonObject{{QStringLiteral("tenants"), items},
                       {QStringLiteral("nextCursor"),
                        nextCursor ? QJsonValue(*nextCursor) : QJsonValue(QJsonValue::Null)}};
}

Result<TenantPage, ParseError> TenantPage::fromBytes(const QByteArray &bytes)
{
    QJsonObject object;
    if (auto err = parseJsonObject(bytes, object))
        return *err;
    JsonReader r(object, {});
    const QJsonArray items = r.requiredArray(QStringLiteral("tenants"));
    TenantPage page;
    page.nextCursor = r.nullableString(QStringLiteral("nextCursor"));
    if (!r.ok())
        return r.error();
    if (page.nextCursor && page.nextCursor->isEmpty())
        return ParseError{ParseError::Code::InvalidValue, QStringLiteral("nextCursor"),
                          QStringLiteral("must be null or a cursor")};
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("tenants[%1]").arg(i);
        if (!items.at(i).isObject())
            return ParseError{ParseError::Code::WrongType, path,
                              QStringLiteral("expected an object")};
        auto t = TenantSummary::fromJson(items.at(i).toObject(), path);
        if (!t)
            return t.error();
        page.tenants.append(std::move(t).value());
    }
    return page;
}

} // namespace qw
