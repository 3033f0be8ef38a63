#pragma once

#include "tests/support/FixtureHttpServer.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QUrl>

class QTcpSocket;

namespace qw::test {

// A usage API server written from the contract that has the records but no analytics:
// POST /api/auth/login, GET /api/usage/status and GET /api/usage/records (oldest first,
// from/to/limit/cursor, pages of at most pageSize() records, cursors opaque), and 404 for
// everything else, /api/usage/analytics included. It counts what it is asked.
class RecordsOnlyServer final : public FixtureHttpServer {
    Q_OBJECT
public:
    explicit RecordsOnlyServer(QObject *parent = nullptr);

    // Records as the contract's JSON objects; they are served sorted by timestamp.
    void setRecords(QList<QJsonObject> records);
    void setPageSize(int size) { m_pageSize = size; }
    int pageSize() const { return m_pageSize; }
    // Serves this body (status 200) for every records request instead.
    void setRecordsBodyOverride(const QByteArray &body) { m_override = body; }
    // What the nth records request (counting from 0) gets instead of its page: an error
    // status with extra header lines (e.g. "Retry-After: 1\r\n"), or no answer at all.
    struct Fault {
        int status = 503;
        QByteArray headers;
        bool stall = false;
    };
    void setRecordsFault(int nth, const Fault &fault) { m_faults.insert(nth, fault); }

    // Requests whose path starts with prefix (query ignored), login excluded.
    int requests(const QByteArray &pathPrefix) const;
    // Every request target seen (path and query), oldest first.
    const QList<QByteArray> &targets() const { return m_targets; }

protected:
    void respond(QTcpSocket *socket, const QByteArray &target) override;

private:
    QByteArray recordsPage(const QByteArray &target, int *status) const;

    QList<QJsonObject> m_records;
    int m_pageSize = 4;
    QByteArray m_override;
    QHash<int, Fault> m_faults;
    int m_recordsRequests = 0;
    QList<QByteArray> m_targets;
};

} // namespace qw::test
