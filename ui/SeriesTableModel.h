#pragma once

#include "ui/ChartLabelFormat.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointF>
#include <QString>

namespace qw {

// Time series as a table, for keyboard and screen-reader users: one row per point time
// (oldest first), the time in the first column and as the row's header, then one column per
// series with its exact value in its unit, written for the user's locale. A series without a
// point at a row's time has an empty cell there. Copied as CSV, the cells are the plain values
// and the times ISO 8601 UTC.
//
// Large series: the rows are every original point of the range asked for (the chart's
// visible, zoomed range), never the decimated or bucketed points the chart draws: the table is
// where exact values are read. Cells are made on demand from the series' shared lists, so a
// million rows cost no copy of the points; a single series (the chart's case) needs no merged
// list of times either.
class SeriesTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    struct Series {
        QString name;
        ChartLabelFormat::Unit unit = ChartLabelFormat::Unit::Count;
        QList<QPointF> points; // x: ms since epoch, ascending; y: the value
    };

    explicit SeriesTableModel(QObject *parent = nullptr);

    // Rows: the times of the series' points within [fromMs, toMs].
    void setSeries(QList<Series> series, double fromMs, double toMs);
    const QList<Series> &series() const { return m_series; }
    // The time of a row, ms since epoch.
    double timeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString timeText(double ms) const;
    // The point of series `column - 1` at the row's time, if it has one.
    const QPointF *pointAt(int row, int seriesIndex) const;

    QList<Series> m_series;
    // One series: its points [m_first, m_first + m_rows) are the rows. Several: m_times.
    qsizetype m_first = 0;
    qsizetype m_rows = 0;
    QList<double> m_times;
    // Whole minutes read best without seconds; data with seconds shows them.
    QString m_timeFormat;
};

} // namespace qw
