#include "core/net/ReplyDeadline.h"

#include <QNetworkReply>
#include <QTimer>
#include <memory>

namespace qw {

namespace {
const char *const passedProperty = "qw_deadline_passed";
}

void ReplyDeadline::attach(QNetworkReply *reply, int periodMs)
{
    auto received = std::make_shared<qint64>(0);
    auto checked = std::make_shared<qint64>(0);
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [received](qint64 bytes, qint64) { *received = bytes; });
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    deadline->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    QObject::connect(deadline, &QTimer::timeout, reply,
                     [reply, deadline, received, checked, periodMs] {
                         const qint64 needed = qint64(minBytesPerSecond) * periodMs / 1000;
                         if (*received - *checked >= needed) {
                             *checked = *received;
                             deadline->start(periodMs);
                             return;
                         }
                         reply->setProperty(passedProperty, true);
                         reply->abort();
                     });
    QObject::connect(reply, &QNetworkReply::finished, deadline, &QTimer::stop);
    deadline->start(periodMs);
}

bool ReplyDeadline::passed(const QNetworkReply *reply)
{
    return reply->property(passedProperty).toBool();
}

} // namespace qw
