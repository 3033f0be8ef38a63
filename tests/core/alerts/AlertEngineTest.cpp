#include "core/alerts/AlertEngine.h"

#include "core/alerts/BurnRateForecast.h"
#include "core/util/Clock.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace qw;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

UsageStatus statusWith(double used, double limit, const QDateTime &resetAt,
                       const QString &id = QStringLiteral("daily.tokens"))
{
    UsageStatus s;
    s.tenantId = QStringLiteral("t");
    Quota q{id,
            QStringLiteral("tokens"),
            QStringLiteral("tokens"),
            QStringLiteral("daily"),
            {},
            {},
            used,
            limit,
            used / limit * 100.0,
            resetAt};
    s.quotas = {q};
    return s;
}

QList<AlertEvent::Kind> kinds(const QList<AlertEvent> &events)
{
    QList<AlertEvent::Kind> out;
    for (const AlertEvent &e : events)
        out << e.kind;
    return out;
}

class AlertEngineTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    ManualClock clock{utc(2026, 11, 23, 10)};
    const QDateTime reset = utc(2026, 11, 24);
    QString statePath() const { return dir.filePath(QStringLiteral("alerts.json")); }
};

using K = AlertEvent::Kind;

} // namespace

TEST_F(AlertEngineTest, EachThresholdFiresOncePerWindow)
{
    AlertEngine engine(clock);
    EXPECT_TRUE(engine.evaluate(statusWith(50, 100, reset)).isEmpty());
    auto e = engine.evaluate(statusWith(81, 100, reset));
    ASSERT_EQ(e.size(), 1);
    EXPECT_EQ(e[0].kind, K::Fired);
    EXPECT_EQ(e[0].threshold, 80);
    EXPECT_EQ(e[0].message, QStringLiteral("Daily tokens at 81.0 % (threshold 80 %)."));
    EXPECT_TRUE(engine.evaluate(statusWith(85, 100, reset)).isEmpty()); // no repeat
    e = engine.evaluate(statusWith(100, 100, reset));                   // jumps over 95 and 100
    ASSERT_EQ(e.size(), 2);
    EXPECT_EQ(e[0].threshold, 95);
    EXPECT_EQ(e[1].threshold, 100);
    EXPECT_EQ(e[1].message, QStringLiteral("Daily tokens: limit reached (100.0 %)."));
    EXPECT_EQ(engine.history().size(), 3);
}

TEST_F(AlertEngineTest, AResetResolvesAndTheNextWindowFiresAgain)
{
    AlertEngine engine(clock);
    engine.evaluate(statusWith(96, 100, reset));
    clock.set(reset.addSecs(60));
    const auto e = engine.evaluate(statusWith(1, 100, reset.addDays(1)));
    ASSERT_EQ(kinds(e), (QList<K>{K::Resolved, K::Resolved}));
    EXPECT_EQ(e[0].message, QStringLiteral("Daily tokens back under 80 %."));
    EXPECT_EQ(engine.evaluate(statusWith(82, 100, reset.addDays(1))).size(),
              1); // fires again, new window
}

TEST_F(AlertEngineTest, ARaisedLimitResolvesWithinTheWindow)
{
    AlertEngine engine(clock);
    engine.evaluate(statusWith(85, 100, reset));
    const auto e = engine.evaluate(statusWith(85, 200, reset));
    ASSERT_EQ(kinds(e), (QList<K>{K::Resolved}));
    EXPECT_EQ(e[0].threshold, 80);
}

TEST_F(AlertEngineTest, ARestartNeverRefiresWhatWasDelivered)
{
    {
        AlertEngine engine(clock);
        QString message;
        ASSERT_TRUE(engine.open(statePath(), &message));
        engine.evaluate(statusWith(90, 100, reset));
    }
    AlertEngine again(clock);
    QString message;
    ASSERT_TRUE(again.open(statePath(), &message));
    EXPECT_TRUE(again.evaluate(statusWith(91, 100, reset)).isEmpty());
    EXPECT_EQ(again.history().size(), 1); // history survives too
    EXPECT_EQ(again.evaluate(statusWith(96, 100, reset)).size(), 1);
}

TEST_F(AlertEngineTest, ACorruptStateFileIsSetAsideAndTheEngineStartsFresh)
{
    {
        QFile f(statePath());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("{ this is not json");
    }
    AlertEngine engine(clock);
    QString message;
    EXPECT_FALSE(engine.open(statePath(), &message));
    EXPECT_TRUE(message.contains(QStringLiteral("set aside")));
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("alerts.json.corrupt-*")}).size(), 1);
    EXPECT_EQ(engine.evaluate(statusWith(90, 100, reset)).size(), 1);
    EXPECT_TRUE(QFile::exists(statePath())); // and saves a good one
}

TEST_F(AlertEngineTest, PerQuotaThresholdsOverrideTheGlobalOnes)
{
    AlertEngine engine(clock);
    engine.setThresholds({50, 90, -5, 50});
    EXPECT_EQ(engine.thresholdsFor(QStringLiteral("x")), (QList<double>{50, 90}));
    engine.setQuotaThresholds(QStringLiteral("daily.tokens"), {70});
    const auto e = engine.evaluate(statusWith(95, 100, reset));
    ASSERT_EQ(e.size(), 1);
    EXPECT_EQ(e[0].threshold, 70);
}

TEST_F(AlertEngineTest, SnoozeAndQuietHoursSilenceButStillRecord)
{
    AlertEngine engine(clock);
    engine.setTimeZone(QTimeZone::utc());
    engine.snoozeFor(3600);
    auto e = engine.evaluate(statusWith(81, 100, reset));
    ASSERT_EQ(e.size(), 1);
    EXPECT_TRUE(e[0].silenced);
    clock.advance(3601);
    e = engine.evaluate(statusWith(96, 100, reset));
    ASSERT_EQ(e.size(), 1);
    EXPECT_FALSE(e[0].silenced);
    engine.setQuietHours(std::make_pair(QTime(22, 0), QTime(7, 0)));
    EXPECT_TRUE(engine.isSilencedAt(utc(2026, 11, 23, 23, 30)));
    EXPECT_TRUE(engine.isSilencedAt(utc(2026, 11, 24, 6, 59)));
    EXPECT_FALSE(engine.isSilencedAt(utc(2026, 11, 24, 7, 0)));
    EXPECT_FALSE(engine.isSilencedAt(utc(2026, 11, 23, 12, 0)));
}

TEST_F(AlertEngineTest, UntilTomorrowFollowsLocalDaysAcrossDst)
{
    AlertEngine engine(clock);
    engine.setTimeZone(QTimeZone("America/New_York"));
    clock.set(utc(2026, 3, 8, 3)); // 22:00 on Mar 7 in New York
    engine.snoozeUntilTomorrow();
    EXPECT_EQ(engine.snoozedUntil(), utc(2026, 3, 8, 5)); // midnight EST
    clock.set(utc(2026, 3, 8, 12));                       // the 23-hour day
    engine.snoozeUntilTomorrow();
    EXPECT_EQ(engine.snoozedUntil(), utc(2026, 3, 9, 4)); // midnight EDT, 23 h after the last
    clock.set(utc(2026, 11, 1, 12));                      // the 25-hour day
    engine.snoozeUntilTomorrow();
    EXPECT_EQ(engine.snoozedUntil(), utc(2026, 11, 2, 5));
}

TEST_F(AlertEngineTest, APredictionFiresOncePerWindow)
{
    AlertEngine engine(clock);
    Forecast f;
    f.ratePerHour = 10;
    f.exhaustion = utc(2026, 11, 23, 16, 40);
    f.beforeReset = true;
    f.confidence = Forecast::Confidence::Medium;
    const QHash<QString, Forecast> forecasts{{QStringLiteral("daily.tokens"), f}};
    auto e = engine.evaluate(statusWith(40, 100, reset), forecasts);
    ASSERT_EQ(kinds(e), (QList<K>{K::Predicted}));
    EXPECT_EQ(e[0].exhaustion, f.exhaustion);
    EXPECT_TRUE(
        e[0].message.startsWith(QStringLiteral("At the current rate, Daily tokens runs out at ")))
        << e[0].message.toStdString();
    EXPECT_TRUE(e[0].message.endsWith(QStringLiteral(", 7 h 20 min before it resets.")))
        << e[0].message.toStdString();
    EXPECT_TRUE(engine.evaluate(statusWith(45, 100, reset), forecasts).isEmpty());
}

TEST(BurnRateForecast, LinearTrafficPredictsTheTrueExhaustion)
{
    const QDateTime now = utc(2026, 11, 23, 12);
    QList<QPointF> samples;
    for (int m = 0; m <= 60; ++m) // 10 units a minute for the last hour, 600 used
        samples.append(QPointF(double(now.addSecs(-3600 + m * 60).toMSecsSinceEpoch()), 10.0 * m));
    const Forecast f = BurnRateForecast::compute(samples, 1000.0, utc(2026, 11, 24), now);
    EXPECT_NEAR(f.ratePerHour, 600, 1);
    ASSERT_TRUE(f.exhaustion.has_value());
    EXPECT_LE(std::abs(f.exhaustion->secsTo(now.addSecs(40 * 60))), 60); // within a minute of 12:40
    EXPECT_TRUE(f.beforeReset);
}

TEST(BurnRateForecast, BurstsMoveItLittle)
{
    const QDateTime now = utc(2026, 11, 23, 12);
    QList<QPointF> samples;
    double used = 0;
    for (int m = 0; m <= 60; ++m) {
        used += (m == 30) ? 300 : 5; // one burst of 300 in an otherwise steady 5/min
        samples.append(QPointF(double(now.addSecs(-3600 + m * 60).toMSecsSinceEpoch()), used));
    }
    const Forecast f = BurnRateForecast::compute(samples, 10000.0, utc(2026, 11, 24), now);
    // The steady rate is 300/h; the plain average says ~595/h. Stated tolerance: 20 %.
    EXPECT_NEAR(f.ratePerHour, 300, 60);
}

TEST(BurnRateForecast, IdleAndResetsAreHandled)
{
    const QDateTime now = utc(2026, 11, 23, 12);
    QList<QPointF> idle;
    for (int m = 0; m <= 30; ++m)
        idle.append(QPointF(double(now.addSecs(-1800 + m * 60).toMSecsSinceEpoch()), 42));
    const Forecast f = BurnRateForecast::compute(idle, 100.0, utc(2026, 11, 24), now);
    EXPECT_EQ(f.ratePerHour, 0);
    EXPECT_FALSE(f.exhaustion.has_value());
    EXPECT_FALSE(f.beforeReset);

    // A reset mid-series: only what came after it counts.
    QList<QPointF> reset;
    for (int m = 0; m <= 50; ++m)
        reset.append(QPointF(double(now.addSecs(-3000 + m * 60).toMSecsSinceEpoch()),
                             m < 20 ? 500.0 + 50 * m : 2.0 * (m - 20)));
    const Forecast r = BurnRateForecast::compute(reset, 1000.0, utc(2026, 11, 24), now);
    EXPECT_NEAR(r.ratePerHour, 120, 1);
    ASSERT_TRUE(r.exhaustion.has_value()); // 940 left at 120/h: about 19:50
    EXPECT_LE(std::abs(r.exhaustion->secsTo(utc(2026, 11, 23, 19, 50))), 120);
    EXPECT_TRUE(r.beforeReset);
    EXPECT_FALSE(BurnRateForecast::compute(reset, 5000.0, utc(2026, 11, 24), now)
                     .beforeReset); // ~41 h: after it
    EXPECT_FALSE(BurnRateForecast::compute(reset, std::nullopt, utc(2026, 11, 24), now)
                     .exhaustion.has_value());
}

TEST(BurnRateForecast, TooLittleHistoryGivesNoForecastAtAll)
{
    const QDateTime now = utc(2026, 11, 23, 12);
    const auto series = [&](int samples, int secondsApart) {
        QList<QPointF> out;
        for (int i = 0; i < samples; ++i)
            out.append(QPointF(
                double(now.addSecs(-qint64(samples - 1 - i) * secondsApart).toMSecsSinceEpoch()),
                100.0 * i));
        return out;
    };
    // The demo's first minute: two polls 20 s apart, steep.
    const Forecast two = BurnRateForecast::compute(series(2, 20), 1000.0, utc(2026, 11, 24), now);
    EXPECT_EQ(two.confidence, Forecast::Confidence::None);
    EXPECT_FALSE(two.exhaustion);
    EXPECT_FALSE(two.atRisk());
    // Enough samples but too short a span, and a long span with too few samples.
    EXPECT_EQ(BurnRateForecast::compute(series(20, 30), 1e6, utc(2026, 11, 24), now).confidence,
              Forecast::Confidence::None);
    EXPECT_EQ(BurnRateForecast::compute(series(4, 600), 1e6, utc(2026, 11, 24), now).confidence,
              Forecast::Confidence::None);
    // Five polls over 16 minutes of steady use: a forecast, trusted.
    const Forecast enough = BurnRateForecast::compute(series(5, 240), 1e6, utc(2026, 11, 24), now);
    EXPECT_EQ(enough.confidence, Forecast::Confidence::Medium);
    EXPECT_NEAR(enough.ratePerHour, 1500, 1);
    EXPECT_EQ(BurnRateForecast::compute(series(12, 360), 1e6, utc(2026, 11, 24), now).confidence,
              Forecast::Confidence::High);
}

TEST(BurnRateForecast, RareBurstsAreLowConfidenceAndNeverAlerted)
{
    const QDateTime now = utc(2026, 11, 23, 12);
    QList<QPointF> samples;
    double used = 0;
    for (int m = 0; m <= 60; ++m) {
        if (m == 20 || m == 45)
            used += 400; // two bursts in an hour of nothing
        samples.append(QPointF(double(now.addSecs(-3600 + m * 60).toMSecsSinceEpoch()), used));
    }
    const Forecast f = BurnRateForecast::compute(samples, 1000.0, utc(2026, 11, 24), now);
    EXPECT_EQ(f.confidence, Forecast::Confidence::Low);
    EXPECT_FALSE(f.atRisk());

    ManualClock clock(now);
    AlertEngine engine(clock);
    Quota q;
    q.id = QStringLiteral("daily.tokens");
    q.period = QStringLiteral("daily");
    q.used = 800;
    q.limit = 1000;
    q.resetAt = utc(2026, 11, 24);
    UsageStatus s;
    s.quotas = {q};
    for (const AlertEvent &e : engine.evaluate(s, {{q.id, f}}))
        EXPECT_NE(e.kind, AlertEvent::Kind::Predicted);
}

TEST(BurnRateForecast, AnExhaustionAlreadyPastIsDropped)
{
    const QDateTime now = utc(2026, 11, 23, 12);
    QList<QPointF> samples;
    for (int m = 0; m <= 30; ++m) // 10 a minute, the last poll a minute ago, 995 of 1000 used
        samples.append(
            QPointF(double(now.addSecs(-1860 + m * 60).toMSecsSinceEpoch()), 695.0 + 10.0 * m));
    const Forecast f = BurnRateForecast::compute(samples, 1000.0, utc(2026, 11, 24), now);
    EXPECT_NEAR(f.ratePerHour, 600, 1);
    EXPECT_FALSE(f.exhaustion) << "30 s after the last poll is already past";
    EXPECT_FALSE(f.atRisk());
}

TEST_F(AlertEngineTest, HistoryCanBeClearedAndStaysCleared)
{
    {
        AlertEngine engine(clock);
        QString message;
        ASSERT_TRUE(engine.open(statePath(), &message));
        engine.evaluate(statusWith(90, 100, reset));
        ASSERT_EQ(engine.history().size(), 1);
        engine.clearHistory();
        EXPECT_TRUE(engine.history().isEmpty());
    }
    AlertEngine again(clock);
    QString message;
    ASSERT_TRUE(again.open(statePath(), &message));
    EXPECT_TRUE(again.history().isEmpty());
    EXPECT_TRUE(again.evaluate(statusWith(91, 100, reset))
                    .isEmpty()); // clearing the history is not re-arming
}

TEST_F(AlertEngineTest, OpeningAnotherAccountsStateStartsCleanAndKeepsEachFileItsOwn)
{
    const QString fileA = dir.filePath(QStringLiteral("a.alerts.json"));
    const QString fileB = dir.filePath(QStringLiteral("b.alerts.json"));
    AlertEngine engine(clock);
    QString message;
    ASSERT_TRUE(engine.open(fileA, &message));
    engine.snoozeFor(3600);
    ASSERT_EQ(engine.evaluate(statusWith(81, 100, reset)).size(), 1); // tenant A passes 80 %

    ASSERT_TRUE(engine.open(fileB, &message)); // tenant B, same quota id
    EXPECT_TRUE(engine.history().isEmpty());
    EXPECT_FALSE(engine.snoozedUntil().isValid());
    const auto e = engine.evaluate(statusWith(81, 100, reset));
    ASSERT_EQ(kinds(e), (QList<K>{K::Fired})) << "B never hears of the threshold A passed";
    EXPECT_FALSE(e[0].silenced) << "A's snooze silenced B";

    AlertEngine fresh(clock); // what each file holds now
    ASSERT_TRUE(fresh.open(fileB, &message));
    EXPECT_EQ(fresh.history().size(), 1) << "A's history landed in B's file";
    ASSERT_TRUE(fresh.open(fileA, &message));
    EXPECT_EQ(fresh.history().size(), 1);
    EXPECT_TRUE(fresh.snoozedUntil().isValid());
}

TEST_F(AlertEngineTest, TheStateFileIsWrittenOnlyWhenSomethingChanged)
{
    AlertEngine engine(clock);
    QString message;
    ASSERT_TRUE(engine.open(statePath(), &message));
    engine.evaluate(statusWith(50, 100, reset)); // a new quota window: state to keep
    ASSERT_TRUE(QFile::exists(statePath()));
    ASSERT_TRUE(QFile::remove(statePath()));
    clock.advance(60);
    engine.evaluate(statusWith(55, 100, reset)); // nothing the state file holds changed
    EXPECT_FALSE(QFile::exists(statePath())) << "an unchanged poll rewrote the state file";
    engine.evaluate(statusWith(81, 100, reset)); // a threshold fires: written again
    EXPECT_TRUE(QFile::exists(statePath()));
}

TEST_F(AlertEngineTest, APredictionForAnotherDayNamesTheDate)
{
    AlertEngine engine(clock);
    engine.setTimeZone(QTimeZone::utc());
    Forecast f;
    f.ratePerHour = 1;
    f.exhaustion = clock.now().addDays(3);
    f.beforeReset = true;
    f.confidence = Forecast::Confidence::High;
    const auto e =
        engine.evaluate(statusWith(50, 100, QDateTime()), {{QStringLiteral("daily.tokens"), f}});
    ASSERT_EQ(kinds(e), (QList<K>{K::Predicted}));
    EXPECT_TRUE(e[0].message.contains(
        QLocale().toString(f.exhaustion->toTimeZone(QTimeZone::utc()), QLocale::ShortFormat)))
        << e[0].message.toStdString();
}

TEST_F(AlertEngineTest, AQuotaWithoutAResetStillFiresAndForecasts)
{
    AlertEngine engine(clock);
    EXPECT_EQ(kinds(engine.evaluate(statusWith(81, 100, QDateTime()))), (QList<K>{K::Fired}));
    EXPECT_TRUE(engine.evaluate(statusWith(85, 100, QDateTime())).isEmpty());
    Forecast f;
    f.ratePerHour = 10;
    f.exhaustion = utc(2026, 11, 23, 12);
    f.beforeReset = true;
    f.confidence = Forecast::Confidence::High;
    const auto e =
        engine.evaluate(statusWith(86, 100, QDateTime()), {{QStringLiteral("daily.tokens"), f}});
    ASSERT_EQ(kinds(e), (QList<K>{K::Predicted}));
    // Events of a quota without a reset survive the state file.
    EXPECT_EQ(AlertEvent::fromJson(e[0].toJson()), e[0]);
    EXPECT_TRUE(e[0].message.endsWith(
        QStringLiteral(" runs out at ") +
        QLocale().toString(f.exhaustion->toLocalTime().time(), QLocale::ShortFormat) + u'.'))
        << e[0].message.toStdString();
}

TEST_F(AlertEngineTest, AStateFileFromANewerVersionOrUnreadableIsLeftAlone)
{
    const QByteArray newer = R"({"version": 2, "windows": {}, "history": [], "future": true})";
    {
        QFile f(statePath());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(newer);
    }
    AlertEngine engine(clock);
    QString message;
    EXPECT_FALSE(engine.open(statePath(), &message));
    EXPECT_TRUE(message.contains(QStringLiteral("newer version"))) << message.toStdString();
    EXPECT_EQ(engine.evaluate(statusWith(90, 100, reset)).size(), 1); // alerts still work
    QFile f(statePath());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), newer) << "the newer file was overwritten";
    f.close();
    EXPECT_TRUE(QDir(dir.path()).entryList({QStringLiteral("alerts.json.corrupt-*")}).isEmpty());

    if (::geteuid() != 0) { // root reads anything: the permission case needs an ordinary user
        ASSERT_TRUE(f.setPermissions(QFileDevice::WriteOwner));
        EXPECT_FALSE(engine.open(statePath(), &message));
        EXPECT_TRUE(message.contains(QStringLiteral("cannot be read")));
        EXPECT_TRUE(
            QDir(dir.path()).entryList({QStringLiteral("alerts.json.corrupt-*")}).isEmpty());
    }
}

TEST_F(AlertEngineTest, ASecondDamagedStateFileNeverOverwritesTheFirstCopy)
{
    for (int i = 0; i < 2; ++i) { // the same second, by the manual clock
        QFile f(statePath());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("damaged ") + QByteArray::number(i));
        f.close();
        AlertEngine engine(clock);
        QString message;
        EXPECT_FALSE(engine.open(statePath(), &message));
    }
    const QStringList copies =
        QDir(dir.path()).entryList({QStringLiteral("alerts.json.corrupt-*")}, QDir::Files);
    ASSERT_EQ(copies.size(), 2) << copies.join(u' ').toStdString();
}
