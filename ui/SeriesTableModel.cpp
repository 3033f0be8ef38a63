#include "ui/SeriesTableModel.h"

#include "core/export/CsvTable.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace qw {

namespace {

using Points = QList<QPointF>;

Points::const_iterator firstAtOrAfter(const Points &points, double ms)
{
    return std::lower_bound(points.cbegin(), points.cend(), ms,
                            [](const QPointF &p, double x) { return p.x() < x; });
}

Points::const_iterator firstAfter(const Points &points, double ms)
{
    return std::upper_bound(points.cbegin(), points.cend(), ms,
                            [](double x, const QPointF &p) { return x < p.x(); });
}

} // namespace

SeriesTableModel::SeriesTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SeriesTableModel::setSeries(QList<Series> series, double fromMs, double toMs)
{
    beginResetModel();
    m_series = std::move(series);
    m_first = 0;
    m_rows = 0;
    m_times.clear();
    bool seconds = false;
    for (const Series &s : std::as_const(m_series)) {
        const auto first = firstAtOrAfter(s.points, fromMs);
        const auto last = firstAfter(s.points, toMs);
        for (auto it = first; it != last && !seconds; ++it)
            seconds = std::fmod(it->x(), 60'000.0) != 0;
        if (m_series.size() == 1) {
            m_first = first - s.points.cbegin();
            m_rows = last - first;
        } else {
            for (auto it = first; it != last; ++it)
                m_times.append(it->x());
        }
    }
    if (m_series.size() > 1) {
        std::sort(m_times.begin(), m_times.end());
        m_times.erase(std::unique(m_times.begin(), m_times.end()), m_times.end());
        m_rows = m_times.size();
    }
    m_timeFormat = QLocale().dateTimeFormat(QLocale::ShortFormat);
    if (seconds && !m_timeFormat.contains(QStringLiteral("ss")))
        m_timeFormat.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    endResetModel();
}

double SeriesTableModel::timeAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return 0;
    return m_series.size() == 1 ? m_series.constFirst().points.at(m_first + row).x()
                                : m_times.at(row);
}

const QPointF *SeriesTableModel::pointAt(int row, int seriesIndex) const
{
    if (seriesIndex < 0 || seriesIndex >= m_series.size())
        return nullptr;
    const Points &points = m_series.at(seriesIndex).points;
    if (m_series.size() == 1)
        return &points.at(m_first + row);
    const auto it = firstAtOrAfter(points, m_times.at(row));
    return it != points.cend() && it->x() == m_times.at(row) ? &*it : nullptr;
}

QString SeriesTableModel::timeText(double ms) const
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(ms)).toLocalTime(),
                              m_timeFormat);
}

int SeriesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows);
}

int SeriesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_series.size()) + 1;
}

QVariant SeriesTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows || index.column() > m_series.size())
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const double time = timeAt(index.row());
    if (index.column() == 0) {
        if (role == CsvValueRole)
            return QDateTime::fromMSecsSinceEpoch(qint64(time), Qt::UTC)
                .toString(Qt::ISODateWithMs);
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return timeText(time);
        return {};
    }
    const int seriesIndex = index.column() - 1;
    const QPointF *point = pointAt(index.row(), seriesIndex);
    if (!point)
        return {};
    if (role == CsvValueRole)
        return point->y();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return ChartLabelFormat::exactValue(point->y(), m_series.at(seriesIndex).unit);
    return {};
}

QVariant SeriesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical) // a screen reader names the row by its time
        return section >= 0 && section < m_rows ? QVariant(timeText(timeAt(section))) : QVariant();
    if (section == 0)
        return tr("Time");
    if (section > 0 && section <= m_series.size())
        return m_series.at(section - 1).name;
    return {};
}

} // namespace qw
