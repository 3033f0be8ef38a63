#include "ui/TimeSeriesChart.h"

#include "ui/ChartPalette.h"
#include "ui/PolylineLayer.h"
#include "ui/TimeAxisTicks.h"

#include <QCategoryAxis>
#include <QGraphicsLayout>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QScatterSeries>
#include <QToolButton>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace qw {

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_series(new QLineSeries)
    , m_resets(new QScatterSeries)
    , m_alerts(new QScatterSeries)
    , m_line(nullptr)
    , m_x(new QCategoryAxis)
    , m_y(new QCategoryAxis)
    , m_help(new QToolButton(this))
{
    QChart *c = chart();
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setAnimationOptions(
        QChart::NoAnimation); // animations re-run per update: too slow for big series
    m_series->setUseOpenGL(false);
    m_resets->setName(tr("Quota resets"));
    // Told apart by shape as well as colour: triangles on the time axis for resets, diamonds
    // on the line for alerts; the legend draws each entry in its series' shape.
    m_resets->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_resets->setMarkerSize(11);
    m_alerts->setName(tr("Alerts"));
    m_alerts->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    m_alerts->setMarkerSize(12);
    c->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    for (QXYSeries *s : {static_cast<QXYSeries *>(m_series), static_cast<QXYSeries *>(m_resets),
                         static_cast<QXYSeries *>(m_alerts)})
        c->addSeries(s);
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
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
    // Every change repaints the whole view: partial updates left bits of the old line (and,
    // as reported, of old tick labels) on screen after a zoom. A frame paints it all anyway.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setAccessibleName(tr("Usage over time"));
    // The gestures live on a "?" of their own: a view tooltip would replace the hovered value.
    m_help->setText(QStringLiteral("?"));
    m_help->setAutoRaise(true);
    m_help->setFocusPolicy(Qt::NoFocus); // the keys it lists work on the chart itself
    m_help->setAccessibleName(tr("Chart help"));
    m_help->setToolTip(tr("Drag across the chart to zoom into a time range.\n"
                          "Wheel or +/- zooms, the arrow keys pan.\n"
                          "Escape or a right-click shows the whole range again.\n"
                          "Click a legend entry, or press 1, 2 or 3, to hide or show it."));
    m_help->setCursor(Qt::WhatsThisCursor);
    // For screen readers: what the shapes mean, and the keys (the "?" takes no focus).
    m_legendHelp = tr("%1 are triangles on the time axis; %2 are diamonds on the line.")
                       .arg(m_resets->name(), m_alerts->name()) +
                   u'\n' + m_help->toolTip();

    m_line = new PolylineLayer(c);
    applyPalette();
    connect(c, &QChart::plotAreaChanged, this, [this] {
        updateTicks(); // the width decides how many labels fit
        m_line->plotAreaChanged();
        syncLine();
    });
    connect(m_x, &QValueAxis::rangeChanged, this, [this] {
        updateTicks();
        updateDescription();
        if (!m_updating)
            redecimate();
        syncLine();
    });
    connect(m_y, &QValueAxis::rangeChanged, this, &TimeSeriesChart::syncLine);
    m_help->raise();
    // Clicking a legend entry hides or shows its series; the entry stays, dimmed.
    for (QLegendMarker *marker : c->legend()->markers()) {
        connect(marker, &QLegendMarker::clicked, this, [this, marker] {
            setSeriesShown(marker->series(), !marker->series()->isVisible());
        });
    }
    // Hover is read from the mouse position against the full data (mouseMoveEvent).
    setMouseTracking(true);
    updateDescription();
}

void TimeSeriesChart::setData(QList<QPointF> points, const QString &valueName,
                              ChartLabelFormat::Unit unit)
{
    m_points = std::move(points);
    m_pyramid = M4Pyramid(m_points); // the one-time cost that makes every zoom step cheap
    m_valueName = valueName;
    m_unit = unit;
    m_yLabels.clear(); // the same values in another unit need new labels
    m_series->setName(valueName);
    resetZoom();
    updateDescription(); // the same range as before sends no rangeChanged
    Q_EMIT seriesChanged();
}

void TimeSeriesChart::setMarkers(const QList<QDateTime> &resets, const QList<QPointF> &alerts)
{
    m_resetTimes.clear();
    for (const QDateTime &t : resets)
        m_resetTimes.append(double(t.toMSecsSinceEpoch()));
    placeResets();
    m_alerts->replace(alerts);
}

void TimeSeriesChart::resetZoom()
{
    m_updating = true;
    if (m_points.isEmpty()) {
        const double now = double(QDateTime::currentMSecsSinceEpoch());
        setXRange(now - 86'400'000.0, now);
        updateYTicks(1);
    } else {
        // The const accessors: first()/last() would detach a list shared with the caller,
        // copying every point.
        const double from = m_points.constFirst().x();
        setXRange(from, std::max(m_points.constLast().x(), from + 1));
    }
    m_updating = false;
    redecimate();
}

void TimeSeriesChart::zoomBy(double factor)
{
    zoomAround((m_x->min() + m_x->max()) / 2, factor);
}

void TimeSeriesChart::zoomAround(double anchorMs, double factor)
{
    const double lo = m_x->min();
    const double hi = m_x->max();
    anchorMs = std::clamp(anchorMs, lo, hi);
    // Never narrower than a second; the anchor keeps its share of the width either side.
    factor = std::max(factor, 1000.0 / std::max(1.0, hi - lo));
    setXRange(anchorMs - (anchorMs - lo) * factor, anchorMs + (hi - anchorMs) * factor);
}

void TimeSeriesChart::setTenantName(const QString &name)
{
    m_tenantName = name;
}

QStringList TimeSeriesChart::exportHeading() const
{
    const QLocale locale;
    const auto at = [&](double ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(qint64(ms)).toLocalTime(),
                               QLocale::ShortFormat);
    };
    const QString from = at(m_x->min());
    const QString to = at(m_x->max());
    return {m_valueName, m_tenantName.isEmpty()
                             ? tr("From %1 to %2").arg(from, to)
                             : tr("%1, from %2 to %3").arg(m_tenantName, from, to)};
}

QStringList TimeSeriesChart::yTickLabels() const
{
    return m_y->categoriesLabels();
}

void TimeSeriesChart::applyPalette()
{
    const QPalette pal = palette();
    ChartPalette::apply(chart(), pal);
    setBackgroundBrush(pal.color(QPalette::Window)); // around the card
    const QList<QColor> colours = ChartPalette::seriesColours(pal.color(QPalette::Base));
    m_series->setColor(colours[0]);
    m_line->setPen(QPen(colours[0], 1.5));
    m_alerts->setColor(colours[3]);
    m_alerts->setBorderColor(pal.color(QPalette::Base));
    m_resets->setColor(colours[5]);
    m_resets->setBorderColor(pal.color(QPalette::Base));
    for (QAbstractSeries *s : chart()->series())
        setSeriesShown(s, s->isVisible()); // the legend's labels, dimmed or not, in Text
}

void TimeSeriesChart::setSeriesShown(QAbstractSeries *series, bool shown)
{
    series->setVisible(shown);
    if (series == m_series)
        m_line->setVisible(shown); // the line itself is drawn by the layer
    for (QLegendMarker *marker : chart()->legend()->markers(series)) {
        marker->setVisible(true); // hiding a series hides its entry too; keep it to click again
        QColor label = palette().color(QPalette::Text);
        label.setAlphaF(shown ? 1.0 : 0.4);
        marker->setLabelBrush(label);
        // From the series, not the marker: after a palette change the marker's is stale.
        QColor fill = static_cast<QXYSeries *>(series)->color();
        fill.setAlphaF(shown ? 1.0 : 0.3);
        marker->setBrush(fill);
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

void TimeSeriesChart::updateDescription()
{
    const QLocale locale;
    const auto at = [&](double ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(qint64(ms)).toLocalTime(),
                               QLocale::ShortFormat);
    };
    const QString name = m_valueName.isEmpty() ? accessibleName() : m_valueName;
    const double from = m_x->min();
    const double to = m_x->max();
    // The latest original point within the visible range, not a decimated one.
    auto last = std::upper_bound(m_points.cbegin(), m_points.cend(), to,
                                 [](double x, const QPointF &p) { return x < p.x(); });
    QString shown;
    if (last == m_points.cbegin() || (last - 1)->x() < from) {
        shown = tr("%1, %2 to %3: no data.").arg(name, at(from), at(to));
    } else {
        --last;
        shown = tr("%1, %2 to %3; latest %4 at %5.")
                    .arg(name, at(from), at(to), ChartLabelFormat::exactValue(last->y(), m_unit),
                         at(last->x()));
    }
    const QString description = shown + u'\n' + m_legendHelp;
    if (description != accessibleDescription())
        setAccessibleDescription(description);
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
    const QList<TimeAxisTicks::Tick> ticks =
        TimeAxisTicks::compute(qint64(m_x->min()), qint64(m_x->max()), maxLabels);
    QStringList labels;
    for (const TimeAxisTicks::Tick &t : ticks)
        labels.append(t.label);
    // A small zoom step mostly keeps the same whole times: nothing to redo then.
    bool same = labels == m_x->categoriesLabels();
    for (qsizetype i = 0; same && i < ticks.size(); ++i)
        same = m_x->endValue(labels[i]) == double(ticks[i].ms);
    if (same)
        return;
    for (const QString &old : m_x->categoriesLabels())
        m_x->remove(old);
    m_x->setStartValue(m_x->min());
    for (const TimeAxisTicks::Tick &t : ticks)
        m_x->append(t.label, double(t.ms));
    relayoutAxes();
}

void TimeSeriesChart::relayoutAxes()
{
    // A category axis only asks for a layout pass when its categories change, and until that
    // pass its label items keep the old texts: they were drawn at the new positions, over the
    // new labels, and one change behind (Escape showed the zoomed range's labels). Lay out now.
    if (QGraphicsLayout *layout = chart()->layout())
        layout->activate();
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
    m_pyramid.m4(size_t(first - m_points.cbegin()), size_t(last - m_points.cbegin()), columns,
                 visible);
    m_line->setPoints(visible); // one hand-over per update, never point by point
    double yMax = 0;
    for (const QPointF &p : visible)
        yMax = std::max(yMax, p.y());
    updateYTicks(yMax > 0 ? yMax * 1.05 : 1);
}

void TimeSeriesChart::placeResets()
{
    // Just above the time axis: on it, the plot's clip would cut the triangles in half.
    const double y = m_y->min() + (m_y->max() - m_y->min()) * 0.025;
    QList<QPointF> points;
    points.reserve(m_resetTimes.size());
    for (const double x : m_resetTimes)
        points.append(QPointF(x, y));
    m_resets->replace(points);
}

void TimeSeriesChart::updateYTicks(double yMax)
{
    // About one label per 50 px of height; before the first layout, six.
    const double height = chart()->plotArea().height();
    const int maxTicks = height > 0 ? std::clamp(int(height / 50), 3, 11) : 6;
    const QList<double> ticks = ChartLabelFormat::niceTicks(0, yMax, maxTicks);
    const QStringList labels = ChartLabelFormat::axisLabels(ticks, m_unit);
    m_updating = true;
    const bool moved = m_y->min() != ticks.first() || m_y->max() != ticks.last();
    m_y->setRange(ticks.first(), ticks.last());
    if (moved && !m_resetTimes.isEmpty())
        placeResets();
    if (labels != m_yLabels) { // most zoom steps keep the labels: no relayout for them
        m_yLabels = labels;
        for (const QString &old : m_y->categoriesLabels())
            m_y->remove(old);
        m_y->setStartValue(ticks.first());
        for (qsizetype i = 0; i < ticks.size(); ++i)
            m_y->append(labels[i], ticks[i]);
        relayoutAxes();
    }
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
             ChartLabelFormat::exactValue(it->y(), m_unit));
}

QString TimeSeriesChart::hoverText(QPointF pos) const
{
    if (m_points.isEmpty() || !chart()->plotArea().contains(pos))
        return {};
    return tooltipFor(chart()->mapToValue(pos, m_series).x());
}

bool TimeSeriesChart::viewportEvent(QEvent *event)
{
    // The pointer rests: Qt asks for a tooltip. Over the plot that is the value, which stays;
    // the scene would otherwise answer "none" and hide it.
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = hoverText(help->pos());
        if (!text.isEmpty()) {
            QToolTip::showText(help->globalPos(), text, viewport(), QRect(), 3'600'000);
            return true;
        }
    }
    return QChartView::viewportEvent(event);
}

void TimeSeriesChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void TimeSeriesChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    m_help->adjustSize();
    m_help->move(width() - m_help->width() - 4, 4); // in the margin above the plot
    redecimate(); // the pixel width decides how many points are worth drawing
}

void TimeSeriesChart::wheelEvent(QWheelEvent *event)
{
    const double factor = event->angleDelta().y() > 0 ? 0.8 : 1.25;
    const QPointF pos = event->position();
    if (chart()->plotArea().contains(pos))
        zoomAround(chart()->mapToValue(pos, m_series).x(), factor); // what is pointed at stays
    else
        zoomBy(factor);
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
    const QString text = hoverText(event->position());
    if (text.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    // Shown until the pointer moves on (an hour is "for as long as it rests").
    QToolTip::showText(event->globalPosition().toPoint(), text, viewport(), QRect(), 3'600'000);
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

void TimeSeriesChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (!hasFocus())
        return;
    painter->save();
    painter->resetTransform(); // in view pixels, whatever the scene's transform
    painter->setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1));
    painter->restore();
}

void TimeSeriesChart::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    viewport()->update();
}

void TimeSeriesChart::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    viewport()->update();
}

} // namespace qw
