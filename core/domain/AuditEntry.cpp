#include "core/domain/AuditEntry.h"

#include "core/domain/JsonReader.h"

#include <QJsonArray>

namespace qw {

QJsonObject AuditEntry::toJson() const
{
    QJsonArray changes;
    for (const CounterChange &c : counters)
        changes.append(QJsonObject{{QStringLiteral("quotaId"), c.quotaId},
                                   {QStringLiteral("before"), c.before},
                                   {QStringLiteral("after"), c.after}});
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("at"), formatInstant(at)},
                       {QStringLiteral("actorId"), actorId},
                       {QStringLiteral("actorEmail"), actorEmail},
                       {QStringLiteral("actorRole"), actorRole},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("tenantId"), tenantId},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("detail"), detail},
                       {QStringLiteral("count"), count},
                       {QStringLiteral("counters"), changes}};
}

Result<AuditEntry, ParseError> AuditEntry::fromJson(const QJsonObject &object, const QString &path)
{
    JsonReader r(object, path);
    AuditEntry e;
    e.id = r.requiredString(QStringLiteral("id"));
    e.at = r.requiredInstant(QStringLiteral("at"));
    e.actorId = r.optionalString(QStringLiteral("actorId"));
    e.actorEmail = r.optionalString(QStringLiteral("actorEmail"));
    e.actorRole = r.optionalString(QStringLiteral("actorRole"));
    e.action = r.requiredString(QStringLiteral("action"));
    e.tenantId = r.requiredString(QStringLiteral("tenantId"));
    e.reason = r.optionalString(QStringLiteral("reason"));
    e.detail = r.optionalString(QStringLiteral("detail"));
    const qint64 count = r.optionalInteger(QStringLiteral("count"), 1);
    const QJsonArray changes = r.optionalArray(QStringLiteral("counters"));
    if (!r.ok())
        return r.error();
    if (count < 1 || count > std::numeric_limits<int>::max())
        return ParseError{ParseError::Code::InvalidValue, r.pathOf(QStringLiteral("count")),
                          QStringLiteral("out of range")};
    e.count = int(count);
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString itemPath =
            r.pathOf(QStringLiteral("counters")) + QStringLiteral("[%1]").arg(i);
        if (!changes.at(i).isObject())
            return ParseError{ParseError::Code::WrongType, itemPath,
                              QStringLiteral("expected an object")};
        JsonReader c(changes.at(i).toObject(), itemPath);
        CounterChange change;
        change.quotaId = c.requiredString(QStringLiteral("quotaId"));
        change.before = c.requiredNumber(QStringLiteral("before"));
        change.after = c.requiredNumber(QStringLiteral("after"));
        if (!c.ok())
            return c.error();
        e.counters.append(change);
    }
    return e;
}

QJsonObject AuditPage::toJson() const
{
    QJsonArray items;
    for (const AuditEntry &e : entries)
        items.append(e.toJson());
    return QJsonObject{{QStringLiteral("entries"), items},
                       {QStringLiteral("nextCursor"),
                        nextCursor ? QJsonValue(*nextCursor) : QJsonValue(QJsonValue::Null)}};
}

Result<AuditPage, ParseError> AuditPage::fromBytes(const QByteArray &bytes)
{
    QJsonObject object;
    if (auto err = parseJsonObject(bytes, object))
        return *err;
    JsonReader r(object, {});
    const QJsonArray items = r.requiredArray(QStringLiteral("entries"));
    AuditPage page;
    page.nextCursor = r.nullableString(QStringLiteral("nextCursor"));
    if (!r.ok())
        return r.error();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("entries[%1]").arg(i);
        if (!items.at(i).isObject())
            return ParseError{ParseError::Code::WrongType, path,
                              QStringLiteral("expected an object")};
        auto e = AuditEntry::fromJson(items.at(i).toObject(), path);
        if (!e)
            return e.error();
        page.entries.append(std::move(e).value());
    }
    return page;
}

} // namespace qw
