#pragma once

#include "core/profiles/ProfileError.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace qw {

// How a source writes instants (resets).
enum class TimeFormat { Rfc3339, EpochSeconds, EpochMillis, NaiveUtc, SecondsFromNow };

// Where one field of a quota comes from: a path into the answer ("$.limits.{key}",
// "@.used") or a constant ("monthly", 100, null). {key} is the member name or index the
// quota's item was found under.
struct FieldSource {
    QString path; // empty: the constant
    QJsonValue constant = QJsonValue::Undefined;

    bool isSet() const { return !path.isEmpty() || !constant.isUndefined(); }
};

// How one answer becomes quotas: one per item `each` visits (or one from the root).
struct QuotaMapping {
    QString each; // a path with a wildcard, or empty
    // metric, period, unit, provider, model, used, remaining, limit, reset, id
    QHash<QString, FieldSource> fields;
    TimeFormat resetFormat = TimeFormat::Rfc3339;
    bool unlimitedWhenNull = true;
    bool unlimitedWhenAbsent = false;
    QList<QJsonValue> unlimitedValues; // e.g. -1, "unlimited"
};

// Quotas read from rate-limit headers of an answer: X-RateLimit-Limit/Remaining/Reset or the
// IETF draft's RateLimit and RateLimit-Policy.
struct HeaderQuota {
    enum class ResetStyle { Auto, EpochSeconds, SecondsFromNow, Instant };
    QString metric = QStringLiteral("requests");
    QString period = QStringLiteral("window");
    ResetStyle reset = ResetStyle::Auto;
};

struct ProfileRequest {
    QString method = QStringLiteral("GET");
    QString path;
    QList<QuotaMapping> quotas;
    std::optional<HeaderQuota> headers;
};

struct ProfileAuth {
    enum class Type { None, Bearer, ApiKey, Login };
    Type type = Type::None;
    QString header;       // ApiKey: the header that carries it
    QString path;         // Login: where to post
    QJsonObject body;     // Login: the body, with {username} and {password}
    QString accessToken;  // Login: paths into its answer
    QString refreshToken; // optional
    QString expiresIn;    // optional, seconds
    // Login, optional: where to end the session (with its bearer token) when the watcher
    // stops, so a source's sessions do not pile up.
    QString logoutPath;
    QString logoutMethod = QStringLiteral("POST");
};

struct ProfileErrors {
    QStringList messagePaths; // tried in order on an error answer's JSON body
    QList<int> overLimitStatus{429};
};

// A usage API described as data (docs/profiles.md): how to authenticate, what to request on
// each poll and how each answer maps to quotas. Nothing in it runs code.
struct SourceProfile {
    static constexpr int currentFormat = 1;

    QString name;  // "kv-usage"
    QString title; // "Key-value API (GET /v1/usage)"
    QString description;
    ProfileAuth auth;
    QList<ProfileRequest> requests;
    ProfileErrors errors;

    // Validates everything a poll will need; errors name the file, the line and the field.
    static Result<SourceProfile, ProfileError> parse(const QByteArray &json,
                                                     const QString &fileName);
};

} // namespace qw
