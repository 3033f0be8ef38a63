#include "core/alerts/AlertEngine.h"

#include "core/domain/JsonReader.h"
#include "core/format/QuotaFormat.h"
#include "core/storage/SetAside.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QSaveFile>
#include <algorithm>

namespace qw {

Q_LOGGING_CATEGORY(lcAlerts, "qw.core.alerts", QtInfoMsg)

namespace {
QList<double> normalised(QList<double> percents)
{
    percents.erase(std::remove_if(percents.begin(), percents.end(),
                                  [](double p) { return !(p > 0 && p <= 1000); }),
                   percents.end());
    std::sort(percents.begin(), percents.end());
    percents.erase(std::unique(percents.begin(), percents.end()), percents.end());
    return percents;
}

} // namespace

AlertEngine::AlertEngine(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{}

void AlertEngine::setThresholds(QList<double> percents)
{
    m_thresholds = normalised(std::move(percents));
}

void AlertEngine::setQuotaThresholds(const QString &quotaId, QList<double> percents)
{
    percents = normalised(std::move(percents));
    if (percents.isEmpty())
        m_quotaThresholds.remove(quotaId);
    else
        m_quotaThresholds.insert(quotaId, percents);
}

QList<double> AlertEngine::thresholdsFor(const QString &quotaId) const
{
    return m_quotaThresholds.value(quotaId, m_thresholds);
}

void AlertEngine::snoozeFor(qint64 seconds)
{
    m_snoozedUntil = m_clock.now().addSecs(seconds);
    save();
}

void AlertEngine::snoozeUntilTomorrow()
{
    // The start of the next local day: 23 or 25 hours away on DST days, never a fixed 24.
    const QDate today = m_clock.now().toTimeZone(m_zone).date();
    m_snoozedUntil = today.addDays(1).startOfDay(m_zone).toUTC();
    save();
}

void AlertEngine::clearSnooze()
{
    m_snoozedUntil = {};
    save();
}

bool AlertEngine::isSilencedAt(const QDateTime &t) const
{
    if (m_snoozedUntil.isValid() && t < m_snoozedUntil)
        return true;
    if (!m_quiet)
        return false;
    const QTime local = t.toTimeZone(m_zone).time();
    const auto [start, end] = *m_quiet;
    return start <= end ? (local >= start && local < end) : (local >= start || local < end);
}

AlertEvent AlertEngine::make(AlertEvent::Kind kind, const Quota &quota, double threshold,
                             const QDateTime &now) const
{
    AlertEvent e;
    e.kind = kind;
    e.quotaId = quota.id;
    e.title = QuotaFormat::title(quota);
    e.threshold = threshold;
    e.percent = quota.percentUsed().value_or(0);
    e.at = now;
    e.resetAt = quota.resetAt;
    e.silenced = isSilencedAt(now);
    const QLocale locale;
    if (kind == AlertEvent::Kind::Fired) {
        e.message =
            threshold >= 100
                ? tr("%1: limit reached (%2 %).").arg(e.title, locale.toString(e.percent, 'f', 1))
                : tr("%1 at %2 % (threshold %3 %).")
                      .arg(e.title, locale.toString(e.percent, 'f', 1), locale.toString(threshold));
    } else if (kind == AlertEvent::Kind::Resolved) {
        e.message = tr("%1 back under %2 %.").arg(e.title, locale.toString(threshold));
    }
    return e;
}

QList<AlertEvent> AlertEngine::evaluate(const UsageStatus &status,
                                        const QHash<QString, Forecast> &forecasts)
{
    const QDateTime now = m_clock.now();
    QList<AlertEvent> events;
    QSet<QString> seen;
    bool changed = false; // anything the state file holds
    for (const Quota &q : status.quotas) {
        seen.insert(q.id);
        const auto used = q.percentUsed();
        if (!used || !q.limit)
            continue; // unlimited: nothing to approach
        if (!m_windows.contains(q.id))
            changed = true;
        WindowState &w = m_windows[q.id];
        const double percent = *used;
        if (w.resetAt.isValid() && w.resetAt != q.resetAt) {
            // A new window: whatever was delivered belongs to the old one.
            // In threshold order: a QSet's order is arbitrary, and so would the events be.
            QList<double> delivered(w.delivered.cbegin(), w.delivered.cend());
            std::sort(delivered.begin(), delivered.end());
            for (double t : std::as_const(delivered)) {
                if (percent < t)
                    events.append(make(AlertEvent::Kind::Resolved, q, t, now));
            }
            w = WindowState{};
        }
        if (w.resetAt != q.resetAt) {
            w.resetAt = q.resetAt;
            changed = true;
        }
        for (double t : thresholdsFor(q.id)) {
            const bool above = percent >= t;
            if (above && !w.delivered.contains(t)) {
                w.delivered.insert(t);
                events.append(make(AlertEvent::Kind::Fired, q, t, now));
            } else if (!above && w.delivered.contains(t)) {
                w.delivered.remove(t); // e.g. the limit was raised
                events.append(make(AlertEvent::Kind::Resolved, q, t, now));
            }
        }
        const auto f = forecasts.constFind(q.id);
        if (f != forecasts.constEnd() && f->atRisk() && percent < 100 && !w.predicted) {
            w.predicted = true;
            AlertEvent e = make(AlertEvent::Kind::Predicted, q, 100, now);
            e.exhaustion = *f->exhaustion;
            // Whole sentences with arguments: a translation may order them as it needs.
            // A time alone when it is today, with the date otherwise.
            const QDateTime local = f->exhaustion->toTimeZone(m_zone);
            const QString at = local.date() == now.toTimeZone(m_zone).date()
                                   ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                   : QLocale().toString(local, QLocale::ShortFormat);
            e.message =
                q.resetAt.isValid()
                    ? tr("At the current rate, %1 runs out at %2, %3 before it resets.")
                          .arg(e.title, at, QuotaFormat::duration(f->exhaustion->secsTo(q.resetAt)))
                    : tr("At the current rate, %1 runs out at %2.").arg(e.title, at);
            events.append(e);
        }
    }
    // Quotas that disappeared (removed by the server) leave no state behind.
    for (auto it = m_windows.begin(); it != m_windows.end();) {
        if (!seen.contains(it.key())) {
            it = m_windows.erase(it);
            changed = true;
        } else
            ++it;
    }
    if (!events.isEmpty()) {
        m_history.append(events);
        if (m_history.size() > maxHistory)
            m_history.remove(0, m_history.size() - maxHistory);
        changed = true;
    }
    if (changed)
        save(); // a poll that changes nothing writes nothing
    for (const AlertEvent &e : std::as_const(events))
        Q_EMIT alert(e);
    return events;
}

void AlertEngine::clearHistory()
{
    m_history.clear();
    save();
}

bool AlertEngine::open(const QString &path, QString *message)
{
    // Another account's or tenant's windows, history and snoozes do not carry over: each
    // state file starts from what it holds, and nothing of the previous one lands in it.
    m_windows.clear();
    m_history.clear();
    m_snoozedUntil = {};
    m_path = path;
    QFile f(path);
    if (!f.exists())
        return true;
    // Only a damaged file is set aside. One that cannot be read (permissions) or that a newer
    // Quotawatch wrote is left as it is, and this run keeps its alert state in memory only, so
    // nothing overwrites it.
    if (!f.open(QIODevice::ReadOnly)) {
        m_path.clear();
        *message = tr("The alert state %1 cannot be read (%2); alerts are kept in memory only "
                      "until Quotawatch restarts.")
                       .arg(path, f.errorString());
        qCWarning(lcAlerts).noquote() << *message;
        return false;
    }
    QJsonObject root;
    const bool parsed = !parseJsonObject(f.readAll(), root).has_value();
    f.close();
    const int version = root.value(QStringLiteral("version")).toInt();
    if (parsed && version > 1) {
        m_path.clear();
        *message = tr("The alert state %1 was made by a newer version of Quotawatch and is left "
                      "untouched; alerts are kept in memory only.")
                       .arg(path);
        qCWarning(lcAlerts).noquote() << *message;
        return false;
    }
    if (!parsed || version != 1) {
        const QString aside = setAsidePath(path, m_clock.now());
        if (!QFile::rename(path, aside)) {
            m_path.clear(); // never write over a file that could not be moved aside
            *message = tr("The alert state %1 is damaged and could not be set aside; alerts are "
                          "kept in memory only.")
                           .arg(path);
        } else {
            *message = tr("The alert state was damaged and has been set aside as %1; alerts "
                          "start afresh.")
                           .arg(aside);
        }
        qCWarning(lcAlerts).noquote() << *message;
        return false;
    }
    m_snoozedUntil = parseInstant(root.value(QStringLiteral("snoozedUntil")).toString());
    const QJsonObject windows = root.value(QStringLiteral("windows")).toObject();
    for (auto it = windows.constBegin(); it != windows.constEnd(); ++it) {
        const QJsonObject o = it.value().toObject();
        WindowState w;
        w.resetAt = parseInstant(o.value(QStringLiteral("resetAt")).toString());
        for (const QJsonValue &t : o.value(QStringLiteral("delivered")).toArray())
            w.delivered.insert(t.toDouble());
        w.predicted = o.value(QStringLiteral("predicted")).toBool();
        m_windows.insert(it.key(), w);
    }
    for (const QJsonValue &v : root.value(QStringLiteral("history")).toArray()) {
        if (auto e = AlertEvent::fromJson(v.toObject()))
            m_history.append(*e);
    }
    return true;
}

bool AlertEngine::save()
{
    if (m_path.isEmpty())
        return true;
    QJsonObject windows;
    for (auto it = m_windows.constBegin(); it != m_windows.constEnd(); ++it) {
        QJsonArray delivered;
        QList<double> sorted(it->delivered.cbegin(), it->delivered.cend());
        std::sort(sorted.begin(), sorted.end());
        for (double t : sorted)
            delivered.append(t);
        windows.insert(it.key(),
                       QJsonObject{{QStringLiteral("resetAt"), formatInstant(it->resetAt)},
                                   {QStringLiteral("delivered"), delivered},
                                   {QStringLiteral("predicted"), it->predicted}});
    }
    QJsonArray history;
    for (const AlertEvent &e : std::as_const(m_history))
        history.append(e.toJson());
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("snoozedUntil"),
                            m_snoozedUntil.isValid() ? formatInstant(m_snoozedUntil) : QString()},
                           {QStringLiteral("windows"), windows},
                           {QStringLiteral("history"), history}};
    // Atomic: a crash mid-write leaves the previous state, never half of one.
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !f.commit()) {
        qCWarning(lcAlerts) << "could not save alert state:" << f.errorString();
        return false;
    }
    return true;
}

} // namespace qw
