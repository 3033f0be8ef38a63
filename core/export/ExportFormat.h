#pragma once

#include <QString>
#include <QStringView>
#include <QTimeZone>
#include <optional>

namespace qw {

// What an export file looks like: docs/export.md has the schema of every kind and format.
enum class ExportFormat { Csv, Json, Ndjson };
std::optional<ExportFormat> exportFormatFromString(QStringView text); // "csv" | "json" | "ndjson"
QString exportFormatToString(ExportFormat format);

// Which table is exported.
enum class ExportKind { Records, Analytics, History, Tenants };
std::optional<ExportKind>
exportKindFromString(QStringView text); // records|analytics|history|tenants
QString exportKindToString(ExportKind kind);

struct ExportOptions {
    ExportFormat format = ExportFormat::Csv;
    bool utf8Bom = false;               // CSV only, for Excel
    std::optional<QTimeZone> localTime; // adds a local-time column after each instant column
};

} // namespace qw
