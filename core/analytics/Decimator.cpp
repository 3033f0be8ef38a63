#include "core/analytics/Decimator.h"

#include "core/analytics/M4Columns.h"
#include "core/analytics/YExtremes.h"

namespace qw {

QList<QPointF> Decimator::m4(std::span<const QPointF> points, int columns)
{
    QList<QPointF> out;
    m4(points, columns, out);
    return out;
}

void Decimator::m4(std::span<const QPointF> points, int columns, QList<QPointF> &out)
{
    const QPointF *const data = points.data();
    const size_t n = points.size();
    m4columns::decimate(
        data, n, columns, out,
        [data, n](size_t previous, double edge) {
            return m4columns::gallopToEdge(data, previous, n, edge);
        },
        [data](size_t begin, size_t end) { return YExtremes::scan(data, begin, end); });
}

} // namespace qw
