#include "core/analytics/AnalyticsLoader.h"
#include "core/auth/CredentialStore.h"
#include "core/auth/Session.h"
#include "core/net/ApiClient.h"
#include "core/poll/UsagePoller.h"
#include "core/storage/HistoryStore.h"
#include "core/util/Clock.h"
#include "tests/support/FaultServer.h"
#include "tests/support/RecordsOnlyServer.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestHttp.h"
#include "tests/support/Wait.h"
#include "ui/AnalyticsView.h"
#include "ui/BreakdownTableModel.h"
#include "ui/TimeSeriesChart.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QNetworkAccessManager>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>
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
        // 60 events over the last 3 days: 2 providers, 2 models, 3 endpoints, 2 users (45
        // and 15 events), some failures.
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
                {QStringLiteral("userId"),
                 i % 4 ? QStringLiteral("alice@acme.test") : QStringLiteral("bob@acme.test")},
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

// Reloads and waits for the live answer (the cache may answer first).
bool showLive(AnalyticsView &view, const std::function<void()> &change)
{
    QSignalSpy shown(&view, &AnalyticsView::dataShown);
    change();
    return waitUntil(
        [&] { return shown.count() >= 1 && view.sourceText() == QStringLiteral("Live"); }, 10000);
}

// How many pixels of a widget are about this colour.
int pixelsNear(QWidget *widget, const QColor &colour)
{
    const QImage image = widget->grab().toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += std::abs(c.red() - colour.red()) < 40 &&
                     std::abs(c.green() - colour.green()) < 40 &&
                     std::abs(c.blue() - colour.blue()) < 40;
        }
    }
    return count;
}

double renderedSum(const TimeSeriesChart *chart)
{
    double sum = 0;
    for (const QPointF &p : chart->renderedPoints())
        sum += p.y();
    return sum;
}

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
    BreakdownTableModel *users = view.table(QStringLiteral("user")); // top consumers
    ASSERT_EQ(users->rowCount(), 2);
    QMap<QString, int> requestsByUser;
    for (int row = 0; row < 2; ++row)
        requestsByUser.insert(
            users->index(row, BreakdownTableModel::Key).data().toString(),
            users->index(row, BreakdownTableModel::Requests).data(Qt::UserRole).toInt());
    EXPECT_EQ(requestsByUser, (QMap<QString, int>{{QStringLiteral("alice@acme.test"), 45},
                                                  {QStringLiteral("bob@acme.test"), 15}}));
    EXPECT_EQ(view.providerChart()->chart()->series().size(), 1);
    EXPECT_EQ(view.modelChart()->chart()->series().size(), 1);
    // Every chart draws its data: pixels in the colour of its line or bars.
    EXPECT_GT(pixelsNear(view.chart(), view.chart()->series()->color()),
              300); // legend marker: ~100
    for (BreakdownChart *breakdown : {view.providerChart(), view.modelChart()}) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(breakdown->chart()->series().first());
        ASSERT_NE(bars, nullptr);
        EXPECT_GT(pixelsNear(breakdown, bars->barSets().first()->color()), 1000)
            << breakdown->chart()->title().toStdString();
    }
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
    QSignalSpy refreshFailed(&loader, &AnalyticsLoader::refreshFailed);
    const int before = shown.count();
    view.reload();
    ASSERT_TRUE(waitUntil([&] { return shown.count() > before; }, 5000));
    EXPECT_TRUE(view.sourceText().startsWith(QStringLiteral("Cached, as of")))
        << view.sourceText().toStdString();
    EXPECT_TRUE(view.cachedIconShown()); // a drawn clock, not a glyph the font may lack
    EXPECT_TRUE(view.totalText(AnalyticsMetric::Requests).contains(QStringLiteral(">60<")));
    // The live attempt fails; the cached data stays, and the view says why it is not newer.
    ASSERT_TRUE(waitUntil([&] { return refreshFailed.count() == 1; }, 10000));
    EXPECT_TRUE(view.sourceText().startsWith(QStringLiteral("Cached, as of")));
    EXPECT_TRUE(view.sourceText().contains(QStringLiteral("Live data could not be loaded")))
        << view.sourceText().toStdString();
    EXPECT_EQ(shown.count(), before + 1);
    EXPECT_EQ(view.table(QStringLiteral("endpoint"))->rowCount(), 3);
}

TEST_F(AnalyticsUiTest, AfterAnOutageTheViewSaysItIsCachedAndRecoversByItself)
{
    // The view's own clock, to step past its refresh interval; everything else is real. Ten
    // minutes into the current hour, so that the steps below never cross an hour: the view's
    // range ends on the next whole hour, and a new range would have no cache to fall back on.
    ManualClock viewClock(QDateTime::fromSecsSinceEpoch(
        QDateTime::currentSecsSinceEpoch() / 3600 * 3600 + 600, Qt::UTC));
    AnalyticsView live{loader, viewClock};
    live.setHistory(&history);
    live.resize(1100, 900);
    live.show();
    live.reload();
    ASSERT_TRUE(waitUntil([&] { return live.sourceText() == QStringLiteral("Live"); }, 10000))
        << live.sourceText().toStdString();

    server.stop();
    viewClock.advance(60);
    live.refreshIfDue(); // not due: still what it was
    EXPECT_EQ(live.sourceText(), QStringLiteral("Live"));
    viewClock.advance(live.refreshSeconds());
    live.refreshIfDue();
    ASSERT_TRUE(waitUntil(
        [&] { return live.sourceText().contains(QStringLiteral("Live data could not be loaded")); },
        10000))
        << live.sourceText().toStdString();
    EXPECT_TRUE(live.sourceText().startsWith(QStringLiteral("Cached, as of")))
        << "old numbers are never called live";

    ASSERT_TRUE(server.restart());
    viewClock.advance(live.refreshSeconds());
    live.refreshIfDue();
    ASSERT_TRUE(waitUntil([&] { return live.sourceText() == QStringLiteral("Live"); }, 10000))
        << live.sourceText().toStdString();
    EXPECT_FALSE(live.cachedIconShown());
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

TEST_F(AnalyticsUiTest, MetricsRangesAndBreakdownStylesFollowTheControls)
{
    ASSERT_TRUE(showLive(view, [&] { view.setRange(AnalyticsView::Range::Week); }));
    // 60 events: 40 openai and 20 anthropic; 100 tokens and $0.01 each; every tenth failed.
    const auto providers = [&] { return view.providerChart()->shownItems(); };
    using Items = QList<std::pair<QString, double>>;
    EXPECT_EQ(providers(),
              (Items{{QStringLiteral("openai"), 40}, {QStringLiteral("anthropic"), 20}}));
    EXPECT_EQ(view.providerChart()->chart()->title(), QStringLiteral("Requests by provider"));
    // What a screen reader hears: the metric, the range and each value.
    const auto [shownFrom, shownTo] = view.providerChart()->range();
    EXPECT_EQ(view.providerChart()->accessibleDescription(),
              QStringLiteral("Requests by provider, %1 to %2: %3.")
                  .arg(QLocale().toString(shownFrom.toLocalTime(), QLocale::ShortFormat),
                       QLocale().toString(shownTo.toLocalTime(), QLocale::ShortFormat),
                       QLocale().createSeparatedList(
                           {QStringLiteral("openai 40"), QStringLiteral("anthropic 20")})));

    view.setMetric(AnalyticsMetric::Tokens);
    EXPECT_EQ(renderedSum(view.chart()), 6000);
    EXPECT_EQ(view.chart()->series()->name(), QStringLiteral("Tokens"));
    EXPECT_EQ(providers(),
              (Items{{QStringLiteral("openai"), 4000}, {QStringLiteral("anthropic"), 2000}}));
    EXPECT_EQ(view.modelChart()->chart()->title(), QStringLiteral("Tokens by model"));
    view.setMetric(AnalyticsMetric::Cost);
    EXPECT_NEAR(renderedSum(view.chart()), 0.6, 1e-9);
    EXPECT_NEAR(providers().first().second, 0.4, 1e-9);

    // Donuts, with each share written in the legend; back to bars.
    view.setMetric(AnalyticsMetric::Requests);
    view.setBreakdownStyle(BreakdownChart::Style::Donut);
    ASSERT_EQ(view.providerChart()->chart()->series().size(), 1);
    auto *pie = qobject_cast<QPieSeries *>(view.providerChart()->chart()->series().first());
    ASSERT_NE(pie, nullptr);
    ASSERT_EQ(pie->count(), 2);
    EXPECT_EQ(pie->slices().first()->value(), 40);
    EXPECT_EQ(pie->slices().first()->label(), QStringLiteral("openai (67 %)"));
    EXPECT_NE(qobject_cast<QPieSeries *>(view.modelChart()->chart()->series().first()), nullptr);
    // A success rate cannot be summed into a donut: it stays bars whatever the style.
    view.setMetric(AnalyticsMetric::SuccessRate);
    EXPECT_FALSE(view.providerChart()->showsDonut());
    auto *bars =
        qobject_cast<QAbstractBarSeries *>(view.providerChart()->chart()->series().first());
    ASSERT_NE(bars, nullptr);
    EXPECT_EQ(bars->barSets().first()->count(), 2);
    view.setMetric(AnalyticsMetric::Requests);
    view.setBreakdownStyle(BreakdownChart::Style::Bars);
    EXPECT_NE(qobject_cast<QAbstractBarSeries *>(view.providerChart()->chart()->series().first()),
              nullptr);

    // Presets pick their granularity: hourly up to a week, daily beyond.
    ASSERT_TRUE(showLive(view, [&] { view.setRange(AnalyticsView::Range::Day); }));
    EXPECT_EQ(view.chart()->pointCount(), 24);
    // A custom range keeps the granularity (hourly here): the last 24 hours hold 24 events.
    const QDateTime to = QDateTime::fromSecsSinceEpoch(
        QDateTime::currentSecsSinceEpoch() / 3600 * 3600 + 3600, Qt::UTC);
    ASSERT_TRUE(showLive(view, [&] { view.setCustomRange(to.addDays(-1), to); }));
    EXPECT_EQ(renderedSum(view.chart()), 24);
    view.setCustomRange(to, to.addDays(-1)); // backwards: refused with a reason, data kept
    EXPECT_TRUE(view.sourceText().contains(QStringLiteral("must end after")))
        << view.sourceText().toStdString();
    EXPECT_EQ(renderedSum(view.chart()), 24);
    ASSERT_TRUE(showLive(view, [&] { view.setRange(AnalyticsView::Range::Month); }));
    EXPECT_GE(view.chart()->pointCount(), 30); // day buckets in the tenant's zone: 30 or 31
    EXPECT_LE(view.chart()->pointCount(), 31);
    EXPECT_EQ(renderedSum(view.chart()), 60);
    ASSERT_TRUE(showLive(view, [&] { view.setRange(AnalyticsView::Range::Quarter); }));
    EXPECT_GE(view.chart()->pointCount(), 90);
    EXPECT_LE(view.chart()->pointCount(), 91);
}

TEST_F(AnalyticsUiTest, MarkersShowQuotaResetsAndWhereAlertsFired)
{
    // The local history saw requests go from 50 % to 90 % of their limit four hours ago.
    const QDateTime crossing = QDateTime::fromSecsSinceEpoch(
        QDateTime::currentSecsSinceEpoch() / 3600 * 3600 - 4 * 3600, Qt::UTC);
    for (const auto &[at, used] : {std::pair{crossing.addSecs(-3600), 50.0}, {crossing, 90.0}}) {
        UsageStatus s;
        s.generatedAt = at;
        Quota q;
        q.id = QStringLiteral("daily.requests");
        q.used = used;
        q.limit = 100.0;
        s.quotas = {q};
        ASSERT_TRUE(history.addSnapshot(s));
    }
    ASSERT_TRUE(showLive(view, [&] { view.setRange(AnalyticsView::Range::Week); }));
    const QList<QPointF> alerts = view.chart()->alertMarkers();
    ASSERT_EQ(alerts.size(), 1);
    EXPECT_EQ(alerts.first().x(), double(crossing.toMSecsSinceEpoch()));
    EXPECT_EQ(alerts.first().y(), 1); // on the line: one event in that hour
    // Hourly buckets, before any status said when the tenant's day ends: a reset marker at
    // each midnight UTC (the contract's default zone) of the week.
    const QList<QPointF> resets = view.chart()->resetMarkers();
    EXPECT_GE(resets.size(), 6);
    EXPECT_LE(resets.size(), 8);
    for (const QPointF &r : resets)
        EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(qint64(r.x()), Qt::UTC).time(), QTime(0, 0));
    // Daily buckets: every bucket starts a new daily window.
    ASSERT_TRUE(showLive(view, [&] { view.setRange(AnalyticsView::Range::Month); }));
    EXPECT_EQ(view.chart()->resetMarkers().size(), view.chart()->pointCount());
}

TEST_F(AnalyticsUiTest, HourlyResetMarkersAreAtTheTenantsMidnightNotThisComputers)
{
    // A tenant on Kiritimati (UTC+14): its daily quotas reset at 10:00 UTC. The status the
    // real server gives for it says so, and the markers follow.
    const QString far = server.addTenant(QStringLiteral("Line Islands"), QStringLiteral("free"),
                                         QStringLiteral("Pacific/Kiritimati"));
    const QByteArray farKey = server.addApiKey(far);
    TestHttp http;
    const auto r = http.send("GET", server.url(QStringLiteral("/api/usage/status")), {}, {},
                             {{"X-API-Key", farKey}});
    ASSERT_EQ(r.status, 200) << r.body.constData();
    auto status = UsageStatus::fromJson(QJsonDocument::fromJson(r.body).object());
    ASSERT_TRUE(status.ok());

    ASSERT_TRUE(showLive(view, [&] { view.setRange(AnalyticsView::Range::Week); }));
    const QList<QPointF> before = view.chart()->resetMarkers();
    ASSERT_FALSE(before.isEmpty());
    view.statusArrived(status.value());
    const QList<QPointF> resets = view.chart()->resetMarkers();
    EXPECT_GE(resets.size(), 6);
    EXPECT_LE(resets.size(), 8);
    for (const QPointF &m : resets)
        EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(qint64(m.x()), Qt::UTC).time(), QTime(10, 0));
}

TEST_F(AnalyticsUiTest, AnEmptyRangeSaysSoAndShowsNoRateOrAverage)
{
    // A week long ago: the server counted nothing then.
    const QDateTime to = QDateTime::currentDateTimeUtc().addDays(-200);
    QSignalSpy shown(&view, &AnalyticsView::dataShown);
    view.setCustomRange(to.addDays(-7), to);
    ASSERT_TRUE(waitUntil(
        [&] { return !shown.isEmpty() && view.sourceText() == QStringLiteral("Live"); }, 10000));
    EXPECT_TRUE(view.totalText(AnalyticsMetric::SuccessRate).contains(QStringLiteral("\u2014")))
        << view.totalText(AnalyticsMetric::SuccessRate).toStdString();
    EXPECT_FALSE(view.totalText(AnalyticsMetric::SuccessRate).contains(QStringLiteral("%")));
    EXPECT_TRUE(
        view.totalText(AnalyticsMetric::AvgResponseTime).contains(QStringLiteral("\u2014")));
    const QLabel *note = view.emptyNote();
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().startsWith(QStringLiteral("No usage in this range")))
        << note->text().toStdString();

    // Why the requests total can be more than the daily requests bar says.
    for (QLabel *card : view.findChildren<QLabel *>()) {
        if (card->accessibleName() == QStringLiteral("Requests")) {
            EXPECT_TRUE(card->toolTip().contains(QStringLiteral("only successful")))
                << card->toolTip().toStdString();
        }
    }
    // A range with usage: the rate is back and the note goes.
    ASSERT_TRUE(showLive(view, [&] { view.setRange(AnalyticsView::Range::Week); }));
    EXPECT_TRUE(view.totalText(AnalyticsMetric::SuccessRate).contains(QStringLiteral("%")));
    EXPECT_FALSE(note->isVisible());
}

TEST_F(AnalyticsUiTest, TheControlsFitTheWindowsDefaultWidthWithALongReasonOnScreen)
{
    // The main window opens 720 wide and the view gets a little less inside the tab; with
    // larger fonts or a longer language it gets less still.
    constexpr int width = 600;
    view.resize(width, 900);
    // The custom range's fields appear on a row of their own and still fit.
    view.setCustomRange(QDateTime::currentDateTimeUtc().addDays(-3),
                        QDateTime::currentDateTimeUtc());
    EXPECT_LE(view.minimumSizeHint().width(), width);
    ASSERT_TRUE(showLive(view, [&] { view.setRange(AnalyticsView::Range::Week); }));
    EXPECT_LE(view.minimumSizeHint().width(), width);
    // The server goes: the cached week is shown with why it is not live, a long sentence that
    // wraps instead of pushing the buttons out of the window.
    server.kill();
    view.reload();
    ASSERT_TRUE(waitUntil(
        [&] { return view.sourceText().contains(QStringLiteral("could not be loaded")); }, 15000))
        << view.sourceText().toStdString();
    EXPECT_GT(view.fontMetrics().horizontalAdvance(view.sourceText()), width)
        << "the reason must be long enough to need wrapping";
    EXPECT_LE(view.minimumSizeHint().width(), width);
    view.resize(width, 900);
    QApplication::processEvents(); // the layout settles on the new text
    for (QPushButton *b : view.findChildren<QPushButton *>()) {
        if (!b->isVisibleTo(&view))
            continue;
        const QRect inView(b->mapTo(&view, QPoint(0, 0)), b->size());
        EXPECT_TRUE(view.rect().contains(inView)) << b->text().toStdString();
    }
}

TEST_F(AnalyticsUiTest, TheChartZoomsAndPansByWheelKeysAndDragAndResets)
{
    TimeSeriesChart *chart = view.chart();
    QList<QPointF> points;
    const double t0 = double(QDateTime::currentDateTimeUtc().addDays(-10).toMSecsSinceEpoch());
    for (int i = 0; i < 10'000; ++i)
        points.append(QPointF(t0 + i * 60'000.0, i % 100));
    chart->setData(points, QStringLiteral("Requests"));
    const auto full = chart->visibleRange();
    const auto span = [](std::pair<double, double> r) { return r.second - r.first; };
    EXPECT_NEAR(full.first, t0, 1);
    EXPECT_NEAR(span(full), 9'999 * 60'000.0, 1);

    QTest::keyClick(chart, Qt::Key_Plus);
    const auto zoomed = chart->visibleRange();
    EXPECT_NEAR(span(zoomed), span(full) * 0.8, 2);
    QTest::keyClick(chart, Qt::Key_Right);
    const auto right = chart->visibleRange();
    EXPECT_GT(right.first, zoomed.first);
    EXPECT_NEAR(span(right), span(zoomed), span(zoomed) * 0.01); // panned, not zoomed
    QTest::keyClick(chart, Qt::Key_Left);
    EXPECT_NEAR(chart->visibleRange().first, zoomed.first, span(zoomed) * 0.01);
    QTest::keyClick(chart, Qt::Key_Escape);
    EXPECT_EQ(chart->visibleRange(), full);

    // The wheel zooms around the centre, and re-decimates from the full data.
    QWheelEvent wheel(QPointF(chart->width() / 2.0, chart->height() / 2.0),
                      chart->mapToGlobal(QPointF(chart->width() / 2.0, chart->height() / 2.0)),
                      QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(chart->viewport(), &wheel);
    EXPECT_NEAR(span(chart->visibleRange()), span(full) * 0.8, 2);

    // Dragging across the plot zooms to what was dragged over; a right-click resets.
    QTest::keyClick(chart, Qt::Key_Escape);
    const QRectF plot = chart->chart()->plotArea();
    const QPoint from(int(plot.left() + plot.width() * 0.25), int(plot.center().y()));
    const QPoint to(int(plot.left() + plot.width() * 0.5), int(plot.center().y()));
    QTest::mousePress(chart->viewport(), Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), chart->viewport()->mapToGlobal(QPointF(to)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(chart->viewport(), &move);
    QTest::mouseRelease(chart->viewport(), Qt::LeftButton, {}, to);
    const auto dragged = chart->visibleRange();
    EXPECT_NEAR(span(dragged), span(full) * 0.25, span(full) * 0.02);
    EXPECT_NEAR(dragged.first, full.first + span(full) * 0.25, span(full) * 0.02);
    EXPECT_LE(chart->renderedPointCount(), 4 * chart->width() + 2);
    QTest::mouseClick(chart->viewport(), Qt::RightButton, {}, to);
    EXPECT_EQ(chart->visibleRange(), full);

    // A click on a legend entry hides its series and leaves the entry to click again.
    const QColor lineColour = chart->series()->color();
    EXPECT_GT(pixelsNear(chart, lineColour), 300);
    QLegendMarker *line = chart->chart()->legend()->markers(chart->series()).first();
    Q_EMIT line->clicked();
    EXPECT_FALSE(chart->seriesShown(chart->series()));
    EXPECT_TRUE(line->isVisible());
    EXPECT_LT(pixelsNear(chart, lineColour), 50); // the line is gone, the entry dimmed
    Q_EMIT line->clicked();
    EXPECT_TRUE(chart->seriesShown(chart->series()));
    EXPECT_GT(pixelsNear(chart, lineColour), 300);
    QLegendMarker *alerts = chart->chart()->legend()->markers(chart->alertSeries()).first();
    Q_EMIT alerts->clicked();
    EXPECT_FALSE(chart->seriesShown(chart->alertSeries()));
    EXPECT_TRUE(chart->seriesShown(chart->series()));
    // The same from the keyboard: 1, 2 and 3 are the legend's entries in order.
    QTest::keyClick(chart, Qt::Key_3);
    EXPECT_TRUE(chart->seriesShown(chart->alertSeries()));
    QTest::keyClick(chart, Qt::Key_2);
    EXPECT_FALSE(chart->seriesShown(chart->resetSeries()));
    QTest::keyClick(chart, Qt::Key_1);
    EXPECT_FALSE(chart->seriesShown(chart->series()));
    EXPECT_LT(pixelsNear(chart, lineColour), 50);

    // Hovering shows the exact original point nearest the pointer, not a decimated one.
    const QPointF centre = plot.center();
    QMouseEvent hover(QEvent::MouseMove, centre, chart->viewport()->mapToGlobal(centre),
                      Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(chart->viewport(), &hover);
    const double x = chart->chart()->mapToValue(centre, chart->series()).x();
    const qsizetype nearest = qsizetype(std::llround((x - t0) / 60'000.0));
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_EQ(QToolTip::text(), chart->tooltipFor(x));
    EXPECT_TRUE(QToolTip::text().endsWith(QStringLiteral("Requests: %1").arg(points[nearest].y())))
        << QToolTip::text().toStdString();
}

// A server with nothing but the status endpoint: no analytics, yet each quota's history is
// there, from the snapshots the poller stored.
TEST(AnalyticsStatusOnlyTest, QuotaHistoryNeedsNothingButTheStatusEndpoint)
{
    FaultServer server;
    server.setMode(FaultServer::Mode::StatusOnly);
    ASSERT_TRUE(server.start());
    ManualClock clock(
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() / 60 * 60, Qt::UTC));
    QNetworkAccessManager nam;
    ApiClient api{&nam, clock};
    api.setBaseUrl(server.url());
    MemoryCredentialStore credentials;
    Session session{api, credentials, clock};
    QSignalSpy in(&session, &Session::signedIn);
    session.signIn(QStringLiteral("f@f.test"), QStringLiteral("pw"), false);
    ASSERT_TRUE(waitUntil([&] { return in.count() == 1; }, 10000));
    QTemporaryDir dir;
    HistoryStore history{clock};
    QString message;
    ASSERT_EQ(history.open(dir.filePath(QStringLiteral("h.sqlite")), &message),
              HistoryStore::OpenResult::Opened);

    // Poll every ten minutes as the app does, storing each status when it was seen.
    UsagePoller poller(session, clock);
    QObject::connect(&poller, &UsagePoller::statusUpdated, &poller, [&](const UsageStatus &s) {
        UsageStatus observed = s;
        observed.generatedAt = clock.now();
        history.addSnapshot(observed);
    });
    const QList<double> used = {100, 200, 300, 420, 10, 20}; // 420 of 500 passes 80 %; 10: reset
    for (qsizetype i = 0; i < used.size(); ++i) {
        server.setGoodBody(FaultServer::sampleStatus(QStringLiteral("t_fault"), used[i]));
        if (i == 0)
            poller.start(); // polls at once
        else
            poller.refreshNow();
        ASSERT_TRUE(waitUntil([&] { return history.snapshotRows() == i + 1; }, 10000)) << i;
        clock.advance(600);
    }

    AnalyticsLoader loader{session};
    loader.setHistory(&history);
    AnalyticsView view{loader, clock};
    view.setHistory(&history);
    view.resize(1100, 900);
    view.show();
    QSignalSpy failed(&loader, &AnalyticsLoader::failed);
    view.setRange(AnalyticsView::Range::Day);
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }, 10000));
    EXPECT_TRUE(view.sourceText().startsWith(QStringLiteral("\u26a0 No analytics")))
        << view.sourceText().toStdString();

    view.showQuotaHistory(QStringLiteral("daily.requests"));
    EXPECT_EQ(view.quotaHistoryShown(), QStringLiteral("daily.requests"));
    const TimeSeriesChart *chart = view.chart();
    ASSERT_EQ(chart->pointCount(), used.size());
    QList<double> plotted;
    for (const QPointF &p : chart->renderedPoints())
        plotted.append(p.y());
    EXPECT_EQ(plotted, used);
    EXPECT_EQ(chart->series()->name(), QStringLiteral("daily.requests, used"));
    const auto at = [&](int i) { return double(chart->renderedPoints()[i].x()); };
    ASSERT_EQ(chart->resetMarkers().size(), 1);
    EXPECT_EQ(chart->resetMarkers().first().x(), at(4));
    ASSERT_EQ(chart->alertMarkers().size(), 1);
    EXPECT_EQ(chart->alertMarkers().first(), QPointF(at(3), 420));

    view.showQuotaHistory({}); // back to the server's metrics, which this server has none of
    EXPECT_TRUE(view.quotaHistoryShown().isEmpty());
}

// A server with the usage records but no analytics endpoint: the view shows analytics built
// from the records, says so, and later says they came from the cache.
TEST(AnalyticsRecordsOnlyTest, TheViewSaysItBuiltTheAnalyticsFromUsageRecords)
{
    RecordsOnlyServer server;
    const auto record = [](const char *id, const char *time, int status) {
        return QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                           {QStringLiteral("timestamp"), QLatin1String(time)},
                           {QStringLiteral("provider"), QStringLiteral("openai")},
                           {QStringLiteral("model"), QStringLiteral("gpt-4")},
                           {QStringLiteral("endpoint"), QStringLiteral("/v1/chat")},
                           {QStringLiteral("statusCode"), status},
                           {QStringLiteral("responseTimeMs"), 100},
                           {QStringLiteral("tokens"), 1000},
                           {QStringLiteral("cost"), 0.25}};
    };
    server.setRecords(
        {record("a", "2026-11-20T10:10:00Z", 200), record("b", "2026-11-20T11:10:00Z", 500),
         record("c", "2026-11-20T12:10:00Z", 200), record("d", "2026-11-20T12:20:00Z", 200),
         record("e", "2026-11-20T12:30:00Z", 200)});
    ASSERT_TRUE(server.start());
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    SystemClock systemClock;
    QNetworkAccessManager nam;
    ApiClient api{&nam, systemClock};
    api.setBaseUrl(server.url());
    MemoryCredentialStore credentials;
    Session session{api, credentials, systemClock};
    QSignalSpy in(&session, &Session::signedIn);
    session.signIn(QStringLiteral("r@r.test"), QStringLiteral("pw"), false);
    ASSERT_TRUE(waitUntil([&] { return in.count() == 1; }, 10000));
    QTemporaryDir dir;
    HistoryStore history{clock};
    QString message;
    ASSERT_EQ(history.open(dir.filePath(QStringLiteral("h.sqlite")), &message),
              HistoryStore::OpenResult::Opened);
    AnalyticsLoader loader{session};
    loader.setHistory(&history);
    AnalyticsView view{loader, clock};
    view.setHistory(&history);
    view.resize(1100, 900);
    view.show();

    QSignalSpy shown(&view, &AnalyticsView::dataShown);
    const QDateTime from(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    view.setCustomRange(from, from.addSecs(3 * 3600)); // hourly, as the view was
    // Live data, or a warning: either way the load is over.
    ASSERT_TRUE(waitUntil(
        [&] {
            return view.sourceText().startsWith(QStringLiteral("Live")) ||
                   view.sourceText().startsWith(QStringLiteral("\u26a0"));
        },
        10000))
        << view.sourceText().toStdString();
    EXPECT_EQ(view.sourceText(), QStringLiteral("Live, built from 5 usage record(s)."));
    EXPECT_TRUE(view.totalText(AnalyticsMetric::Requests).contains(QStringLiteral(">5<")));
    EXPECT_TRUE(view.totalText(AnalyticsMetric::SuccessRate).contains(QStringLiteral("80.0")));
    EXPECT_EQ(view.chart()->pointCount(), 3);
    EXPECT_EQ(renderedSum(view.chart()), 5);
    EXPECT_EQ(view.table(QStringLiteral("statusCode"))->rowCount(), 2);

    // Offline now: the records are in the history, so the same view comes from there.
    server.goOffline();
    const int before = shown.count();
    view.reload();
    ASSERT_EQ(shown.count(), before + 1); // at once, from the local records
    EXPECT_TRUE(view.sourceText().startsWith(QStringLiteral("Cached, as of")))
        << view.sourceText().toStdString();
    EXPECT_TRUE(view.sourceText().endsWith(QStringLiteral(", built from 5 usage record(s).")))
        << view.sourceText().toStdString();
    EXPECT_TRUE(view.totalText(AnalyticsMetric::Requests).contains(QStringLiteral(">5<")));
    EXPECT_EQ(server.requests("/api/usage/records"), 2); // the first load: two pages of four
    // Complete and in the past, the range needs nothing live: cached, with its age.
    EXPECT_TRUE(view.sourceText().contains(QStringLiteral("(just now)")))
        << view.sourceText().toStdString();
}
