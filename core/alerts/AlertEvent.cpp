#include "core/alerts/AlertEvent.h"

#include "core/domain/JsonReader.h"

namespace qw {

QString AlertEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Fired:
        return QStringLiteral("fired");
    case Kind::Resolved:
        return QStringLiteral("resolved");
    case Kind::Predicted:
        return QStringLiteral("predicted");
    }
    return {};
}

QJsonObject AlertEvent::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)},
                  {QStringLiteral("quotaId"), quotaId},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("threshold"), threshold},
                  {QStringLiteral("percent"), percent},
                  {QStringLiteral("at"), formatInstant(at)},
                  // null, not "": a quota may have no reset, and "" would not read back
                  {QStringLiteral("resetAt"), resetAt.isValid() ? QJsonValue(formatInstant(resetAt))
                                                                : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("silenced"), silenced},
                  {QStringLiteral("message"), message}};
    if (exhaustion.isValid())
        o.insert(QStringLiteral("exhaustion"), formatInstant(exhaustion));
    return o;
}

std::optional<AlertEvent> AlertEvent::fromJson(const QJsonObject &object)
{
    JsonReader r(object, {});
    AlertEvent e;
    const QString kind = r.requiredString(QStringLiteral("kind"));
    e.quotaId = r.requiredString(QStringLiteral("quotaId"));
    e.title = r.optionalString(QStringLiteral("title"));
    e.threshold = r.optionalNumber(QStringLiteral("threshold"), 0);
    e.percent = r.optionalNumber(QStringLiteral("percent"), 0);
    e.at = r.requiredInstant(QStringLiteral("at"));
    e.resetAt = r.optionalInstant(QStringLiteral("resetAt"));
    e.exhaustion = r.optionalInstant(QStringLiteral("exhaustion"));
    e.silenced = object.value(QStringLiteral("silenced")).toBool();
    e.message = r.optionalString(QStringLiteral("message"));
    if (!r.ok())
        return std::nullopt;
    for (Kind k : {Kind::Fired, Kind::Resolved, Kind::Predicted}) {
        if (kindName(k) == kind) {
            e.kind = k;
            return e;
        }
    }
    return std::nullopt;
}

} // namespace qw
