#include "core/domain/UsageEvent.h"

#include "core/domain/FieldLimits.h"
#include "core/domain/JsonReader.h"

namespace qw {

static QJsonValue nullable(const std::optional<QString> &s)
{
    return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null);
}

QJsonObject UsageEvent::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("timestamp"), formatInstant(timestamp)},
        {QStringLiteral("userId"), nullable(userId)},
        {QStringLiteral("provider"), nullable(provider)},
        {QStringLiteral("model"), nullable(model)},
        {QStringLiteral("endpoint"), nullable(endpoint)},
        {QStringLiteral("method"), nullable(method)},
        {QStringLiteral("statusCode"), statusCode},
        {QStringLiteral("responseTimeMs"),
         responseTimeMs ? QJsonValue(*responseTimeMs) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("tokens"), tokens},
        {QStringLiteral("cost"), cost},
    };
}

Result<UsageEvent, ParseError> UsageEvent::fromJson(const QJsonObject &object, const QString &path)
{
    JsonReader r(object, path);
    UsageEvent e;
    e.id = r.requiredString(QStringLiteral("id"));
    e.timestamp = r.requiredInstant(QStringLiteral("timestamp"));
    e.userId = r.nullableString(QStringLiteral("userId"));
    e.provider = r.nullableString(QStringLiteral("provider"));
    e.model = r.nullableString(QStringLiteral("model"));
    e.endpoint = r.nullableString(QStringLiteral("endpoint"));
    e.method = r.nullableString(QStringLiteral("method"));
    // Range-checked as read: converting 2^32 + 200 to int first would make it 200.
    const qint64 statusCode = r.requiredInteger(QStringLiteral("statusCode"));
    e.responseTimeMs = r.nullableNumber(QStringLiteral("responseTimeMs"));
    e.tokens = r.optionalInteger(QStringLiteral("tokens"), 0);
    e.cost = r.optionalNumber(QStringLiteral("cost"), 0);
    if (r.ok())
        checkIdentifier(r, QStringLiteral("id"), e.id);
    if (r.ok()) {
        checkName(r, QStringLiteral("userId"), e.userId);
        checkName(r, QStringLiteral("provider"), e.provider);
        checkName(r, QStringLiteral("model"), e.model);
        checkName(r, QStringLiteral("method"), e.method);
        if (e.endpoint && e.endpoint->size() > FieldLimits::maxEndpointLength)
            r.fail(ParseError::Code::InvalidValue, QStringLiteral("endpoint"),
                   QStringLiteral("too long"));
    }
    if (r.ok() && (statusCode < 100 || statusCode > 599))
        r.fail(ParseError::Code::InvalidValue, QStringLiteral("statusCode"),
               QStringLiteral("must be an HTTP status between 100 and 599"));
    e.statusCode = static_cast<int>(statusCode);
    if (r.ok())
        checkAmount(r, QStringLiteral("tokens"), static_cast<double>(e.tokens),
                    FieldLimits::maxTokens);
    if (r.ok())
        checkAmount(r, QStringLiteral("cost"), e.cost, FieldLimits::maxCost);
    if (r.ok() && e.responseTimeMs)
        checkAmount(r, QStringLiteral("responseTimeMs"), *e.responseTimeMs,
                    FieldLimits::maxResponseTimeMs);
    if (!r.ok())
        return r.error();
    return e;
}

} // namespace qw
