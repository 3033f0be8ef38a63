#pragma once

#include "core/analytics/M4Pyramid.h"
#include "ui/ChartLabelFormat.h"

#include <QChartView>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <tuple>

class QCategoryAxis;
class QAbstractSeries;
class QLineSeries;
class QScatterSeries;
class QToolButton;

namespace qw {

class PolylineLayer;

// A time series that stays interactive at a million points: it keeps every point, but hands
// Qt Charts only the M4-decimated points for the visible range at the plot's pixel width,
// in one replace() (never append() point by point). Zooming re-decimates from the full data,
// so detail appears as you zoom in; a min/max pyramid built once per series makes that cost
// about the plot's width, whatever the depth. Hovering shows the exact nearest original point.
// Markers: quota resets and alerts, as separate, named point series.
class TimeSeriesChart final : public QChartView {
    Q_OBJECT
public:
    explicit TimeSeriesChart(QWidget *parent = nullptr);

    // x in ms since epoch, sorted ascending. The chart shares the caller's list: it only
    // reads it, so it never makes a copy of its own.
    // unit: how the value axis and the hover tooltip write the values.
    void setData(QList<QPointF> points, const QString &valueName,
                 ChartLabelFormat::Unit unit = ChartLabelFormat::Unit::Count);
    // Named in an exported image's heading.
    void setTenantName(const QString &name);
    QString tenantName() const { return m_tenantName; }
    // What an export is headed with: the value's name, then the tenant and the visible range.
    QStringList exportHeading() const;
    void setMarkers(const QList<QDateTime> &resets, const QList<QPointF> &alerts);
    void resetZoom();
    void zoomBy(double factor); // < 1 zooms in around the centre
    // < 1 zooms in; the time at anchorMs stays where it is on the screen.
    void zoomAround(double anchorMs, double factor);

    QString valueName() const { return m_valueName; }
    ChartLabelFormat::Unit unit() const { return m_unit; }
    qsizetype pointCount() const { return m_points.size(); }
    const QList<QPointF> &points() const { return m_points; }
    qsizetype renderedPointCount() const;
    const QList<QPointF> &renderedPoints() const;
    QString tooltipFor(double xMs) const; // exposed for tests
    QStringList yTickLabels() const;
    // The "?" with the gestures in its tooltip, so no help text covers the hovered value.
    QToolButton *helpButton() const { return m_help; }
    QLineSeries *series() const { return m_series; }
    QScatterSeries *resetSeries() const { return m_resets; }
    QScatterSeries *alertSeries() const { return m_alerts; }
    // What clicking its legend entry does: the entry stays, dimmed while hidden.
    void setSeriesShown(QAbstractSeries *series, bool shown);
    bool seriesShown(const QAbstractSeries *series) const;
    QList<QPointF> resetMarkers() const;
    QList<QPointF> alertMarkers() const;
    // The visible x range, ms since epoch.
    std::pair<double, double> visibleRange() const;

Q_SIGNALS:
    // setData() replaced the series (a reload, another metric).
    void seriesChanged();

protected:
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    // A visible focus frame: the chart takes keys (zoom, pan, Escape), so a keyboard user
    // must see when it has them.
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void redecimate();
    void syncLine();
    void updateTicks();
    void updateYTicks(double yMax);
    void relayoutAxes();
    void placeResets();
    void applyPalette();
    QString hoverText(QPointF pos) const; // empty off the plot or without data
    void setXRange(double fromMs, double toMs);
    // For screen readers: what is shown (the value, the visible range, its latest point),
    // then what the markers' shapes mean and the keys. Follows every data and range change.
    void updateDescription();

    QList<QPointF> m_points;
    M4Pyramid m_pyramid; // over m_points (shares it)
    QString m_valueName;
    QLineSeries *m_series; // legend entry and axis anchor; the line itself is m_line
    QScatterSeries *m_resets;
    QScatterSeries *m_alerts;
    PolylineLayer *m_line;
    QCategoryAxis *m_x; // ms since epoch, labelled on whole times (TimeAxisTicks)
    QCategoryAxis *m_y; // labelled by ChartLabelFormat in the value's unit
    QToolButton *m_help;
    ChartLabelFormat::Unit m_unit = ChartLabelFormat::Unit::Count;
    QString m_tenantName;
    bool m_updating = false;
    std::tuple<double, double, int> m_tickKey; // what the axis labels were made for
    QStringList m_yLabels;
    QList<double> m_resetTimes; // ms since epoch
    QString m_legendHelp;       // the shapes and keys, the description's second part
};

} // namespace qw
