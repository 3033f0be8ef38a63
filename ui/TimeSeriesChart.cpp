#include "ui/TimeSeriesChart.h"

#include "core/analytics/Decimator.h"
#include "ui/PolylineLayer.h"
#include "ui/TimeAxisTicks.h"

#include <QCategoryAxis>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

namespace qw {

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_series(new QLineSeries)
    , m_resets(new QScatterSeries)
    , m_alerts(new QScatterSeries)
    , m_line(nullptr)
    , m_x(new QCategoryAxis)
    , m_y(new QValueAxis)
{
    QChart *c = chart();
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setAnimationOptions(
        QChart::NoAnimation); // animations re-run per update: too slow for big series
    m_series->setUseOpenGL(false);
    m_resets->setName(tr("Quota resets"));
    m_resets->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_resets->setMarkerSize(8);
    m_alerts->setName(tr("Alerts"));
    m_alerts->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_alerts->setMarkerSize(10);
    for (QXYSeries *s : {static_cast<QXYSeries *>(m_series), static_cast<QXYSeries *>(m_resets),
                         static_cast<QXYSeries *>(m_alerts)})
        c->addSeries(s);
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    for (QXYSeries *s : {static_cast<QXYSeries *>(m_series), static_cast<QXYSeries *>(m_resets),
                         static_cast<QXYSeries *>(m_alerts)}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand); // drag to zoom into a time range
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Usage over time"));
    setToolTip(
        tr("Drag to zoom, wheel or +/- to zoom, arrows to pan, Escape or right-click to reset; "
           "click a legend entry (or press 1, 2, 3) to hide or show it."));

    m_line = new PolylineLayer(c);
    m_line->setPen(QPen(m_series->color(), 1.5));
    connect(c, &QChart::plotAreaChanged, this, [this] {
        updateTicks(); // the width decides how many labels fit
        m_line->plotAreaChanged();
        syncLine();
    });
    connect(m_x, &QValueAxis::rangeChanged, this, [this] {
        updateTicks();
        if (!m_updating)
            redecimate();
        syncLine();
    });
    connect(m_y, &QValueAxis::rangeChanged, this, &TimeSeriesChart::syncLine);
    // Clicking a legend entry hides or shows its series; the entry stays, dimmed.
    for (QLegendMarker *marker : c->legend()->markers()) {
        connect(marker, &QLegendMarker::clicked, this, [this, marker] {
            setSeriesShown(marker->series(), !marker->series()->isVisible());
        });
    }
    // Hover is read from the mouse position against the full data (mouseMoveEvent).
    setMouseTracking(true);
}

void TimeSeriesChart::setData(QList<QPointF> points, const QString &valueName)
{
    m_points = std::move(points);
    m_valueName = valueName;
    m_series->setName(valueName);
    resetZoom();
}

void TimeSeriesChart::setMarkers(const QList<QDateTime> &resets, const QList<QPointF> &alerts)
{
    QList<QPointF> r;
    for (const QDateTime &t : resets)
        r.append(QPointF(double(t.toMSecsSinceEpoch()), 0));
    m_resets->replace(r);
    m_alerts->replace(alerts);
}

void TimeSeriesChart::resetZoom()
{
    m_updating = true;
    if (m_points.isEmpty()) {
        const double now = double(QDateTime::currentMSecsSinceEpoch());
        setXRange(now - 86'400'000.0, now);
        m_y->setRange(0, 1);
    } else {
        setXRange(m_points.first().x(), std::max(m_points.last().x(), m_points.first().x() + 1));
    }
    m_updating = false;
    redecimate();
}

void TimeSeriesChart::zoomBy(double factor)
{
    const double mid = (m_x->min() + m_x->max()) / 2;
    const double half = std::max(1000.0, (m_x->max() - m_x->min()) / 2 * factor);
    setXRange(mid - half, mid + half);
}

void TimeSeriesChart::setSeriesShown(QAbstractSeries *series, bool shown)
{
    series->setVisible(shown);
    if (series == m_series)
        m_line->setVisible(shown); // the line itself is drawn by the layer
    for (QLegendMarker *marker : chart()->legend()->markers(series)) {
        marker->setVisible(true); // hiding a series hides its entry too; keep it to click again
        QColor label = palette().color(QPalette::WindowText);
        label.setAlphaF(shown ? 1.0 : 0.4);
        marker->setLabelBrush(label);
        QBrush brush = marker->brush();
        QColor fill = brush.color();
        fill.setAlphaF(shown ? 1.0 : 0.3);
        brush.setColor(fill);
        marker->setBrush(brush);
    }
}

bool TimeSeriesChart::seriesShown(const QAbstractSeries *series) const
{
    return series->isVisible();
}

void TimeSeriesChart::setXRange(double fromMs, double toMs)
{
    // Whole milliseconds, as the data's times are.
    m_x->setRange(std::round(fromMs), std::round(toMs));
}

void TimeSeriesChart::updateTicks()
{
    // About one label per 110 px: "Nov 23 18:00" fits.
    const int maxLabels = std::max(2, int(chart()->plotArea().width() / 110));
    // New labels can move the plot area a little: recompute only for a new range or width,
    // so a layout pass never feeds back into another.
    const std::tuple<double, double, int> key{m_x->min(), m_x->max(), maxLabels};
    if (key == m_tickKey)
        return;
    m_tickKey = key;
    const QStringList old = m_x->categoriesLabels();
    for (const QString &label : old)
        m_x->remove(label);
    m_x->setStartValue(m_x->min());
    for (const TimeAxisTicks::Tick &t :
         TimeAxisTicks::compute(qint64(m_x->min()), qint64(m_x->max()), maxLabels))
        m_x->append(t.label, double(t.ms));
}

void TimeSeriesChart::redecimate()
{
    const double lo = m_x->min();
    const double hi = m_x->max();
    // The visible slice plus one point either side, so the line reaches the plot's edges.
    auto first = std::lower_bound(m_points.cbegin(), m_points.cend(), lo,
                                  [](const QPointF &p, double x) { return p.x() < x; });
    auto last = std::upper_bound(m_points.cbegin(), m_points.cend(), hi,
                                 [](double x, const QPointF &p) { return x < p.x(); });
    if (first != m_points.cbegin())
        --first;
    if (last != m_points.cend())
        ++last;
    const int columns = std::max(1, int(chart()->plotArea().width()));
    QList<QPointF> visible;
    // Pointer arithmetic, not &*first: with no points, first is end() and must not be dereferenced.
    const std::span<const QPointF> slice(m_points.constData() + (first - m_points.cbegin()),
                                         size_t(last - first));
    Decimator::m4(slice, columns, visible);
    m_line->setPoints(visible); // one hand-over per update, never point by point
    double yMax = 1;
    for (const QPointF &p : visible)
        yMax = std::max(yMax, p.y());
    m_updating = true;
    m_y->setRange(0, yMax * 1.08);
    m_y->applyNiceNumbers();
    // Small values (dollars, a rate) need decimals, or every label reads 0.
    m_y->setLabelFormat(m_y->max() <= 5 ? QStringLiteral("%.2f") : QStringLiteral("%.0f"));
    m_updating = false;
}

qsizetype TimeSeriesChart::renderedPointCount() const
{
    return m_line->points().size();
}

const QList<QPointF> &TimeSeriesChart::renderedPoints() const
{
    return m_line->points();
}

QList<QPointF> TimeSeriesChart::resetMarkers() const
{
    return m_resets->points();
}

QList<QPointF> TimeSeriesChart::alertMarkers() const
{
    return m_alerts->points();
}

std::pair<double, double> TimeSeriesChart::visibleRange() const
{
    return {m_x->min(), m_x->max()};
}

void TimeSeriesChart::syncLine()
{
    m_line->setRanges(m_x->min(), m_x->max(), m_y->min(), m_y->max());
}

QString TimeSeriesChart::tooltipFor(double xMs) const
{
    if (m_points.isEmpty())
        return {};
    auto it = std::lower_bound(m_points.cbegin(), m_points.cend(), xMs,
                               [](const QPointF &p, double x) { return p.x() < x; });
    if (it == m_points.cend() || (it != m_points.cbegin() && xMs - (it - 1)->x() < it->x() - xMs))
        --it;
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(qint64(it->x())).toLocalTime();
    return tr("%1\n%2: %3")
        .arg(QLocale().toString(t, QLocale::ShortFormat), m_valueName,
             QLocale().toString(it->y(), 'f', it->y() == std::floor(it->y()) ? 0 : 2));
}

void TimeSeriesChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    redecimate(); // the pixel width decides how many points are worth drawing
}

void TimeSeriesChart::wheelEvent(QWheelEvent *event)
{
    zoomBy(event->angleDelta().y() > 0 ? 0.8 : 1.25);
    event->accept();
}

void TimeSeriesChart::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(0.8);
        break;
    case Qt::Key_Minus:
        zoomBy(1.25);
        break;
    case Qt::Key_Left:
        chart()->scroll(-chart()->plotArea().width() / 10, 0);
        break;
    case Qt::Key_Right:
        chart()->scroll(chart()->plotArea().width() / 10, 0);
        break;
    case Qt::Key_Escape:
        resetZoom();
        break;
    case Qt::Key_1: // the legend's entries, from the keyboard
        setSeriesShown(m_series, !m_series->isVisible());
        break;
    case Qt::Key_2:
        setSeriesShown(m_resets, !m_resets->isVisible());
        break;
    case Qt::Key_3:
        setSeriesShown(m_alerts, !m_alerts->isVisible());
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimeSeriesChart::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const QPointF pos = event->position();
    if (m_points.isEmpty() || !chart()->plotArea().contains(pos)) {
        QToolTip::hideText();
        return;
    }
    const QPointF value = chart()->mapToValue(pos, m_series);
    QToolTip::showText(event->globalPosition().toPoint(), tooltipFor(value.x()), this);
}

void TimeSeriesChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        resetZoom(); // instead of QChartView's zoom-out step
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

} // namespace qw
