#pragma once

#include "core/domain/UsageEvent.h"

#include <QDate>
#include <QList>

namespace qw {

// Turns a day's anonymous messages into usage events for POST /api/usage/record. Each message
// gets a stable id (installation, day, ordinal), so a retry or a second sign-in sends the
// same ids and the server counts each message once.
class AnonymousHandover final {
public:
    // Messages number first..last (1-based, inclusive) of the day.
    static QList<UsageEvent> events(const QString &installId, const QDate &day, int first, int last,
                                    const QDateTime &at);
    static QByteArray body(const QList<UsageEvent> &events);
};

} // namespace qw
