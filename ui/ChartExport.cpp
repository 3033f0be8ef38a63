#include "ui/ChartExport.h"

#include <QFontMetrics>
#include <QImage>
#include <QPaintDevice>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>

namespace qw {

namespace {

constexpr int margin = 8;

QFont lineFont(const QWidget &chart, qsizetype line)
{
    QFont font = chart.font();
    if (line == 0) {
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.25);
    }
    return font;
}

int headingHeight(const QWidget &chart, const QStringList &heading)
{
    int height = margin;
    for (qsizetype i = 0; i < heading.size(); ++i)
        height += QFontMetrics(lineFont(chart, i)).lineSpacing();
    return height + margin;
}

// The heading on the card's colour, then the chart below it.
bool paint(QPaintDevice &device, QWidget &chart, const QStringList &heading)
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const int top = headingHeight(chart, heading);
    const QPalette &pal = chart.palette();
    painter.fillRect(QRect(0, 0, chart.width(), top), pal.color(QPalette::Base));
    painter.setPen(pal.color(QPalette::Text));
    int y = margin;
    for (qsizetype i = 0; i < heading.size(); ++i) {
        const QFont font = lineFont(chart, i);
        const QFontMetrics metrics(font);
        painter.setFont(font);
        // Elided rather than wider than the picture.
        painter.drawText(
            margin, y + metrics.ascent(),
            metrics.elidedText(heading[i], Qt::ElideMiddle, chart.width() - 2 * margin));
        y += metrics.lineSpacing();
    }
    chart.render(&painter, QPoint(0, top));
    return painter.end();
}

} // namespace

bool ChartExport::write(QWidget &chart, const QString &path, const QStringList &heading)
{
    const QSize size(chart.width(), chart.height() + headingHeight(chart, heading));
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(heading.value(0));
        svg.setDescription(heading.mid(1).join(u'\n'));
        return paint(svg, chart, heading);
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(chart.palette().color(QPalette::Window));
    return paint(image, chart, heading) && image.save(path, "PNG");
}

} // namespace qw
