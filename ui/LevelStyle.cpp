#include "ui/LevelStyle.h"

#include "core/format/QuotaFormat.h"
#include "ui/theme/Contrast.h"
#include "ui/theme/ThemePalette.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>
#include <algorithm>
#include <cmath>

namespace qw::LevelStyle {

namespace {

QColor startingColour(QuotaLevel level, bool dark)
{
    switch (level) {
    case QuotaLevel::Ok:
        return dark ? QColor(0x4c, 0xc3, 0x8a) : QColor(0x1e, 0x80, 0x4a);
    case QuotaLevel::Warning:
        return dark ? QColor(0xf2, 0xc1, 0x4e) : QColor(0xa8, 0x6b, 0x00);
    case QuotaLevel::Critical:
        return dark ? QColor(0xff, 0x8a, 0x4c) : QColor(0xc2, 0x41, 0x0c);
    case QuotaLevel::Exceeded:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xb0, 0x1e, 0x2d);
    }
    return {};
}

} // namespace

bool isDark(const QPalette &palette)
{
    return ThemePalette::isDark(palette);
}

QColor color(QuotaLevel level, const QPalette &palette)
{
    const bool dark = isDark(palette);
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    QColor c = startingColour(level, dark);
    if (!c.isValid())
        return palette.color(QPalette::WindowText);
    // Same hue, more or less light, until it reads on both backgrounds.
    for (int step = 0; step < 40 && std::min(Contrast::ratio(c, window), Contrast::ratio(c, base)) <
                                        Contrast::textMinimum;
         ++step)
        c = dark ? c.lighter(105) : c.darker(105);
    return c;
}

QColor fillBehindText(QuotaLevel level, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor full = color(level, palette);
    // Two thirds strength at most (a tint, not a block); weaker while the text would not read.
    for (double alpha = 2.0 / 3.0; alpha > 0.15; alpha -= 0.05) {
        const QColor fill = Contrast::blend(full, alpha, base);
        if (Contrast::ratio(text, fill) >= Contrast::textMinimum)
            return fill;
    }
    return Contrast::blend(full, 0.15, base);
}

QString name(QuotaLevel level)
{
    return QuotaFormat::levelName(level);
}

QIcon icon(QuotaLevel level, const QPalette &palette, int size)
{
    QIcon result;
    for (const int scale : {1, 2}) {
        const int px = size * scale;
        QPixmap pm(px, px);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor c = color(level, palette);
        p.setBrush(c);
        p.setPen(Qt::NoPen);
        const QRectF r(px * 0.08, px * 0.08, px * 0.84, px * 0.84);
        QPainterPath glyph;
        switch (level) {
        case QuotaLevel::Ok:
            p.drawEllipse(r);
            break;
        case QuotaLevel::Warning: {
            p.drawPolygon(
                QPolygonF({QPointF(r.center().x(), r.top()), r.bottomRight(), r.bottomLeft()}));
            break;
        }
        case QuotaLevel::Critical:
            p.drawPolygon(QPolygonF(
                {QPointF(r.center().x(), r.top()), QPointF(r.right(), r.center().y()),
                 QPointF(r.center().x(), r.bottom()), QPointF(r.left(), r.center().y())}));
            break;
        case QuotaLevel::Exceeded: {
            QPolygonF octagon;
            for (int i = 0; i < 8; ++i) {
                const double a = (22.5 + 45.0 * i) * M_PI / 180.0;
                octagon << QPointF(r.center().x() + r.width() / 2 * std::cos(a),
                                   r.center().y() + r.height() / 2 * std::sin(a));
            }
            p.drawPolygon(octagon);
            break;
        }
        }
        // A mark inside in whichever of the palette's window and text colours stands out
        // more on the shape: tick, exclamation, exclamation, bar.
        const QColor window = palette.color(QPalette::Window);
        const QColor ink = palette.color(QPalette::WindowText);
        const QColor mark = Contrast::ratio(window, c) >= Contrast::ratio(ink, c) ? window : ink;
        p.setPen(QPen(mark, px * 0.12, Qt::SolidLine, Qt::RoundCap));
        const QPointF c0 = r.center();
        switch (level) {
        case QuotaLevel::Ok:
            p.drawPolyline(QPolygonF({QPointF(c0.x() - px * 0.2, c0.y()),
                                      QPointF(c0.x() - px * 0.05, c0.y() + px * 0.15),
                                      QPointF(c0.x() + px * 0.22, c0.y() - px * 0.15)}));
            break;
        case QuotaLevel::Warning:
        case QuotaLevel::Critical:
            p.drawLine(QPointF(c0.x(), c0.y() - px * 0.15), QPointF(c0.x(), c0.y() + px * 0.08));
            p.drawPoint(QPointF(c0.x(), c0.y() + px * 0.24));
            break;
        case QuotaLevel::Exceeded:
            p.drawLine(QPointF(c0.x() - px * 0.2, c0.y()), QPointF(c0.x() + px * 0.2, c0.y()));
            break;
        }
        p.end();
        result.addPixmap(pm);
    }
    return result;
}

} // namespace qw::LevelStyle
