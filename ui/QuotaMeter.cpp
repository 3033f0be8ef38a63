#include "ui/QuotaMeter.h"

#include "ui/LevelStyle.h"

#include <QPainter>
#include <QPainterPath>

namespace qw {

QuotaMeter::QuotaMeter(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void QuotaMeter::setValue(std::optional<double> percent, QuotaLevel level)
{
    if (m_percent == percent && m_level == level)
        return;
    m_percent = percent;
    m_level = level;
    update();
}

void QuotaMeter::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    update();
}

void QuotaMeter::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF track = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = track.height() / 2;
    const QPalette &pal = palette();
    p.setPen(QPen(pal.color(QPalette::Mid), 1, m_percent ? Qt::SolidLine : Qt::DashLine));
    p.setBrush(pal.color(QPalette::Base));
    p.drawRoundedRect(track, radius, radius);
    if (!m_percent)
        return;
    const qreal fraction = std::clamp(*m_percent / 100.0, 0.0, 1.0);
    if (fraction <= 0)
        return;
    QRectF fill = track;
    fill.setWidth(std::max(track.height(), track.width() * fraction));
    QColor c = LevelStyle::color(m_level, pal);
    if (m_stale)
        c = QColor::fromHsv(c.hsvHue(), c.hsvSaturation() / 4, c.value());
    QPainterPath path;
    path.addRoundedRect(fill, radius, radius);
    p.fillPath(path, c);
    if (m_stale) {
        p.setClipPath(path);
        p.fillRect(fill, QBrush(pal.color(QPalette::Base), Qt::BDiagPattern));
    }
}

} // namespace qw
