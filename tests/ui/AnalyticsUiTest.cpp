#include "AnalyticsView.h"
#include "BreakdownTableModel.h"
#include "ServerProcess.h"
#include "TestHttp.h"
#include "TimeSeriesChart.h"
#include "Wait.h"
#include "analytics/AnalyticsLoader.h"
#include "auth/CredentialStore.h"
#include "auth/Session.h"
#include "net/ApiClient.h"
#include "storage/HistoryStore.h"
#include "util/Clock.h"

#include <QChart>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineSeries>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::test;

namespace {

class AnalyticsUiTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        tenant = server.addTenant(QStringLiteral("Acme"), QStringLiteral("pro"));
        ASSERT_FALSE(
            server.addUser(tenant, QStringLiteral("an@acme.test"), QStringLiteral("customer"))
                .isEmpty());
        key = server
                  .cli({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--tenant"),
                        tenant})
                  .out.trimmed()
                  .toUtf8();
        ASSERT_TRUE(server.start()) << server.lastError().toStdString();
        // 60 events over the last 3 days: 2 providers, 3 endpoints, some failures.
        QJsonArray events;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 60; ++i) {
            events.append(QJsonObject{
                {QStringLiteral("id"), QStringLiteral("ev%1").arg(i)},
                {QStringLiteral("timestamp"), now.addSecs(-i * 3600).toString(Qt::ISODate)},
                {QStringLiteral("provider"),
                 i % 3 ? QStringLiteral("openai") : QStringLiteral("anthropic")},
                {QStringLiteral("model"),
                 i % 2 ? QStringLiteral("gpt-4") : QStringLiteral("haiku")},
                {QStringLiteral("endpoint"), QStringLiteral("/v1/e%1").arg(i % 3)},
                {QStringLiteral("statusCode"), i % 10 == 0 ? 500 : 200},
                {QStringLiteral("tokens"), 100},
                {QStringLiteral("cost"), 0.01}});
        }
        TestHttp http;
        const auto r =
            http.send("POST", server.url(QStringLiteral("/api/usage/record")),
                      QJsonDocument(QJsonObject{{QStringLiteral("events"), events}}).toJson(), {},
                      {{"X-API-Key", key}});
        ASSERT_EQ(r.status, 200) << r.body.constData();

        api.setBaseUrl(server.url({}));
        QSignalSpy in(&session, &Session::signedIn);
        session.signIn(QStringLiteral("an@acme.test"), QStringLiteral("correct horse"), false);
        ASSERT_TRUE(waitUntil([&] { return in.count() == 1; }, 10000));
        QString message;
        ASSERT_EQ(history.open(dir.filePath(QStringLiteral("h.sqlite")), &message),
                  HistoryStore::OpenResult::Opened);
        loader.setHistory(&history);
        view.setHistory(&history);
        view.resize(1100, 900);
        view.show();
    }

    ServerProcess server;
    QString tenant;
    QByteArray key;
    QTemporaryDir dir;
    SystemClock clock;
    QNetworkAccessManager nam;
    ApiClient api{&nam, clock};
    MemoryCredentialStore credentials;
    Session session{api, credentials, clock};
    HistoryStore history{clock};
    AnalyticsLoader loader{session};
    AnalyticsView view{loader, clock};
};

} // namespace

TEST_F(AnalyticsUiTest, ChartsAndTablesShowTheServersAnalyticsThenWorkOfflineFromTheCache)
{
    QSignalSpy shown(&view, &AnalyticsView::dataShown);
    view.setRange(AnalyticsView::Range::Week);
    ASSERT_TRUE(waitUntil(
        [&] { return shown.count() >= 1 && view.sourceText() == QStringLiteral("Live"); }, 10000))
        << view.sourceText().toStdString();
    EXPECT_EQ(view.chart()->pointCount(), 7 * 24); // hourly buckets over the hour-aligned week
    EXPECT_GT(view.chart()->renderedPointCount(), 0);
    EXPECT_TRUE(view.totalText(AnalyticsMetric::Requests).contains(QStringLiteral(">60<")));
    EXPECT_TRUE(view.totalText(AnalyticsMetric::SuccessRate).contains(QStringLiteral("90.0")));
    BreakdownTableModel *endpoints = view.table(QStringLiteral("endpoint"));
    ASSERT_NE(endpoints, nullptr);
    EXPECT_EQ(endpoints->rowCount(), 3);
    EXPECT_EQ(view.table(QStringLiteral("statusCode"))->rowCount(), 2);
    EXPECT_EQ(view.providerChart()->chart()->series().size(), 1);
    EXPECT_EQ(view.modelChart()->chart()->series().size(), 1);
    // Values add up across the series.
    double sum = 0;
    for (const QPointF &p : view.chart()->renderedPoints())
        sum += p.y();
    EXPECT_EQ(sum, 60);
    EXPECT_TRUE(view.chart()
                    ->tooltipFor(view.chart()->renderedPoints().last().x())
                    .contains(QStringLiteral("Requests")));

    // Export both formats.
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    ASSERT_TRUE(view.exportChart(png));
    ASSERT_TRUE(view.exportChart(svg));
    EXPECT_FALSE(QImage(png).isNull());
    QFile svgFile(svg);
    ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svgFile.readAll().contains("<svg"));

    // Offline: the same view, from the cache, labelled as such.
    server.stop();
    const int before = shown.count();
    view.reload();
    ASSERT_TRUE(waitUntil([&] { return shown.count() > before; }, 5000));
    EXPECT_TRUE(view.sourceText().startsWith(QStringLiteral("\u23f2 Cached, as of")))
        << view.sourceText().toStdString();
    EXPECT_TRUE(view.totalText(AnalyticsMetric::Requests).contains(QStringLiteral(">60<")));
    spin(3500); // the live attempt fails; the cached data stays
    EXPECT_TRUE(view.sourceText().startsWith(QStringLiteral("\u23f2 Cached, as of")));
    EXPECT_EQ(view.table(QStringLiteral("endpoint"))->rowCount(), 3);
}

TEST_F(AnalyticsUiTest, AMillionPointsAreDecimatedToThePlotWidth)
{
    QList<QPointF> points;
    points.reserve(1'000'000);
    const double t0 = double(QDateTime::currentDateTimeUtc().addDays(-30).toMSecsSinceEpoch());
    for (int i = 0; i < 1'000'000; ++i)
        points.append(QPointF(t0 + i * 2500.0, (i % 977) + (i == 500'000 ? 100000 : 0)));
    view.chart()->setData(points, QStringLiteral("Requests"));
    const int width = int(view.chart()->chart()->plotArea().width());
    EXPECT_EQ(view.chart()->pointCount(), 1'000'000);
    EXPECT_LE(view.chart()->renderedPointCount(),
              4 * view.chart()->width()); // plot width <= view width
    EXPECT_GT(view.chart()->renderedPointCount(), width);
    bool spikeKept = false;
    for (const QPointF &p : view.chart()->renderedPoints())
        spikeKept |= p.y() >= 100000;
    EXPECT_TRUE(spikeKept);
    // Zooming in re-decimates from the full data: still bounded, now finer.
    view.chart()->zoomBy(0.01);
    EXPECT_LE(view.chart()->renderedPointCount(), 4 * view.chart()->width() + 2);
    EXPECT_GT(view.chart()->renderedPointCount(), 0);
}
