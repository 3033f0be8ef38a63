#include "cli/AnonCommand.h"

#include "cli/ExitCode.h"
#include "core/anon/AnonymousCounter.h"
#include "core/domain/JsonReader.h"
#include "core/format/QuotaFormat.h"
#include "core/util/Clock.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace qw {

int AnonCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("The local anonymous-session counter."));
    const QCommandLineOption count(QStringLiteral("count"), tr("Messages to count (default 1)."),
                                   QStringLiteral("N"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("Set the daily limit."),
                                   QStringLiteral("N"));
    const QCommandLineOption statePath(QStringLiteral("state"),
                                       tr("Counter file (default: shared with the desktop app)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("status: print JSON."));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("reset: do not ask."));
    p.addOptions({count, limit, statePath, json, yes});
    p.addPositionalArgument(QStringLiteral("record|status|reset"), QString());
    if (const auto finished = parse(p, args, 1))
        return *finished;
    const QStringList words = p.positionalArguments();
    if (words.size() != 1 ||
        !QStringList{QStringLiteral("record"), QStringLiteral("status"), QStringLiteral("reset")}
             .contains(words.first()))
        return usage(tr("anon needs one of record, status, reset"));
    const QString verb = words.first();
    int n = 1;
    if (p.isSet(count)) {
        bool ok = false;
        n = p.value(count).toInt(&ok);
        if (!ok || n < 1 || n > AnonymousCounter::maxLimit)
            return usage(tr("--count must be a positive number"));
    }
    SystemClock clock;
    AnonymousCounter counter(clock);
    QString message;
    if (p.isSet(statePath) && p.value(statePath).trimmed().isEmpty())
        return usage(tr("--state needs a file name")); // "" would count into a throwaway database
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
            return usage(tr("--limit must be 0 to %1").arg(AnonymousCounter::maxLimit));
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
            const QLocale locale;
            m_out << tr("%1 of %Ln message(s) today, %2 left; %3", nullptr, s.limit)
                         .arg(locale.toString(s.count), locale.toString(s.remaining()),
                              QuotaFormat::countdown(s.resetAt, clock.now()))
                  << '\n';
        }
    };
    if (verb == QStringLiteral("record")) {
        const auto r = counter.record(n);
        if (!r) {
            m_err << "quotawatch-cli: "
                  << (counter.errorString().isEmpty() ? tr("the counter could not be updated")
                                                      : counter.errorString())
                  << '\n';
            return Failed;
        }
        if (!r->accepted) {
            const QLocale locale;
            if (r->state.remaining() > 0) // room left, but not for this many
                m_err << "quotawatch-cli: "
                      << tr("%1 more would pass the daily limit (%2 of %Ln used, %3 left); "
                            "nothing counted. Sign in for a higher limit.",
                            nullptr, r->state.limit)
                             .arg(locale.toString(n), locale.toString(r->state.count),
                                  locale.toString(r->state.remaining()))
                      << '\n';
            else
                m_err << "quotawatch-cli: "
                      << tr("daily limit reached (%1 of %Ln); nothing counted. Sign in for a "
                            "higher limit.",
                            nullptr, r->state.limit)
                             .arg(locale.toString(r->state.count))
                      << '\n';
            return LimitReached;
        }
        print(r->state);
        return Ok;
    }
    if (verb == QStringLiteral("reset")) {
        if (!p.isSet(yes)) {
            m_err << tr("Reset today's anonymous count to zero? [y/N] ");
            m_err.flush();
            const QString answer = m_in.readLine().trimmed().toLower();
            // English answers always work, whatever the language of the question.
            const QStringList accepted{QStringLiteral("y"), QStringLiteral("yes"),
                                       tr("y", "the one-letter answer yes to [y/N]").toLower(),
                                       tr("yes", "the answer to [y/N]").toLower()};
            if (!accepted.contains(answer)) {
                m_err << "quotawatch-cli: " << tr("not reset") << '\n';
                return Failed;
            }
        }
        if (!counter.resetToday())
            return Failed;
    }
    const auto s = counter.state();
    if (!s) {
        m_err << "quotawatch-cli: "
              << (counter.errorString().isEmpty() ? tr("the counter could not be read")
                                                  : counter.errorString())
              << '\n';
        return Failed;
    }
    print(*s);
    return Ok;
}

} // namespace qw
