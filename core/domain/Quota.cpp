#include "core/domain/Quota.h"

#include "core/domain/JsonReader.h"

namespace qw {

static QJsonValue nullable(const std::optional<QString> &s)
{
    return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null);
}

static QJsonValue nullable(const std::optional<double> &d)
{
    return d ? QJsonValue(*d) : QJsonValue(QJsonValue::Null);
}

QJsonObject Quota::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("metric"), metric},
        {QStringLiteral("unit"), unit},
        {QStringLiteral("period"), period},
        {QStringLiteral("provider"), nullable(provider)},
        {QStringLiteral("model"), nullable(model)},
        {QStringLiteral("used"), used},
        {QStringLiteral("limit"), nullable(limit)},
        {QStringLiteral("percent"), nullable(percent)},
        {QStringLiteral("resetAt"),
         resetAt.isValid() ? QJsonValue(formatInstant(resetAt)) : QJsonValue(QJsonValue::Null)},
    };
}

std::optional<double> Quota::percentUsed() const
{
    if (percent)
        return percent;
    // A server that omits percent still gives us enough to compute it.
    if (!limit)
        return std::nullopt;
    return *limit > 0 ? used / *limit * 100.0 : (used > 0 ? 100.0 : 0.0);
}

Result<Quota, ParseError> Quota::fromJson(const QJsonObject &object, const QString &path)
{
    JsonReader r(object, path);
    Quota q;
    q.id = r.requiredString(QStringLiteral("id"));
    q.metric = r.requiredString(QStringLiteral("metric"));
    q.unit = r.optionalString(QStringLiteral("unit"));
    q.period = r.requiredString(QStringLiteral("period"));
    q.provider = r.nullableString(QStringLiteral("provider"));
    q.model = r.nullableString(QStringLiteral("model"));
    q.used = r.requiredNumber(QStringLiteral("used"));
    q.limit = r.nullableNumber(QStringLiteral("limit"));
    q.percent = r.nullableNumber(QStringLiteral("percent"));
    // The contract does not promise a reset for every quota: null or absent is "no reset".
    q.resetAt = r.optionalInstant(QStringLiteral("resetAt"));
    if (r.ok() && q.id.isEmpty())
        r.fail(ParseError::Code::InvalidValue, QStringLiteral("id"),
               QStringLiteral("must not be empty"));
    if (r.ok() && q.limit && *q.limit < 0)
        r.fail(ParseError::Code::InvalidValue, QStringLiteral("limit"),
               QStringLiteral("must not be negative"));
    if (!r.ok())
        return r.error();
    return q;
}

} // namespace qw
