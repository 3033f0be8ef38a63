#pragma once

#include "core/domain/ParseError.h"
#include "core/domain/Quota.h"
#include "core/profiles/SourceProfile.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonValue>

namespace qw {

// Turns answers into quotas as a profile says: pure functions over what arrived, so every
// built-in mapping is tested without a network and fuzzed with random JSON.
namespace ProfileMapper {

inline constexpr qsizetype maxQuotasPerAnswer = 500;

// The quotas one mapping finds in an answer; a typed error naming the answer's path when a
// field is missing or of the wrong kind.
Result<QList<Quota>, ParseError> quotas(const QuotaMapping &mapping, const QJsonValue &answer,
                                        const QDateTime &now);

// Headers by lower-case name. X-RateLimit-Limit/Remaining/Reset, RateLimit-Limit/
// Remaining/Reset, RateLimit "limit=, remaining=, reset=", or the IETF draft's structured
// RateLimit ("name";r=;t=) with RateLimit-Policy ("name";q=;w=); none when absent.
QList<Quota> headerQuotas(const HeaderQuota &spec, const QHash<QByteArray, QByteArray> &headers,
                          const QDateTime &now);

// What an error answer says, for the user: the profile's message paths on a JSON body
// ({"detail": "..."} or {"detail": {"message": ...}}), title and detail of
// application/problem+json, "an HTML page" for one; empty when nothing readable.
QString errorMessage(const ProfileErrors &errors, const QByteArray &contentType,
                     const QByteArray &body);

// An instant as the profile writes it; invalid when unreadable.
QDateTime instant(const QJsonValue &value, TimeFormat format, const QDateTime &now);

} // namespace ProfileMapper

} // namespace qw
