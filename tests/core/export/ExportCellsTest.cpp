#include "core/export/ExportCells.h"

#include <QDateTime>
#include <charconv>
#include <cmath>
#include <cstring>
#include <gtest/gtest.h>
#include <limits>
#include <random>

using namespace qw;

namespace {

std::string numberText(double value)
{
    ByteSink out;
    appendNumber(out, value);
    return std::string(out.data(), size_t(out.size()));
}

// What docs/export.md promises: std::to_chars' shortest form, positional from 1e-6 to 1e15.
std::string expectedText(double value)
{
    if (value == 0)
        return "0";
    char text[64];
    const double magnitude = std::fabs(value);
    const auto result =
        magnitude >= 1e-6 && magnitude < 1e15
            ? std::to_chars(text, text + sizeof text, value, std::chars_format::fixed)
            : std::to_chars(text, text + sizeof text, value);
    return std::string(text, result.ptr);
}

} // namespace

TEST(ExportCellsNumber, WritesTheShortestTextThatReadsBackAsTheSameDouble)
{
    std::mt19937_64 random(2026);
    std::vector<double> values{0.0,
                               -0.0,
                               0.1,
                               0.2,
                               0.1 + 0.2,
                               150.5,
                               -2.5,
                               1e-6,
                               9.9e-7,
                               1e9,
                               1e9 - 0.5,
                               1e15,
                               1e15 - 1,
                               1e20,
                               5e-324,
                               1.7976931348623157e308,
                               0.036000000000000004,
                               100000,
                               884294778922415.25, // a tie between .2 and .3: to_chars takes .2
                               0.5,
                               1024.0625};
    for (int i = 0; i < 200'000; ++i) {
        // Short decimals as prices and times are, and arbitrary doubles of every magnitude.
        const double decimal = double(qint64(random() % 2'000'000'000) - 1'000'000'000) /
                               std::pow(10.0, double(random() % 10));
        values.push_back(decimal);
        values.push_back(decimal * 3e-5);
        double bits = 0;
        const quint64 pattern = random();
        std::memcpy(&bits, &pattern, sizeof bits);
        if (std::isfinite(bits))
            values.push_back(bits);
        // Every magnitude of the positional range, with all 53 bits of mantissa.
        const double mantissa = 1.0 + double(random() >> 11) / double(1ULL << 53);
        values.push_back(mantissa * std::pow(10.0, double(int(random() % 24) - 7)));
    }
    for (double value : values) {
        const std::string text = numberText(value);
        double back = 1;
        const auto result = std::from_chars(text.data(), text.data() + text.size(), back);
        ASSERT_TRUE(result.ec == std::errc() && result.ptr == text.data() + text.size()) << text;
        ASSERT_EQ(back, value) << text;
        ASSERT_EQ(text, expectedText(value)) << "value bits " << std::hexfloat << value;
    }
}

TEST(ExportCellsInstant, WritesUtcWithMillisecondsAndLocalWithTheOffset)
{
    const auto utc = [](qint64 ms) {
        ByteSink out;
        appendUtcInstant(out, ms);
        return std::string(out.data(), size_t(out.size()));
    };
    EXPECT_EQ(utc(0), "1970-01-01T00:00:00.000Z");
    EXPECT_EQ(utc(1'795'440'900'120), "2026-11-23T13:35:00.120Z");
    EXPECT_EQ(utc(-1), "1969-12-31T23:59:59.999Z");
    EXPECT_EQ(utc(253'402'300'799'999), "9999-12-31T23:59:59.999Z");
    // Alternating days, so the cached date must follow.
    EXPECT_EQ(utc(86'400'000), "1970-01-02T00:00:00.000Z");
    EXPECT_EQ(utc(0), "1970-01-01T00:00:00.000Z");
    ByteSink local;
    appendOffsetInstant(local, 1'795'440'900'120, -(9 * 3600 + 30 * 60));
    EXPECT_EQ(std::string(local.data(), size_t(local.size())), "2026-11-23T04:05:00.120-09:30");
}

TEST(ExportCellsInstant, AgreesWithQtForRunsOfInstantsAndJumpsBetweenThem)
{
    // The writer keeps the last minute's text: runs cross minutes, hours, days and years,
    // and jumps go anywhere in 0001-9999 (Qt has no year 0) and back, before 1970 included.
    std::mt19937_64 random(7);
    const qint64 first = -62'135'596'800'000; // 0001-01-01T00:00:00Z
    qint64 ms = first;
    for (int i = 0; i < 100'000; ++i) {
        if (random() % 100 == 0)
            ms = qint64(random() % 315'537'897'600'000ULL) + first;
        else
            ms += qint64(random() % 40'000);
        if (ms > 253'402'300'799'999)
            ms = first;
        ByteSink out;
        appendUtcInstant(out, ms);
        const QByteArray expected =
            QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
        ASSERT_EQ(std::string(out.data(), size_t(out.size())), expected.toStdString())
            << "ms " << ms;
    }
}

TEST(ExportCellsInteger, WritesEveryIntegerAsToCharsDoes)
{
    std::mt19937_64 random(11);
    std::vector<qint64> values{0,
                               1,
                               -1,
                               9,
                               10,
                               99,
                               100,
                               -100,
                               999'999,
                               1'000'000,
                               std::numeric_limits<qint64>::max(),
                               std::numeric_limits<qint64>::min()};
    for (int i = 0; i < 100'000; ++i)
        values.push_back(qint64(random()) >> (random() % 64));
    for (qint64 value : values) {
        ByteSink out;
        appendInteger(out, value);
        char text[24];
        const auto end = std::to_chars(text, text + sizeof text, value).ptr;
        ASSERT_EQ(std::string(out.data(), size_t(out.size())), std::string(text, end));
    }
}
