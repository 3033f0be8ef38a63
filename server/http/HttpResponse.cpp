#include "http/HttpResponse.h"

#include "domain/ApiErrorBody.h"

#include <QJsonDocument>

namespace qw::server {

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return HttpResponse{status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

HttpResponse HttpResponse::noContent()
{
    return HttpResponse{204, {}, {}};
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message,
                                 const QJsonObject &details)
{
    return HttpResponse{status, ApiErrorBody{code, message, details}.toBytes(), {}};
}

} // namespace qw::server
