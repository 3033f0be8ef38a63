#include "cli/AnonCommand.h"

#include "cli/ExitCode.h"
#include "core/anon/AnonymousCounter.h"
#include "core/domain/JsonReader.h"
#include "core/format/QuotaFormat.h"
#include "core/util/Clock.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace qw {

int AnonCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("The local anonymous-session counter."));
    const QCommandLineOption count(QStringLiteral("count"),
                                   QStringLiteral("Messages to count (default 1)."),
                                   QStringLiteral("N"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Set the daily limit."),
                                   QStringLiteral("N"));
    const QCommandLineOption statePath(
        QStringLiteral("state"),
        QStringLiteral("Counter file (default: shared with the desktop app)."),
        QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("status: print JSON."));
    const QCommandLineOption yes(QStringLiteral("yes"), QStringLiteral("reset: do not ask."));
    p.addOptions({count, limit, statePath, json, yes});
    p.addPositionalArgument(QStringLiteral("record|status|reset"), QString());
    if (const auto finished = parse(p, args, 1))
        return *finished;
    const QStringList words = p.positionalArguments();
    if (words.size() != 1 ||
        !QStringList{QStringLiteral("record"), QStringLiteral("status"), QStringLiteral("reset")}
             .contains(words.first()))
        return usage(QStringLiteral("anon needs one of record, status, reset"));
    const QString verb = words.first();
    int n = 1;
    if (p.isSet(count)) {
        bool ok = false;
        n = p.value(count).toInt(&ok);
        if (!ok || n < 1 || n > AnonymousCounter::maxLimit)
            return usage(QStringLiteral("--count must be a positive number"));
    }
    SystemClock clock;
    AnonymousCounter counter(clock);
    QString message;
    if (counter.open(p.isSet(statePath) ? p.value(statePath) : AnonymousCounter::defaultPath(),
                     &message) == AnonymousCounter::OpenResult::Failed) {
        m_err << "quotawatch-cli: " << message << '\n';
        return Failed;
    }
    if (!message.isEmpty())
        m_err << "quotawatch-cli: " << message << '\n';
    if (p.isSet(limit)) {
        bool ok = false;
        const int l = p.value(limit).toInt(&ok);
        if (!ok || !counter.setLimit(l))
            return usage(QStringLiteral("--limit must be 0 to %1").arg(AnonymousCounter::maxLimit));
    }
    const auto print = [this, &clock, asJson = p.isSet(json)](const AnonymousCounter::State &s) {
        if (asJson) {
            m_out << QString::fromUtf8(
                         QJsonDocument(
                             QJsonObject{{QStringLiteral("day"), s.day.toString(Qt::ISODate)},
                                         {QStringLiteral("count"), s.count},
                                         {QStringLiteral("limit"), s.limit},
                                         {QStringLiteral("remaining"), s.remaining()},
                                         {QStringLiteral("resetAt"), formatInstant(s.resetAt)}})
                             .toJson(QJsonDocument::Compact))
                  << '\n';
        } else {
            m_out << s.count << " of " << s.limit << " messages today, " << s.remaining()
                  << " left; " << QuotaFormat::countdown(s.resetAt, clock.now()) << '\n';
        }
    };
    if (verb == QStringLiteral("record")) {
        const auto r = counter.record(n);
        if (!r) {
            m_err << "quotawatch-cli: the counter could not be updated\n";
            return Failed;
        }
        if (!r->accepted) {
            m_err << "quotawatch-cli: daily limit reached (" << r->state.count << " of "
                  << r->state.limit << "); nothing counted. Sign in for a higher limit.\n";
            return LimitReached;
        }
        print(r->state);
        return Ok;
    }
    if (verb == QStringLiteral("reset")) {
        if (!p.isSet(yes)) {
            m_err << "Reset today's anonymous count to zero? [y/N] ";
            m_err.flush();
            const QString answer = m_in.readLine().trimmed().toLower();
            if (answer != QStringLiteral("y") && answer != QStringLiteral("yes")) {
                m_err << "quotawatch-cli: not reset\n";
                return Failed;
            }
        }
        if (!counter.resetToday())
            return Failed;
    }
    const auto s = counter.state();
    if (!s)
        return Failed;
    print(*s);
    return Ok;
}

} // namespace qw
