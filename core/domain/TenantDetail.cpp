#include "core/domain/TenantDetail.h"

#include "core/domain/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace qw {

namespace {

QJsonValue instantOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(formatInstant(t)) : QJsonValue(QJsonValue::Null);
}

template <typename T> QJsonValue nullable(const std::optional<T> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// Reads array `key` of objects with `one`, which fills an item from a reader.
template <typename T, typename F>
std::optional<ParseError> readList(JsonReader &r, const QString &key, QList<T> &out, F one)
{
    const QJsonArray items = r.requiredArray(key);
    if (!r.ok())
        return r.error();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = r.pathOf(key) + QStringLiteral("[%1]").arg(i);
        if (!items.at(i).isObject())
            return ParseError{ParseError::Code::WrongType, path,
                              QStringLiteral("expected an object")};
        JsonReader item(items.at(i).toObject(), path);
        T value = one(item);
        if (!item.ok())
            return item.error();
        out.append(std::move(value));
    }
    return std::nullopt;
}

} // namespace

QJsonObject TenantDetail::toJson() const
{
    QJsonArray userArray;
    for (const TenantUser &u : users)
        userArray.append(QJsonObject{{QStringLiteral("id"), u.id},
                                     {QStringLiteral("email"), u.email},
                                     {QStringLiteral("role"), u.role},
                                     {QStringLiteral("lastSignIn"), instantOrNull(u.lastSignIn)}});
    QJsonArray keyArray;
    for (const ApiKeyInfo &k : apiKeys)
        keyArray.append(QJsonObject{{QStringLiteral("id"), k.id},
                                    {QStringLiteral("prefix"), k.prefix},
                                    {QStringLiteral("createdAt"), instantOrNull(k.createdAt)},
                                    {QStringLiteral("lastUsedAt"), instantOrNull(k.lastUsedAt)},
                                    {QStringLiteral("revoked"), k.revoked}});
    QJsonArray quotaArray;
    for (const QuotaDefinitionInfo &q : quotas)
        quotaArray.append(QJsonObject{{QStringLiteral("id"), q.id},
                                      {QStringLiteral("metric"), q.metric},
                                      {QStringLiteral("period"), q.period},
                                      {QStringLiteral("provider"), nullable(q.provider)},
                                      {QStringLiteral("model"), nullable(q.model)},
                                      {QStringLiteral("limit"), nullable(q.limit)},
                                      {QStringLiteral("overridden"), q.overridden}});
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("tier"), tier},
                       {QStringLiteral("timezone"), timezone},
                       {QStringLiteral("users"), userArray},
                       {QStringLiteral("apiKeys"), keyArray},
                       {QStringLiteral("quotas"), quotaArray}};
}

QByteArray TenantDetail::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

Result<TenantDetail, ParseError> TenantDetail::fromBytes(const QByteArray &bytes)
{
    QJsonObject object;
    if (auto err = parseJsonObject(bytes, object))
        return *err;
    JsonReader r(object, {});
    TenantDetail d;
    d.id = r.requiredString(QStringLiteral("id"));
    d.name = r.optionalString(QStringLiteral("name"));
    d.tier = r.optionalString(QStringLiteral("tier"));
    d.timezone = r.optionalString(QStringLiteral("timezone"));
    if (!r.ok())
        return r.error();
    if (auto e = readList(r, QStringLiteral("users"), d.users, [](JsonReader &u) {
            TenantUser user;
            user.id = u.requiredString(QStringLiteral("id"));
            user.email = u.requiredString(QStringLiteral("email"));
            user.role = u.requiredString(QStringLiteral("role"));
            user.lastSignIn = u.optionalInstant(QStringLiteral("lastSignIn"));
            return user;
        }))
        return *e;
    if (auto e = readList(r, QStringLiteral("apiKeys"), d.apiKeys, [](JsonReader &k) {
            ApiKeyInfo key;
            key.id = k.requiredString(QStringLiteral("id"));
            key.prefix = k.requiredString(QStringLiteral("prefix"));
            key.createdAt = k.optionalInstant(QStringLiteral("createdAt"));
            key.lastUsedAt = k.optionalInstant(QStringLiteral("lastUsedAt"));
            key.revoked = k.requiredBool(QStringLiteral("revoked"));
            return key;
        }))
        return *e;
    if (auto e = readList(r, QStringLiteral("quotas"), d.quotas, [](JsonReader &q) {
            QuotaDefinitionInfo quota;
            quota.id = q.requiredString(QStringLiteral("id"));
            quota.metric = q.requiredString(QStringLiteral("metric"));
            quota.period = q.requiredString(QStringLiteral("period"));
            quota.provider = q.nullableString(QStringLiteral("provider"));
            quota.model = q.nullableString(QStringLiteral("model"));
            quota.limit = q.nullableNumber(QStringLiteral("limit"));
            quota.overridden = q.requiredBool(QStringLiteral("overridden"));
            return quota;
        }))
        return *e;
    return d;
}

} // namespace qw
