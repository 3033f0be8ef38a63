#pragma once

#include "core/analytics/AnalyticsSource.h"
#include "core/domain/AnalyticsReport.h"
#include "core/domain/UsageStatus.h"
#include "core/net/ApiError.h"
#include "ui/BreakdownChart.h"
#include "ui/OnScreenTimer.h"

#include <QMap>
#include <QWidget>

class QAction;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace qw {

class AnalyticsLoader;
class BreakdownTableModel;
class Clock;
class HistoryStore;
class SeriesTableModel;
class TimeSeriesChart;

// Where the quota went and when: range presets or a custom range, granularity and metric;
// totals cards, the time series, breakdowns per provider and per model (bars or donuts, in
// the chosen metric), and tables for endpoints, status codes and top consumers. Opens from the
// local cache at once and says so ("cached, as of ...") until live data arrives, and says
// when the reports were built here from usage records (a server without analytics).
class AnalyticsView final : public QWidget {
    Q_OBJECT
public:
    enum class Range { Day, Week, Month, Quarter, Custom };

    AnalyticsView(AnalyticsLoader &loader, const Clock &clock, QWidget *parent = nullptr);

    void setRange(Range range);
    void setCustomRange(const QDateTime &from, const QDateTime &to);
    void setMetric(AnalyticsMetric metric);
    void setBreakdownStyle(BreakdownChart::Style style);
    // The local history: alert markers (snapshots crossing 80 %) and each quota's own
    // history, which needs nothing from the server beyond the status it already polls.
    void setHistory(HistoryStore *history);
    // Plots one quota's used value over the range from the local snapshots; an empty id goes
    // back to the server's analytics metric.
    void showQuotaHistory(const QString &quotaId);
    QString quotaHistoryShown() const;
    // Offers every quota the history has seen (after polls add new ones).
    void refreshQuotaChoices();
    // A new status: the quota choices follow it, and so do the chart's reset markers, which
    // are placed where the tenant's daily quotas reset (midnight in the tenant's time zone,
    // not this computer's).
    void statusArrived(const UsageStatus &status);
    void reload();
    // Reloads by itself (from the cache at once, then live) when what it shows is older than
    // this: checked every half minute while the view is visible, and when it is shown again,
    // so it recovers after an outage without anyone pressing Reload.
    static constexpr int defaultRefreshSeconds = 300;
    void setRefreshSeconds(int seconds) { m_refreshSeconds = std::max(10, seconds); }
    int refreshSeconds() const { return m_refreshSeconds; }
    void refreshIfDue();
    // PNG or SVG by the file's suffix; false when it cannot be written.
    bool exportChart(const QString &path);

    // The range and granularity shown (UTC instants), e.g. for the Export dialog's defaults.
    std::pair<QDateTime, QDateTime> range() const { return currentRange(); }
    QString granularity() const;
    bool hasData() const { return !m_reports.isEmpty(); }
    QString sourceText() const;
    // The clock beside the source text: shown while the data is from the cache.
    bool cachedIconShown() const;
    QString totalText(AnalyticsMetric metric) const;
    // Says the range holds no usage, when it does not (hidden otherwise).
    QLabel *emptyNote() const { return m_emptyNote; }
    TimeSeriesChart *chart() const { return m_chart; }
    BreakdownTableModel *table(const QString &dimension) const { return m_tables.value(dimension); }
    // The time series as a table of exact values instead of the chart ("Show as table",
    // Ctrl+T): a choice that stays through reloads and metric changes.
    void setSeriesShownAsTable(bool table);
    bool seriesShownAsTable() const;
    QTableView *seriesTable() const { return m_seriesTable; }
    SeriesTableModel *seriesTableModel() const { return m_seriesModel; }
    QPushButton *seriesTableToggle() const { return m_tableToggle; }
    QAction *seriesTableAction() const { return m_tableAction; }
    BreakdownChart *providerChart() const { return m_providers; }
    BreakdownChart *modelChart() const { return m_models; }

Q_SIGNALS:
    void dataShown();

private:
    void present(const QMap<QString, AnalyticsReport> &reports, const QDateTime &cachedAt,
                 const AnalyticsSource &source);
    void showSeries();
    void showBreakdowns();
    void syncSeriesTable(); // the table shows what the chart was given, over its range
    void plotQuotaHistory(const QString &quotaId);
    AnalyticsMetric selectedMetric() const;
    void exportWithDialog();
    std::pair<QDateTime, QDateTime> currentRange() const;

    AnalyticsLoader &m_loader;
    const Clock &m_clock;
    QComboBox *m_range;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QComboBox *m_granularity;
    QComboBox *m_metric;
    QComboBox *m_breakdownStyle;
    QLabel *m_sourceIcon;
    QLabel *m_source;
    QString m_sourceSentence; // where the data shown came from, without later news
    QMap<AnalyticsMetric, QLabel *> m_cards;
    TimeSeriesChart *m_chart;
    QStackedWidget *m_seriesStack; // the chart or its table
    QTableView *m_seriesTable;
    SeriesTableModel *m_seriesModel;
    QPushButton *m_tableToggle;
    QAction *m_tableAction;
    BreakdownChart *m_providers;
    BreakdownChart *m_models;
    QMap<QString, BreakdownTableModel *> m_tables;
    QMap<QString, AnalyticsReport> m_reports;
    HistoryStore *m_history = nullptr;
    QDateTime m_dailyResetAt;      // a daily quota's next reset, from the last status
    QLabel *m_emptyNote;           // over an empty range: says so instead of a flat line
    QWidget *m_customRow;          // From and To, shown for a custom range only
    OnScreenTimer *m_refreshTimer; // a child
    QDateTime m_lastLoad;          // when reload() last ran
    int m_refreshSeconds = defaultRefreshSeconds;
};

} // namespace qw
