#pragma once

#include "core/domain/JsonReader.h"

namespace qw {

// Bounds on client-supplied fields. They keep hostile input from growing the database or
// overflowing a counter, and are documented in docs/api/openapi.yaml.
namespace FieldLimits {
inline constexpr qsizetype maxIdLength = 128;
inline constexpr qsizetype maxNameLength = 128; // provider, model, userId, method
inline constexpr qsizetype maxEndpointLength = 512;
inline constexpr double maxTokens = 1e12;
inline constexpr double maxCost = 1e9;
inline constexpr double maxResponseTimeMs = 86'400'000; // one day
} // namespace FieldLimits

// Non-empty, bounded, printable ASCII without spaces: safe in logs, ids and cursors.
void checkIdentifier(JsonReader &r, const QString &key, const QString &value);
// Absent, or a non-empty bounded string without control characters.
void checkName(JsonReader &r, const QString &key, const std::optional<QString> &value);
// 0 <= value <= max.
void checkAmount(JsonReader &r, const QString &key, double value, double max);

} // namespace qw
