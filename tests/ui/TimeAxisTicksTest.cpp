#include "ui/TimeAxisTicks.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>
#include <QSet>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace qw;

namespace {

qint64 local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min)).toMSecsSinceEpoch();
}

QDateTime at(const TimeAxisTicks::Tick &t)
{
    return QDateTime::fromMSecsSinceEpoch(t.ms).toLocalTime();
}

} // namespace

TEST(TimeAxisTicks, AWeekOfHourlyBucketsIsLabelledAtEachMidnight)
{
    // What the 7-day preset shows: 19:00 one week to 18:00 the next.
    const auto ticks = TimeAxisTicks::compute(local(2026, 11, 16, 19), local(2026, 11, 23, 18), 9);
    ASSERT_EQ(ticks.size(), 7);
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        EXPECT_EQ(at(ticks[i]).time(), QTime(0, 0));
        EXPECT_EQ(at(ticks[i]).date(), QDate(2026, 11, 17 + int(i)));
        EXPECT_EQ(ticks[i].label, QLocale().toString(at(ticks[i]), QStringLiteral("MMM d")));
    }
}

TEST(TimeAxisTicks, DayLabelsFollowTheLanguagesOrderOfDayAndMonth)
{
    // What the German catalogue gives for the pattern, and German month names.
    class German final : public QTranslator {
    public:
        QString translate(const char *context, const char *source, const char *, int) const override
        {
            if (qstrcmp(context, "qw::TimeAxisTicks") != 0)
                return {};
            if (qstrcmp(source, "MMM d") == 0)
                return QStringLiteral("d. MMM");
            if (qstrcmp(source, "MMM d HH:mm") == 0)
                return QStringLiteral("d. MMM HH:mm");
            return {};
        }
        bool isEmpty() const override { return false; }
    } german;
    QCoreApplication::installTranslator(&german);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto ticks = TimeAxisTicks::compute(local(2026, 11, 16, 19), local(2026, 11, 23, 18), 9);
    QLocale::setDefault(before);
    QCoreApplication::removeTranslator(&german);
    ASSERT_FALSE(ticks.isEmpty());
    EXPECT_EQ(ticks.first().label, QStringLiteral("17. Nov.")) << ticks.first().label.toStdString();
}

TEST(TimeAxisTicks, ADayIsLabelledOnWholeHours)
{
    const auto ticks =
        TimeAxisTicks::compute(local(2026, 11, 22, 19, 17), local(2026, 11, 23, 19, 17), 9);
    ASSERT_GE(ticks.size(), 4);
    ASSERT_LE(ticks.size(), 9);
    const qint64 step = ticks[1].ms - ticks[0].ms;
    EXPECT_EQ(step % (3600 * 1000), 0); // whole hours
    for (const auto &t : ticks) {
        EXPECT_EQ(at(t).time().minute(), 0);
        EXPECT_EQ(at(t).time().hour() % (step / 3'600'000), 0); // on multiples of the step
        EXPECT_EQ(t.label, at(t).time() == QTime(0, 0)
                               ? QLocale().toString(at(t), QStringLiteral("MMM d"))
                               : QLocale().toString(at(t), QStringLiteral("HH:mm")));
    }
}

TEST(TimeAxisTicks, NinetyDaysAreLabelledOnMondays)
{
    const auto ticks = TimeAxisTicks::compute(local(2026, 8, 25, 0), local(2026, 11, 23, 0), 9);
    ASSERT_GE(ticks.size(), 3);
    ASSERT_LE(ticks.size(), 9);
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        EXPECT_EQ(at(ticks[i]).date().dayOfWeek(), Qt::Monday);
        EXPECT_EQ(at(ticks[i]).time(), QTime(0, 0));
        if (i > 0) {
            EXPECT_EQ(at(ticks[i - 1]).date().daysTo(at(ticks[i]).date()), 14);
        }
    }
}

TEST(TimeAxisTicks, SecondsWhenZoomedRightIn)
{
    const qint64 from = local(2026, 11, 23, 12, 0) + 2'500;
    const auto ticks = TimeAxisTicks::compute(from, from + 40'000, 8);
    ASSERT_FALSE(ticks.isEmpty());
    for (const auto &t : ticks) {
        EXPECT_EQ(t.ms % 1000, 0);
        EXPECT_EQ(t.label.size(), 8) << t.label.toStdString(); // HH:mm:ss
    }
}

TEST(TimeAxisTicks, AnyRangeGivesFewOrderedUniqueTicksInsideIt)
{
    EXPECT_TRUE(TimeAxisTicks::compute(1000, 1000, 8).isEmpty());
    EXPECT_TRUE(TimeAxisTicks::compute(2000, 1000, 8).isEmpty());
    QRandomGenerator rng(7);
    const qint64 base = local(2026, 1, 1, 0);
    for (int round = 0; round < 2000; ++round) {
        const qint64 from = base + qint64(rng.bounded(400 * 86400)) * 1000 + rng.bounded(1000);
        // Spans from a second to a year, spread evenly in log scale.
        const qint64 span = qint64(std::pow(10.0, 3.0 + rng.generateDouble() * 7.5));
        const int maxLabels = 2 + int(rng.bounded(11));
        const auto ticks = TimeAxisTicks::compute(from, from + span, maxLabels);
        SCOPED_TRACE(testing::Message()
                     << "from " << from << " span " << span << " max " << maxLabels);
        ASSERT_FALSE(ticks.isEmpty() && span > 3 * 86'400'000LL); // days always fall inside
        ASSERT_LE(ticks.size(), maxLabels);
        QSet<QString> labels;
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            ASSERT_GE(ticks[i].ms, from);
            ASSERT_LE(ticks[i].ms, from + span);
            if (i > 0) {
                ASSERT_GT(ticks[i].ms, ticks[i - 1].ms);
            }
            ASSERT_FALSE(labels.contains(ticks[i].label));
            labels.insert(ticks[i].label);
        }
    }
}
