#include "core/domain/ApiErrorBody.h"

#include "core/domain/JsonReader.h"

#include <QJsonDocument>

namespace qw {

QJsonObject ApiErrorBody::toJson() const
{
    QJsonObject o = details;
    o.insert(QStringLiteral("error"), code);
    o.insert(QStringLiteral("message"), message);
    return o;
}

QByteArray ApiErrorBody::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

Result<ApiErrorBody, ParseError> ApiErrorBody::fromBytes(const QByteArray &bytes)
{
    QJsonObject object;
    if (auto err = parseJsonObject(bytes, object))
        return *err;
    JsonReader r(object, {});
    ApiErrorBody b;
    b.code = r.requiredString(QStringLiteral("error"));
    b.message = r.optionalString(QStringLiteral("message"));
    if (!r.ok())
        return r.error();
    object.remove(QStringLiteral("error"));
    object.remove(QStringLiteral("message"));
    b.details = object;
    return b;
}

} // namespace qw
