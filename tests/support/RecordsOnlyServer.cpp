#include "tests/support/RecordsOnlyServer.h"

#include "tests/support/FaultServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrlQuery>
#include <algorithm>

namespace qw::test {

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray error(const char *code, const char *message)
{
    return json(QJsonObject{{QStringLiteral("error"), QLatin1String(code)},
                            {QStringLiteral("message"), QLatin1String(message)}});
}

QDateTime instant(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

// Opaque to the client, and deliberately with characters a URL treats specially.
QString cursorFor(int offset)
{
    return QStringLiteral("o+f/f%&%1=").arg(offset);
}

} // namespace

RecordsOnlyServer::RecordsOnlyServer(QObject *parent)
    : FixtureHttpServer(parent)
{}

void RecordsOnlyServer::setRecords(QList<QJsonObject> records)
{
    std::stable_sort(records.begin(), records.end(),
                     [](const QJsonObject &a, const QJsonObject &b) {
                         return instant(a.value(QStringLiteral("timestamp")).toString()) <
                                instant(b.value(QStringLiteral("timestamp")).toString());
                     });
    m_records = std::move(records);
}

int RecordsOnlyServer::requests(const QByteArray &pathPrefix) const
{
    return int(std::count_if(m_targets.cbegin(), m_targets.cend(),
                             [&](const QByteArray &t) { return t.startsWith(pathPrefix); }));
}

QByteArray RecordsOnlyServer::recordsPage(const QByteArray &target, int *status) const
{
    const QUrlQuery query(QUrl::fromEncoded(target).query(QUrl::FullyEncoded));
    const auto value = [&](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const QDateTime from = value("from").isEmpty() ? QDateTime() : instant(value("from"));
    const QDateTime to = value("to").isEmpty() ? QDateTime() : instant(value("to"));
    const int limit = value("limit").isEmpty() ? 100 : value("limit").toInt();
    if ((!value("from").isEmpty() && !from.isValid()) ||
        (!value("to").isEmpty() && !to.isValid()) || limit < 1 || limit > 1000) {
        *status = 400;
        return error("invalid_query", "bad from, to or limit");
    }
    // The cursor is the index, in the range's records, where the next page starts.
    int offset = 0;
    if (!value("cursor").isEmpty()) {
        bool ok = false;
        const QString c = value("cursor");
        if (c.startsWith(QStringLiteral("o+f/f%&")) && c.endsWith(u'='))
            offset = c.mid(7, c.size() - 8).toInt(&ok);
        if (!ok) {
            *status = 400;
            return error("invalid_query", "cursor: not a cursor this server issued");
        }
    }
    QJsonArray inRange;
    for (const QJsonObject &r : m_records) {
        const QDateTime t = instant(r.value(QStringLiteral("timestamp")).toString());
        if ((!from.isValid() || t >= from) && (!to.isValid() || t < to))
            inRange.append(r);
    }
    const int size = std::min(limit, m_pageSize);
    QJsonArray page;
    for (int i = offset; i < inRange.size() && i < offset + size; ++i)
        page.append(inRange[i]);
    const bool more = offset + size < inRange.size();
    *status = 200;
    return json(
        QJsonObject{{QStringLiteral("records"), page},
                    {QStringLiteral("nextCursor"),
                     more ? QJsonValue(cursorFor(offset + size)) : QJsonValue(QJsonValue::Null)}});
}

void RecordsOnlyServer::respond(QTcpSocket *socket, const QByteArray &target)
{
    const auto send = [socket](int status, const QByteArray &body) {
        FixtureHttpServer::send(socket, status, "application/json", body);
    };
    const QByteArray path =
        target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    if (path == "/api/auth/login" || path == "/api/auth/refresh") {
        send(200, cannedLogin(QStringLiteral("t_records"), QStringLiteral("r@r.test")));
        return;
    }
    m_targets.append(target);
    if (path == "/api/usage/status") {
        send(200, FaultServer::sampleStatus(QStringLiteral("t_records")));
        return;
    }
    if (path == "/api/usage/records") {
        const auto fault = m_faults.constFind(m_recordsRequests++);
        if (fault != m_faults.constEnd()) {
            if (fault->stall)
                return; // the socket stays open and silent
            FixtureHttpServer::send(socket, fault->status, "application/json",
                                    error("unavailable", "scripted fault"), fault->headers);
            return;
        }
        if (!m_override.isEmpty()) {
            send(200, m_override);
            return;
        }
        int status = 200;
        const QByteArray body = recordsPage(target, &status);
        send(status, body);
        return;
    }
    send(404, error("not_found", "No such endpoint"));
}

} // namespace qw::test
