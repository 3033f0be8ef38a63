#include "core/domain/UsageRequest.h"

#include "core/domain/FieldLimits.h"
#include "core/domain/JsonReader.h"

namespace qw {

QJsonObject UsageRequest::toJson() const
{
    QJsonObject o{
        {QStringLiteral("provider"),
         provider ? QJsonValue(*provider) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("model"), model ? QJsonValue(*model) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("estimatedTokens"), estimatedTokens},
        {QStringLiteral("estimatedCost"), estimatedCost},
    };
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id);
    return o;
}

Result<UsageRequest, ParseError> UsageRequest::fromJson(const QJsonObject &object, Kind kind)
{
    JsonReader r(object, {});
    UsageRequest u;
    if (kind == Kind::Consume)
        u.id = r.requiredString(QStringLiteral("id"));
    u.provider = r.nullableString(QStringLiteral("provider"));
    u.model = r.nullableString(QStringLiteral("model"));
    u.estimatedTokens = r.optionalInteger(QStringLiteral("estimatedTokens"), 0);
    u.estimatedCost = r.optionalNumber(QStringLiteral("estimatedCost"), 0);
    if (r.ok() && kind == Kind::Consume)
        checkIdentifier(r, QStringLiteral("id"), u.id);
    if (r.ok()) {
        checkName(r, QStringLiteral("provider"), u.provider);
        checkName(r, QStringLiteral("model"), u.model);
        checkAmount(r, QStringLiteral("estimatedTokens"), static_cast<double>(u.estimatedTokens),
                    FieldLimits::maxTokens);
        checkAmount(r, QStringLiteral("estimatedCost"), u.estimatedCost, FieldLimits::maxCost);
    }
    if (!r.ok())
        return r.error();
    return u;
}

} // namespace qw
