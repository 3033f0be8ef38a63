#include "server/analytics/RecordsPageJson.h"

#include "core/domain/JsonReader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using namespace qw;
using namespace qw::server;

namespace {

QJsonObject parsed(const QByteArray &bytes)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << bytes.toStdString();
    return doc.object();
}

} // namespace

TEST(RecordsPageJson, EveryStringReadsBackAsWrittenWhateverItHolds)
{
    QByteArray nulInside("nul");
    nulInside.append('\0').append("inside");
    const QList<QByteArray> texts = {
        "plain",
        "say \"hi\" \\ back\\slash",
        "line\r\nbreak\ttab",
        "bell\x07 esc\x1b del\x7f",
        nulInside,
        QStringLiteral("emoji \U0001F600, \u05e9\u05dc\u05d5\u05dd \u202eabc").toUtf8(),
        "</script><script>alert(1)</script>",
        "",
    };
    for (const QByteArray &t : texts) {
        QByteArray out;
        RecordsPageJson::appendString(out, t);
        const QJsonArray a = QJsonDocument::fromJson("[" + out + "]").array();
        ASSERT_EQ(a.size(), 1) << out.toStdString();
        EXPECT_EQ(a.at(0).toString(), QString::fromUtf8(t)) << out.toStdString();
    }
}

TEST(RecordsPageJson, NumbersRoundTripAndWhatJsonCannotHoldIsNull)
{
    for (const double v : {0.0, 1e-7, 0.1, 0.000125 * 7, 947.0, 123456789.125, -2.5, 1e300}) {
        QByteArray out;
        RecordsPageJson::appendNumber(out, v);
        EXPECT_EQ(QJsonDocument::fromJson("[" + out + "]").array().at(0).toDouble(), v)
            << out.toStdString();
    }
    for (const double v :
         {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()}) {
        QByteArray out;
        RecordsPageJson::appendNumber(out, v);
        EXPECT_EQ(out, "null");
    }
    QByteArray out;
    RecordsPageJson::appendInteger(out, std::numeric_limits<qint64>::min());
    EXPECT_EQ(out, "-9223372036854775808");
}

TEST(RecordsPageJson, InstantsAreWrittenAsFormatInstantWritesThem)
{
    for (const qint64 ms : {qint64(0), qint64(1), qint64(999), qint64(1795440900000),
                            qint64(1795440900123), qint64(951782400000) /* 2000-02-29 */,
                            qint64(-1), qint64(-86400000), qint64(253402300799999)}) {
        QByteArray out;
        RecordsPageJson::appendInstant(out, ms);
        EXPECT_EQ(QString::fromLatin1(out),
                  formatInstant(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)))
            << ms;
    }
}

TEST(RecordsPageJson, APageHasTheContractsShape)
{
    RecordsPageJson page;
    RecordsPageJson::Record r;
    r.id = "e1";
    r.timestampMs = 1795440900000;
    r.provider = QByteArrayView("openai");
    r.statusCode = 429;
    r.responseTimeMs = 12.5;
    r.tokens = 7;
    r.cost = 0.25;
    page.add(r);
    r.id = "e2";
    r.responseTimeMs.reset();
    page.add(r);
    const QJsonObject o = parsed(page.finish(QByteArrayView("abc")));
    const QJsonArray records = o.value(QStringLiteral("records")).toArray();
    ASSERT_EQ(records.size(), 2);
    const QJsonObject first = records.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("id")).toString(), QStringLiteral("e1"));
    EXPECT_EQ(first.value(QStringLiteral("timestamp")).toString(),
              QStringLiteral("2026-11-23T13:35:00Z"));
    EXPECT_TRUE(first.value(QStringLiteral("userId")).isNull());
    EXPECT_EQ(first.value(QStringLiteral("provider")).toString(), QStringLiteral("openai"));
    EXPECT_EQ(first.value(QStringLiteral("statusCode")).toInt(), 429);
    EXPECT_EQ(first.value(QStringLiteral("responseTimeMs")).toDouble(), 12.5);
    EXPECT_EQ(first.value(QStringLiteral("tokens")).toInteger(), 7);
    EXPECT_EQ(first.value(QStringLiteral("cost")).toDouble(), 0.25);
    EXPECT_EQ(first.size(), 11);
    EXPECT_TRUE(records.at(1).toObject().value(QStringLiteral("responseTimeMs")).isNull());
    EXPECT_EQ(o.value(QStringLiteral("nextCursor")).toString(), QStringLiteral("abc"));
    RecordsPageJson empty;
    const QJsonObject last = parsed(empty.finish(std::nullopt));
    EXPECT_TRUE(last.value(QStringLiteral("records")).toArray().isEmpty());
    EXPECT_TRUE(last.value(QStringLiteral("nextCursor")).isNull());
}
