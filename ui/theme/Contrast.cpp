#include "ui/theme/Contrast.h"

#include <algorithm>
#include <cmath>

namespace qw {

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

double Contrast::luminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double Contrast::ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Contrast::blend(const QColor &over, double alpha, const QColor &under)
{
    const double a = std::clamp(alpha, 0.0, 1.0);
    const QColor o = over.toRgb();
    const QColor u = under.toRgb();
    const auto mix = [a](int top, int bottom) {
        return int(std::lround(top * a + bottom * (1.0 - a)));
    };
    return QColor(mix(o.red(), u.red()), mix(o.green(), u.green()), mix(o.blue(), u.blue()));
}

} // namespace qw
