#include "core/domain/UsageStatus.h"

#include "core/domain/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace qw {

QJsonObject UsageStatus::toJson() const
{
    QJsonArray quotaArray;
    for (const Quota &q : quotas)
        quotaArray.append(q.toJson());
    QJsonArray alertArray;
    for (const UsageAlert &a : alerts) {
        alertArray.append(QJsonObject{{QStringLiteral("quotaId"), a.quotaId},
                                      {QStringLiteral("level"), levelToString(a.level)},
                                      {QStringLiteral("message"), a.message}});
    }
    return QJsonObject{
        {QStringLiteral("tenantId"), tenantId},
        {QStringLiteral("tenantName"), tenantName},
        {QStringLiteral("tier"), tier},
        // Optional: null when unknown, since "" is not an instant and would not read back.
        {QStringLiteral("generatedAt"), generatedAt.isValid()
                                            ? QJsonValue(formatInstant(generatedAt))
                                            : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("status"), levelToString(status)},
        {QStringLiteral("quotas"), quotaArray},
        {QStringLiteral("alerts"), alertArray},
    };
}

QByteArray UsageStatus::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

Result<UsageStatus, ParseError> UsageStatus::fromJson(const QJsonObject &object)
{
    JsonReader r(object, {});
    UsageStatus s;
    s.tenantId = r.requiredString(QStringLiteral("tenantId"));
    s.tenantName = r.optionalString(QStringLiteral("tenantName"));
    s.tier = r.optionalString(QStringLiteral("tier"));
    s.generatedAt = r.optionalInstant(QStringLiteral("generatedAt"));
    const QString statusText = r.requiredString(QStringLiteral("status"));
    const QJsonArray quotaArray = r.requiredArray(QStringLiteral("quotas"));
    const QJsonArray alertArray = r.optionalArray(QStringLiteral("alerts"));
    if (!r.ok())
        return r.error();
    const auto level = levelFromString(statusText);
    if (!level) {
        return ParseError{ParseError::Code::InvalidValue, QStringLiteral("status"),
                          QStringLiteral("unknown status '%1'").arg(statusText)};
    }
    s.status = *level;
    for (qsizetype i = 0; i < quotaArray.size(); ++i) {
        const QString path = QStringLiteral("quotas[%1]").arg(i);
        if (!quotaArray.at(i).isObject())
            return ParseError{ParseError::Code::WrongType, path,
                              QStringLiteral("expected an object")};
        auto q = Quota::fromJson(quotaArray.at(i).toObject(), path);
        if (!q)
            return q.error();
        s.quotas.append(std::move(q).value());
    }
    for (qsizetype i = 0; i < alertArray.size(); ++i) {
        const QString path = QStringLiteral("alerts[%1]").arg(i);
        if (!alertArray.at(i).isObject())
            return ParseError{ParseError::Code::WrongType, path,
                              QStringLiteral("expected an object")};
        JsonReader ar(alertArray.at(i).toObject(), path);
        UsageAlert a;
        a.quotaId = ar.requiredString(QStringLiteral("quotaId"));
        const QString lvl = ar.requiredString(QStringLiteral("level"));
        a.message = ar.optionalString(QStringLiteral("message"));
        if (!ar.ok())
            return ar.error();
        const auto al = levelFromString(lvl);
        if (!al) {
            return ParseError{ParseError::Code::InvalidValue, path + QStringLiteral(".level"),
                              QStringLiteral("unknown level '%1'").arg(lvl)};
        }
        a.level = *al;
        s.alerts.append(a);
    }
    return s;
}

Result<UsageStatus, ParseError> UsageStatus::fromBytes(const QByteArray &bytes)
{
    QJsonObject object;
    if (auto err = parseJsonObject(bytes, object))
        return *err;
    return fromJson(object);
}

} // namespace qw
