#include "ui/ChartPalette.h"

#include "ui/theme/Contrast.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPalette>
#include <array>
#include <cmath>

namespace qw {

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

std::array<double, 3> lab(const QColor &c)
{
    const double r = linear(c.redF()), g = linear(c.greenF()), b = linear(c.blueF());
    // sRGB to XYZ (D65), then to L*a*b*.
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

} // namespace

QList<QColor> ChartPalette::seriesColours(const QColor &background)
{
    // Okabe-Ito without its black, in an order that alternates warm and cool; grey last,
    // for "Other".
    static const QList<QColor> okabeIto = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                           QColor(0x00, 0x9E, 0x73), QColor(0xD5, 0x5E, 0x00),
                                           QColor(0x56, 0xB4, 0xE9), QColor(0xCC, 0x79, 0xA7),
                                           QColor(0xF0, 0xE4, 0x42), QColor(0x99, 0x99, 0x99)};
    const bool darkBackground = Contrast::luminance(background) < 0.18;
    QList<QColor> colours;
    for (QColor c : okabeIto) {
        for (int i = 0; i < 30 && contrast(c, background) < 3.0; ++i)
            c = darkBackground ? c.lighter(108) : c.darker(108);
        colours.append(c);
    }
    return colours;
}

double ChartPalette::contrast(const QColor &a, const QColor &b)
{
    return Contrast::ratio(a, b);
}

double ChartPalette::distance(const QColor &a, const QColor &b)
{
    const auto p = lab(a);
    const auto q = lab(b);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

void ChartPalette::apply(QChart *chart, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor mid = palette.color(QPalette::Mid);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(QPen(mid));
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->legend()->setBorderColor(mid);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePen(QPen(mid));
        axis->setGridLineColor(mid);
        axis->setMinorGridLineColor(mid);
        axis->setShadesVisible(false);
    }
}

} // namespace qw
