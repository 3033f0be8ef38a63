#pragma once

#include <QGraphicsItem>
#include <QPen>

class QChart;

namespace qw {

// Paints a (decimated) line over a chart's plot area in one drawPolyline. Qt Charts 6.4
// rebuilds a stroked hit-test shape for every QLineSeries on each geometry change (an atan2
// per segment), which made zooming a 3,000-point line cost 30 ms; this item maps values to
// pixels linearly and draws, nothing else.
class PolylineLayer final : public QGraphicsItem {
public:
    explicit PolylineLayer(QChart *chart);

    void setPoints(QList<QPointF> points); // in value space
    const QList<QPointF> &points() const { return m_points; }
    void setRanges(double xMin, double xMax, double yMin, double yMax);
    void setPen(const QPen &pen);
    void plotAreaChanged();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QChart *m_chart;
    QList<QPointF> m_points;
    QPen m_pen;
    double m_xMin = 0, m_xMax = 1, m_yMin = 0, m_yMax = 1;
    QRectF m_plot;
};

} // namespace qw
