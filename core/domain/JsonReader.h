#pragma once

#include "core/domain/ParseError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace qw {

// Reads typed fields out of a JSON object and remembers the first error, so a parser can
// read every field in sequence and check once. Unknown fields are ignored (the contract's
// forward-compatibility rule).
class JsonReader {
public:
    JsonReader(const QJsonObject &object, QString path);

    QString requiredString(const QString &key);
    QString optionalString(const QString &key, const QString &fallback = {});
    // null or absent -> std::nullopt; any other non-string is an error.
    std::optional<QString> nullableString(const QString &key);
    double requiredNumber(const QString &key);
    double optionalNumber(const QString &key, double fallback);
    // null or absent -> std::nullopt.
    std::optional<double> nullableNumber(const QString &key);
    qint64 requiredInteger(const QString &key);
    qint64 optionalInteger(const QString &key, qint64 fallback);
    bool requiredBool(const QString &key);
    QDateTime requiredInstant(const QString &key);
    QDateTime optionalInstant(const QString &key);
    QJsonObject requiredObject(const QString &key);
    QJsonArray requiredArray(const QString &key);
    QJsonArray optionalArray(const QString &key);

    QString pathOf(const QString &key) const;
    void fail(ParseError::Code code, const QString &key, const QString &message);
    bool ok() const { return !m_error.has_value(); }
    const ParseError &error() const { return *m_error; }
    const QJsonObject &object() const { return m_object; }

private:
    QJsonValue fetch(const QString &key, bool required);

    QJsonObject m_object;
    QString m_path;
    std::optional<ParseError> m_error;
};

// Parses bytes into a JSON object; typed error when it is not one.
std::optional<ParseError> parseJsonObject(const QByteArray &bytes, QJsonObject &out);

// A strict RFC 3339 date-time (see the definition for the details), in UTC; an invalid
// QDateTime for anything else.
QDateTime parseInstant(const QString &text);
// "2026-11-23T14:00:00Z", or "2026-11-23T14:00:00.123Z" when the milliseconds are not zero;
// empty for an invalid QDateTime.
QString formatInstant(const QDateTime &instant);

} // namespace qw
