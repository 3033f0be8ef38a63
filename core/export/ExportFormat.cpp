#include "core/export/ExportFormat.h"

namespace qw {

std::optional<ExportFormat> exportFormatFromString(QStringView text)
{
    for (ExportFormat f : {ExportFormat::Csv, ExportFormat::Json, ExportFormat::Ndjson}) {
        if (text == exportFormatToString(f))
            return f;
    }
    return std::nullopt;
}

QString exportFormatToString(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Ndjson:
        return QStringLiteral("ndjson");
    }
    return QStringLiteral("csv");
}

std::optional<ExportKind> exportKindFromString(QStringView text)
{
    for (ExportKind k :
         {ExportKind::Records, ExportKind::Analytics, ExportKind::History, ExportKind::Tenants}) {
        if (text == exportKindToString(k))
            return k;
    }
    return std::nullopt;
}

QString exportKindToString(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Records:
        return QStringLiteral("records");
    case ExportKind::Analytics:
        return QStringLiteral("analytics");
    case ExportKind::History:
        return QStringLiteral("history");
    case ExportKind::Tenants:
        return QStringLiteral("tenants");
    }
    return QStringLiteral("records");
}

} // namespace qw
