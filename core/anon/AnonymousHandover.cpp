#include "core/anon/AnonymousHandover.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace qw {

QList<UsageEvent> AnonymousHandover::events(const QString &installId, const QDate &day, int first,
                                            int last, const QDateTime &at)
{
    QList<UsageEvent> out;
    for (int i = std::max(1, first); i <= last; ++i) {
        UsageEvent e;
        e.id = QStringLiteral("anon-%1-%2-%3")
                   .arg(installId, day.toString(QStringLiteral("yyyyMMdd")))
                   .arg(i);
        e.timestamp = at;
        e.endpoint = QStringLiteral("anonymous-session");
        e.method = QStringLiteral("MESSAGE");
        e.statusCode = 200;
        out.append(e);
    }
    return out;
}

QByteArray AnonymousHandover::body(const QList<UsageEvent> &events)
{
    QJsonArray array;
    for (const UsageEvent &e : events)
        array.append(e.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("events"), array}})
        .toJson(QJsonDocument::Compact);
}

} // namespace qw
