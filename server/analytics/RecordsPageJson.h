#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace qw::server {

// The body of GET /api/usage/records written straight as bytes: the events come out of SQLite
// as UTF-8 and go into the answer escaped, with no QJsonObject (and its allocations) per
// record in between. An export of a million records is a thousand of these pages, and
// building them through QJsonObject was most of the server's time.
class RecordsPageJson final {
public:
    RecordsPageJson();

    struct Record {
        QByteArrayView id;
        qint64 timestampMs = 0;
        std::optional<QByteArrayView> userId;
        std::optional<QByteArrayView> provider;
        std::optional<QByteArrayView> model;
        std::optional<QByteArrayView> endpoint;
        std::optional<QByteArrayView> method;
        int statusCode = 0;
        std::optional<double> responseTimeMs;
        qint64 tokens = 0;
        double cost = 0;
    };
    void add(const Record &record);
    // Closes the page; nextCursor is null on the last page.
    QByteArray finish(const std::optional<QByteArrayView> &nextCursor);

    // A JSON string of UTF-8 text: quotes, backslashes and control characters escaped.
    static void appendString(QByteArray &out, QByteArrayView utf8);
    // Shortest round-trip form; null for NaN or infinity (JSON has neither).
    static void appendNumber(QByteArray &out, double value);
    static void appendInteger(QByteArray &out, qint64 value);
    // "2026-11-23T14:00:00Z", with ".123" before the Z when the milliseconds are not zero, as
    // formatInstant writes it.
    static void appendInstant(QByteArray &out, qint64 msSinceEpoch);

private:
    QByteArray m_out;
    bool m_first = true;
};

} // namespace qw::server
