#include "core/domain/CounterResetRequest.h"

#include "core/domain/JsonReader.h"

namespace qw {

QJsonObject CounterResetRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("period"), period}, {QStringLiteral("reason"), reason}};
    if (metric)
        o.insert(QStringLiteral("metric"), *metric);
    return o;
}

Result<CounterResetRequest, ParseError> CounterResetRequest::fromJson(const QJsonObject &object)
{
    JsonReader r(object, {});
    CounterResetRequest req;
    req.period = r.requiredString(QStringLiteral("period"));
    req.metric = r.nullableString(QStringLiteral("metric"));
    req.reason = r.requiredString(QStringLiteral("reason")).trimmed();
    if (!r.ok())
        return r.error();
    if (req.period != QStringLiteral("daily") && req.period != QStringLiteral("monthly"))
        return ParseError{ParseError::Code::InvalidValue, QStringLiteral("period"),
                          QStringLiteral("must be daily or monthly")};
    if (req.metric && req.metric->isEmpty())
        return ParseError{ParseError::Code::InvalidValue, QStringLiteral("metric"),
                          QStringLiteral("must not be empty")};
    if (req.reason.isEmpty())
        return ParseError{ParseError::Code::InvalidValue, QStringLiteral("reason"),
                          QStringLiteral("a reason is required")};
    if (req.reason.size() > 1000)
        return ParseError{ParseError::Code::InvalidValue, QStringLiteral("reason"),
                          QStringLiteral("at most 1000 characters")};
    return req;
}

} // namespace qw
