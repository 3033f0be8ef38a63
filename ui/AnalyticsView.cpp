#include "ui/AnalyticsView.h"

#include "core/analytics/AnalyticsLoader.h"
#include "core/format/QuotaFormat.h"
#include "core/storage/HistoryStore.h"
#include "core/util/Clock.h"
#include "ui/BreakdownTableModel.h"
#include "ui/ChartExport.h"
#include "ui/SeriesTableModel.h"
#include "ui/StateIcon.h"
#include "ui/TableCopyAction.h"
#include "ui/TimeSeriesChart.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <limits>

namespace qw {

namespace {

QString metricName(AnalyticsMetric m)
{
    switch (m) {
    case AnalyticsMetric::Requests:
        return AnalyticsView::tr("Requests");
    case AnalyticsMetric::Tokens:
        return AnalyticsView::tr("Tokens");
    case AnalyticsMetric::Cost:
        return AnalyticsView::tr("Cost (USD)");
    case AnalyticsMetric::SuccessRate:
        return AnalyticsView::tr("Success rate (%)");
    case AnalyticsMetric::AvgResponseTime:
        return AnalyticsView::tr("Avg. response (ms)");
    }
    return {};
}

// How the time series writes a metric's values.
ChartLabelFormat::Unit chartUnit(AnalyticsMetric m)
{
    switch (m) {
    case AnalyticsMetric::Cost:
        return ChartLabelFormat::Unit::Usd;
    case AnalyticsMetric::SuccessRate:
        return ChartLabelFormat::Unit::Percent;
    case AnalyticsMetric::AvgResponseTime:
        return ChartLabelFormat::Unit::Milliseconds;
    case AnalyticsMetric::Requests:
    case AnalyticsMetric::Tokens:
        break;
    }
    return ChartLabelFormat::Unit::Count;
}

constexpr AnalyticsMetric allMetrics[] = {AnalyticsMetric::Requests, AnalyticsMetric::Tokens,
                                          AnalyticsMetric::Cost, AnalyticsMetric::SuccessRate,
                                          AnalyticsMetric::AvgResponseTime};
// The metric combo's quota entries carry their id in this role (metrics use Qt::UserRole).
constexpr int quotaRole = Qt::UserRole + 1;

// The daily resets in [from, to]: 24 h apart from a known one (a daily quota's next reset;
// a time-zone change of the tenant's clocks may shift the older ones by an hour), or at
// midnight UTC, the contract's default zone, before any status has said.
QList<QDateTime> dailyResetsBetween(const QDateTime &known, const QDateTime &from,
                                    const QDateTime &to)
{
    constexpr qint64 day = 24 * 3600;
    const qint64 anchor = known.isValid() ? known.toSecsSinceEpoch() : 0;
    const qint64 start = from.toSecsSinceEpoch();
    // The first reset at or after `from`: anchor + k days.
    qint64 t = anchor + (start - anchor) / day * day;
    if (t < start)
        t += day;
    QList<QDateTime> out;
    for (; t <= to.toSecsSinceEpoch(); t += day)
        out.append(QDateTime::fromSecsSinceEpoch(t, Qt::UTC));
    return out;
}

} // namespace

AnalyticsView::AnalyticsView(AnalyticsLoader &loader, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_clock(clock)
    , m_range(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_granularity(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_breakdownStyle(new QComboBox(this))
    , m_sourceIcon(new QLabel(this))
    , m_source(new QLabel(this))
    , m_chart(new TimeSeriesChart(this))
    , m_seriesStack(new QStackedWidget(this))
    , m_seriesTable(new QTableView(this))
    , m_seriesModel(new SeriesTableModel(this))
    , m_tableToggle(new QPushButton(this))
    , m_tableAction(new QAction(this))
    , m_providers(new BreakdownChart(this))
    , m_models(new BreakdownChart(this))
    , m_emptyNote(new QLabel(this))
{
    m_range->addItem(tr("Last 24 hours"), int(Range::Day));
    m_range->addItem(tr("Last 7 days"), int(Range::Week));
    m_range->addItem(tr("Last 30 days"), int(Range::Month));
    m_range->addItem(tr("Last 90 days"), int(Range::Quarter));
    m_range->addItem(tr("Custom range"), int(Range::Custom));
    m_range->setAccessibleName(tr("Range"));
    m_granularity->addItem(tr("Hourly"), QStringLiteral("hour"));
    m_granularity->addItem(tr("Daily"), QStringLiteral("day"));
    m_granularity->setAccessibleName(tr("Granularity"));
    for (AnalyticsMetric m : allMetrics)
        m_metric->addItem(metricName(m), int(m));
    m_metric->setAccessibleName(tr("Metric"));
    m_breakdownStyle->addItem(tr("Bars"), int(BreakdownChart::Style::Bars));
    m_breakdownStyle->addItem(tr("Donuts"), int(BreakdownChart::Style::Donut));
    m_breakdownStyle->setAccessibleName(tr("Breakdown chart style"));
    m_breakdownStyle->setToolTip(tr("Show the provider and model breakdowns as bars or donuts"));
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(locale().dateTimeFormat(QLocale::ShortFormat)); // the user's way
        e->setEnabled(false);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    auto *refresh = new QPushButton(tr("&Reload"), this);
    auto *exportButton = new QPushButton(tr("E&xport chart\u2026"), this);
    m_source->setAccessibleName(tr("Data source"));

    // Rows that fit the window's default width (720): what to show; the ends of a custom
    // range, only for one; where the data comes from, wrapped, beside the buttons.
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_metric->setMinimumContentsLength(16); // a quota's long title must not widen the window
    auto *controls = new QVBoxLayout;
    auto *what = new QHBoxLayout;
    what->addWidget(m_range);
    what->addWidget(m_granularity);
    what->addWidget(m_metric, 1);
    what->addWidget(m_breakdownStyle);
    what->addStretch(1);
    m_customRow = new QWidget(this);
    auto *customRow = new QHBoxLayout(m_customRow);
    customRow->setContentsMargins(0, 0, 0, 0);
    auto *fromLabel = new QLabel(tr("&From:"), m_customRow);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), m_customRow);
    toLabel->setBuddy(m_to);
    customRow->addWidget(fromLabel);
    customRow->addWidget(m_from);
    customRow->addWidget(toLabel);
    customRow->addWidget(m_to);
    customRow->addStretch(1);
    m_customRow->hide();
    auto *source = new QHBoxLayout;
    m_sourceIcon->setPixmap(StateIcon::pixmap(StateIcon::Kind::Cached));
    m_sourceIcon->setAccessibleName(tr("Cached data"));
    m_sourceIcon->hide();
    m_source->setWordWrap(true); // a long reason must not push the buttons out of sight
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    source->addWidget(m_sourceIcon, 0, Qt::AlignTop);
    source->addWidget(m_source, 1);
    source->addWidget(refresh, 0, Qt::AlignTop);
    source->addWidget(m_tableToggle, 0, Qt::AlignTop);
    source->addWidget(exportButton, 0, Qt::AlignTop);
    controls->addLayout(what);
    controls->addWidget(m_customRow);
    controls->addLayout(source);

    auto *cards = new QHBoxLayout;
    for (AnalyticsMetric m : allMetrics) {
        auto *card = new QLabel(this);
        card->setFrameShape(QFrame::StyledPanel);
        card->setMargin(8);
        card->setTextFormat(Qt::RichText);
        card->setAccessibleName(metricName(m));
        if (m == AnalyticsMetric::Requests) // why it can be more than the quota bar says
            card->setToolTip(tr("Every request, failed ones too. Quotas count only successful "
                                "requests, so a daily requests bar can show fewer."));
        cards->addWidget(card, 1);
        m_cards.insert(m, card);
    }

    m_providers->setAccessibleName(tr("Usage by provider"));
    m_models->setAccessibleName(tr("Usage by model"));

    auto *tables = new QTabWidget(this);
    const QList<std::pair<QString, QString>> dims = {
        {QStringLiteral("endpoint"), tr("Endpoint")},
        {QStringLiteral("statusCode"), tr("Status code")},
        {QStringLiteral("user"), tr("Top consumers")}};
    for (const auto &[dimension, title] : dims) {
        auto *model = new BreakdownTableModel(title, this);
        auto *proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(model);
        proxy->setSortRole(Qt::UserRole);
        auto *view = new QTableView(this);
        view->setModel(proxy);
        view->setSortingEnabled(true);
        view->sortByColumn(BreakdownTableModel::Requests, Qt::DescendingOrder);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        view->verticalHeader()->hide();
        view->setAccessibleName(title);
        TableCopyAction::attach(view);
        view->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
        tables->addTab(view, title);
        m_tables.insert(dimension, model);
    }

    // The series as a table of exact values, for whoever cannot read them off the chart: a
    // screen reader reads each cell with its column's and row's header, the arrows move
    // between cells and Tab leaves the table. Copy as CSV like every other table.
    m_seriesTable->setModel(m_seriesModel);
    m_seriesTable->setAccessibleName(tr("Usage over time as a table"));
    m_seriesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_seriesTable->verticalHeader()->hide(); // the time is the first column
    m_seriesTable->setTabKeyNavigation(false);
    TableCopyAction::attach(m_seriesTable);
    m_seriesStack->addWidget(m_chart);
    m_seriesStack->addWidget(m_seriesTable);
    // Ctrl+T in the window showing this view (a hidden tenant's view does not answer it).
    m_tableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_tableAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_tableAction);
    connect(m_tableAction, &QAction::triggered, this,
            [this] { setSeriesShownAsTable(!seriesShownAsTable()); });
    connect(m_tableToggle, &QPushButton::clicked, m_tableAction, &QAction::trigger);
    connect(m_chart, &TimeSeriesChart::seriesChanged, this, [this] {
        if (seriesShownAsTable())
            syncSeriesTable();
    });
    setSeriesShownAsTable(false); // the toggle's texts

    auto *grid = new QGridLayout;
    grid->addWidget(m_providers, 0, 0);
    grid->addWidget(m_models, 0, 1);
    grid->addWidget(tables, 1, 0, 1, 2);

    // Charts keep a usable height; a small window scrolls (MainWindow puts this view in a
    // scroll area) rather than squeezing them flat.
    m_seriesStack->setMinimumHeight(220);
    m_providers->setMinimumHeight(200);
    m_models->setMinimumHeight(200);
    tables->setMinimumHeight(160);

    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(cards);
    layout->addWidget(m_emptyNote);
    layout->addWidget(m_seriesStack, 2);
    layout->addLayout(grid, 3);
    // Tab goes as the eye reads: the controls, the buttons, the series, the breakdowns.
    const QList<QWidget *> tabOrder = {m_breakdownStyle, refresh,  m_tableToggle,
                                       exportButton,     m_chart,  m_seriesTable,
                                       m_providers,      m_models, tables};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        QWidget::setTabOrder(tabOrder[i - 1], tabOrder[i]);

    // Defaults before the signals are connected: nothing loads until someone asks.
    m_range->setCurrentIndex(m_range->findData(int(Range::Week)));
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = Range(m_range->currentData().toInt()) == Range::Custom;
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        m_customRow->setVisible(custom);
        // Short ranges read best hourly, long ones daily.
        const Range r = Range(m_range->currentData().toInt());
        if (!custom)
            m_granularity->setCurrentIndex(r == Range::Day || r == Range::Week ? 0 : 1);
        reload();
    });
    connect(m_from, &QDateTimeEdit::editingFinished, this, &AnalyticsView::reload);
    connect(m_to, &QDateTimeEdit::editingFinished, this, &AnalyticsView::reload);
    connect(m_granularity, &QComboBox::currentIndexChanged, this, &AnalyticsView::reload);
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        showSeries();
        showBreakdowns();
    });
    connect(m_breakdownStyle, &QComboBox::currentIndexChanged, this, [this] {
        const auto style = BreakdownChart::Style(m_breakdownStyle->currentData().toInt());
        m_providers->setStyle(style);
        m_models->setStyle(style);
    });
    connect(refresh, &QPushButton::clicked, this, &AnalyticsView::reload);
    connect(exportButton, &QPushButton::clicked, this, &AnalyticsView::exportWithDialog);
    connect(&m_loader, &AnalyticsLoader::loaded, this, &AnalyticsView::present);
    connect(&m_loader, &AnalyticsLoader::failed, this, [this](const ApiError &e) {
        m_source->setText(tr("\u26a0 No analytics: %1").arg(e.userMessage()));
    });
    // Checks only while someone can see the view: a minimised app wakes for its polls alone,
    // and coming back loads at once if the data is due.
    m_refreshTimer = new OnScreenTimer(this, std::chrono::seconds(30), Qt::VeryCoarseTimer);
    m_refreshTimer->setObjectName(QStringLiteral("analyticsRefresh"));
    connect(m_refreshTimer, &OnScreenTimer::timeout, this, &AnalyticsView::refreshIfDue);
    connect(m_refreshTimer, &OnScreenTimer::cameOnScreen, this, &AnalyticsView::refreshIfDue);
    connect(&m_loader, &AnalyticsLoader::refreshFailed, this, [this](const ApiError &e) {
        // Two whole sentences: what is shown, then why it is not newer.
        m_source->setText(m_sourceSentence + u' ' +
                          tr("Live data could not be loaded: %1").arg(e.userMessage()));
    });
}

std::pair<QDateTime, QDateTime> AnalyticsView::currentRange() const
{
    const Range r = Range(m_range->currentData().toInt());
    if (r == Range::Custom)
        return {m_from->dateTime().toUTC(), m_to->dateTime().toUTC()};
    // End on the next whole hour so repeated loads share cache entries.
    const QDateTime now = m_clock.now();
    const QDateTime to =
        QDateTime::fromSecsSinceEpoch((now.toSecsSinceEpoch() / 3600 + 1) * 3600, Qt::UTC);
    const int days = r == Range::Day ? 1 : r == Range::Week ? 7 : r == Range::Month ? 30 : 90;
    return {to.addDays(-days), to};
}

QString AnalyticsView::granularity() const
{
    return m_granularity->currentData().toString();
}

void AnalyticsView::setRange(Range range)
{
    const int index = m_range->findData(int(range));
    if (index == m_range->currentIndex())
        reload(); // the same preset again still means "show me now"
    else
        m_range->setCurrentIndex(index);
}

void AnalyticsView::setCustomRange(const QDateTime &from, const QDateTime &to)
{
    m_from->setDateTime(from.toLocalTime());
    m_to->setDateTime(to.toLocalTime());
    setRange(Range::Custom);
    reload();
}

void AnalyticsView::setMetric(AnalyticsMetric metric)
{
    m_metric->setCurrentIndex(m_metric->findData(int(metric)));
}

void AnalyticsView::setHistory(HistoryStore *history)
{
    m_history = history;
    refreshQuotaChoices();
}

void AnalyticsView::statusArrived(const UsageStatus &status)
{
    QDateTime next;
    for (const Quota &q : status.quotas) {
        if (q.period == QStringLiteral("daily") && q.resetAt.isValid()) {
            next = q.resetAt;
            break;
        }
    }
    refreshQuotaChoices();
    if (next.isValid() && next != m_dailyResetAt) {
        m_dailyResetAt = next;
        showSeries();
    }
}

void AnalyticsView::refreshQuotaChoices()
{
    const QStringList ids =
        m_history && m_history->isOpen() ? m_history->quotaIds() : QStringList();
    QStringList offered;
    for (int i = 0; i < m_metric->count(); ++i) {
        const QString id = m_metric->itemData(i, quotaRole).toString();
        if (!id.isEmpty())
            offered.append(id);
    }
    if (offered == ids)
        return;
    const QSignalBlocker block(m_metric);
    const QString current = quotaHistoryShown();
    while (m_metric->count() > int(std::size(allMetrics)))
        m_metric->removeItem(m_metric->count() - 1);
    if (!ids.isEmpty())
        m_metric->insertSeparator(m_metric->count());
    for (const QString &id : ids) {
        m_metric->addItem(tr("Quota %1 (local history)").arg(id));
        m_metric->setItemData(m_metric->count() - 1, id, quotaRole);
    }
    if (!current.isEmpty())
        m_metric->setCurrentIndex(std::max(0, m_metric->findData(current, quotaRole)));
}

void AnalyticsView::showQuotaHistory(const QString &quotaId)
{
    refreshQuotaChoices();
    const int index = quotaId.isEmpty() ? 0 : m_metric->findData(quotaId, quotaRole);
    if (index >= 0)
        m_metric->setCurrentIndex(index);
}

QString AnalyticsView::quotaHistoryShown() const
{
    return m_metric->currentData(quotaRole).toString();
}

AnalyticsMetric AnalyticsView::selectedMetric() const
{
    const QVariant metric = m_metric->currentData();
    return metric.isValid() ? AnalyticsMetric(metric.toInt()) : AnalyticsMetric::Requests;
}

void AnalyticsView::plotQuotaHistory(const QString &quotaId)
{
    if (!m_history || !m_history->isOpen())
        return;
    const auto [from, to] = currentRange();
    QList<QPointF> points = m_history->quotaHistory(quotaId, from, to);
    // Where the used value falls, the quota's window has reset.
    QList<QDateTime> resets;
    for (qsizetype i = 1; i < points.size(); ++i) {
        if (points[i].y() < points[i - 1].y())
            resets.append(QDateTime::fromMSecsSinceEpoch(qint64(points[i].x()), Qt::UTC));
    }
    // Alerts sit on the line at the snapshot that crossed.
    QList<QPointF> alerts;
    for (const QDateTime &t : m_history->thresholdCrossings(from, to)) {
        const double x = double(t.toMSecsSinceEpoch());
        auto it = std::lower_bound(points.cbegin(), points.cend(), x,
                                   [](const QPointF &p, double at) { return p.x() < at; });
        if (it != points.cend() && it->x() == x)
            alerts.append(*it);
    }
    m_chart->setData(std::move(points), tr("%1, used").arg(quotaId));
    m_chart->setMarkers(resets, alerts);
}

void AnalyticsView::setBreakdownStyle(BreakdownChart::Style style)
{
    m_breakdownStyle->setCurrentIndex(m_breakdownStyle->findData(int(style)));
}

void AnalyticsView::reload()
{
    const auto [from, to] = currentRange();
    if (!from.isValid() || !to.isValid() || from >= to) {
        m_source->setText(tr("\u26a0 The range must end after it starts."));
        return;
    }
    if (Range(m_range->currentData().toInt()) != Range::Custom) {
        // Show the preset's range in the custom fields, ready to be adjusted.
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDateTime(from.toLocalTime());
        m_to->setDateTime(to.toLocalTime());
    }
    m_lastLoad = m_clock.now();
    m_source->setText(tr("Loading\u2026"));
    m_sourceIcon->hide();
    refreshQuotaChoices();
    if (!quotaHistoryShown().isEmpty())
        showSeries(); // local: no need to wait for the server
    m_loader.load(from, to, m_granularity->currentData().toString());
}

void AnalyticsView::refreshIfDue()
{
    // Never loaded yet: the app asks for the first load when it has a session.
    if (m_lastLoad.isValid() && m_lastLoad.secsTo(m_clock.now()) >= m_refreshSeconds)
        reload();
}

void AnalyticsView::present(const QMap<QString, AnalyticsReport> &reports,
                            const QDateTime &cachedAt, const AnalyticsSource &source)
{
    m_reports = reports;
    // "14:05 (12 min ago)": cached data says how old it is.
    const QString asOf =
        tr("%1 (%2)").arg(QLocale().toString(cachedAt.toLocalTime(), QLocale::ShortFormat),
                          QuotaFormat::age(cachedAt, m_clock.now()));
    const int records = int(std::min<qint64>(source.recordCount, std::numeric_limits<int>::max()));
    if (source.kind == AnalyticsSource::Kind::UsageRecords) {
        m_sourceSentence =
            cachedAt.isValid()
                ? tr("Cached, as of %1, built from %Ln usage record(s).", nullptr, records)
                      .arg(asOf)
                : tr("Live, built from %Ln usage record(s).", nullptr, records);
    } else {
        m_sourceSentence = cachedAt.isValid() ? tr("Cached, as of %1").arg(asOf) : tr("Live");
    }
    m_source->setText(m_sourceSentence);
    m_sourceIcon->setVisible(cachedAt.isValid()); // a clock beside cached data
    m_source->setToolTip(source.kind == AnalyticsSource::Kind::UsageRecords
                             ? tr("This server offers no analytics; Quotawatch added up its "
                                  "usage records on this computer.")
                             : tr("The server's own analytics."));
    const AnalyticsReport &main = reports.first();
    const QLocale locale;
    const AnalyticsTotals &t = main.totals;
    m_cards[AnalyticsMetric::Requests]->setText(
        tr("<small>Requests</small><br><b>%1</b>").arg(locale.toString(t.requests)));
    m_cards[AnalyticsMetric::Tokens]->setText(
        tr("<small>Tokens</small><br><b>%1</b>").arg(locale.toString(t.tokens)));
    m_cards[AnalyticsMetric::Cost]->setText(
        tr("<small>Cost</small><br><b>%1</b>").arg(QuotaFormat::money(t.cost, 2, locale)));
    // With no request in the range there is no rate and no average: a dash, not "0.0 %".
    const bool none = t.requests == 0;
    const QString dash = QStringLiteral("\u2014");
    m_cards[AnalyticsMetric::SuccessRate]->setText(
        none ? tr("<small>Success rate</small><br><b>%1</b>").arg(dash)
             : tr("<small>Success rate</small><br><b>%1 %</b>")
                   .arg(locale.toString(t.successRate() * 100.0, 'f', 1)));
    m_cards[AnalyticsMetric::AvgResponseTime]->setText(
        none ? tr("<small>Avg. response</small><br><b>%1</b>").arg(dash)
             : tr("<small>Avg. response</small><br><b>%1 ms</b>")
                   .arg(locale.toString(t.avgResponseTimeMs, 'f', 0)));
    m_emptyNote->setText(
        none ? tr("No usage in this range: nothing was counted between %1 and %2.")
                   .arg(locale.toString(main.from.toLocalTime(), QLocale::ShortFormat),
                        locale.toString(main.to.toLocalTime(), QLocale::ShortFormat))
             : QString());
    m_emptyNote->setVisible(none);

    showBreakdowns();
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it)
        it.value()->setItems(reports.value(it.key()).breakdown);
    if (quotaHistoryShown().isEmpty()) // a quota's history was plotted by reload(), locally
        showSeries();
    Q_EMIT dataShown();
}

void AnalyticsView::showSeries()
{
    if (const QString quotaId = quotaHistoryShown(); !quotaId.isEmpty()) {
        plotQuotaHistory(quotaId);
        return;
    }
    if (m_reports.isEmpty())
        return;
    const AnalyticsMetric metric = selectedMetric();
    const AnalyticsReport &main = m_reports.first();
    QList<QPointF> points;
    points.reserve(main.series.size());
    for (const AnalyticsBucket &b : main.series)
        points.append(QPointF(double(b.start.toMSecsSinceEpoch()), metricValue(b.values, metric)));
    m_chart->setData(std::move(points), metricName(metric), chartUnit(metric));
    // Daily windows reset at midnight in the tenant's time zone. Day buckets start there (the
    // server cuts them in that zone); hourly ones are marked at the resets the status gives.
    QList<QDateTime> resets;
    if (main.granularity == QStringLiteral("day")) {
        for (const AnalyticsBucket &b : main.series)
            resets.append(b.start);
    } else if (!main.series.isEmpty()) {
        resets = dailyResetsBetween(m_dailyResetAt, main.series.constFirst().start,
                                    main.series.constLast().start);
    }
    // Alerts: where a quota crossed its warning level, placed on the line.
    QList<QPointF> alerts;
    if (m_history && m_history->isOpen() && !main.series.isEmpty()) {
        for (const QDateTime &t : m_history->thresholdCrossings(main.from, main.to)) {
            const double x = double(t.toMSecsSinceEpoch());
            auto it = std::lower_bound(
                main.series.cbegin(), main.series.cend(), t,
                [](const AnalyticsBucket &b, const QDateTime &at) { return b.start < at; });
            if (it != main.series.cbegin() && (it == main.series.cend() || it->start > t))
                --it;
            alerts.append(QPointF(x, metricValue(it->values, metric)));
        }
    }
    m_chart->setMarkers(resets, alerts);
}

void AnalyticsView::setSeriesShownAsTable(bool table)
{
    // Focus follows when it was on what goes away, so the keyboard is not left nowhere.
    const bool hadFocus = m_seriesStack->isAncestorOf(QApplication::focusWidget());
    if (table)
        syncSeriesTable();
    m_seriesStack->setCurrentWidget(table ? static_cast<QWidget *>(m_seriesTable) : m_chart);
    if (hadFocus)
        m_seriesStack->currentWidget()->setFocus(Qt::OtherFocusReason);
    const QString shortcut = m_tableAction->shortcut().toString(QKeySequence::NativeText);
    if (table) {
        m_tableToggle->setText(tr("Show as &chart"));
        m_tableToggle->setAccessibleName(tr("Show the usage over time as a chart"));
        m_tableToggle->setToolTip(tr("Show the usage over time as a chart (%1)").arg(shortcut));
    } else {
        m_tableToggle->setText(tr("Show as ta&ble"));
        m_tableToggle->setAccessibleName(tr("Show the usage over time as a table"));
        m_tableToggle->setToolTip(
            tr("Show the usage over time as a table of exact values (%1)").arg(shortcut));
    }
}

bool AnalyticsView::seriesShownAsTable() const
{
    return m_seriesStack->currentWidget() == m_seriesTable;
}

void AnalyticsView::syncSeriesTable()
{
    // The chart's visible (zoomed) range, every original point of it: see SeriesTableModel.
    const auto [from, to] = m_chart->visibleRange();
    m_seriesModel->setSeries({{m_chart->valueName(), m_chart->unit(), m_chart->points()}}, from,
                             to);
}

void AnalyticsView::showBreakdowns()
{
    if (m_reports.isEmpty())
        return;
    const AnalyticsMetric metric = selectedMetric();
    const bool additive = metric == AnalyticsMetric::Requests ||
                          metric == AnalyticsMetric::Tokens || metric == AnalyticsMetric::Cost;
    const auto itemsOf = [&](const QString &dimension) {
        QList<std::pair<QString, double>> items;
        for (const BreakdownItem &i : m_reports.value(dimension).breakdown)
            items.append({i.key, metricValue(i.values, metric)});
        return items;
    };
    m_providers->setData(tr("%1 by provider").arg(metricName(metric)),
                         itemsOf(QStringLiteral("provider")), additive, chartUnit(metric));
    m_models->setData(tr("%1 by model").arg(metricName(metric)), itemsOf(QStringLiteral("model")),
                      additive, chartUnit(metric));
    const AnalyticsReport &main = m_reports.first();
    m_providers->setRange(main.from, main.to);
    m_models->setRange(main.from, main.to);
}

QString AnalyticsView::sourceText() const
{
    return m_source->text();
}

bool AnalyticsView::cachedIconShown() const
{
    return m_sourceIcon->isVisibleTo(this);
}

QString AnalyticsView::totalText(AnalyticsMetric metric) const
{
    return m_cards.value(metric)->text();
}

bool AnalyticsView::exportChart(const QString &path)
{
    // Headed with what is shown, the tenant and the range, drawn above the chart.
    return ChartExport::write(*m_chart, path, m_chart->exportHeading());
}

void AnalyticsView::exportWithDialog()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export chart"), QStringLiteral("usage.png"),
                                     tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (!path.isEmpty() && !exportChart(path))
        m_source->setText(tr("\u26a0 Could not write %1").arg(path));
}

} // namespace qw
