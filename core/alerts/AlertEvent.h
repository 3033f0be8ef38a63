#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace qw {

// One thing the alert engine decided to tell the user.
struct AlertEvent {
    enum class Kind { Fired, Resolved, Predicted };
    Kind kind = Kind::Fired;
    QString quotaId;
    QString title;        // "Daily requests"
    double threshold = 0; // percent
    double percent = 0;   // the quota's percent when it happened
    QDateTime at;
    QDateTime resetAt;
    QDateTime exhaustion;  // Predicted only
    bool silenced = false; // during snooze or quiet hours: in the history, not notified
    QString message;

    QJsonObject toJson() const;
    static std::optional<AlertEvent> fromJson(const QJsonObject &object);
    static QString kindName(Kind kind);
    bool operator==(const AlertEvent &) const = default;
};

} // namespace qw
