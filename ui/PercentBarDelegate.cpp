#include "ui/PercentBarDelegate.h"

#include "core/domain/QuotaLevel.h"
#include "ui/LevelStyle.h"

#include <QApplication>
#include <QPainter>

namespace qw {

PercentBarDelegate::PercentBarDelegate(int percentRole, int levelRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_percentRole(percentRole)
    , m_levelRole(levelRole)
{}

void PercentBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const QVariant percent = index.data(m_percentRole);
    if (!percent.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // selection, focus

    const auto level = QuotaLevel(index.data(m_levelRole).toInt());
    const QRect track = opt.rect.adjusted(4, 4, -4, -4);
    const double fraction = std::clamp(percent.toDouble() / 100.0, 0.0, 1.0);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(opt.palette.color(QPalette::Mid));
    painter->setBrush(opt.palette.color(QPalette::Base));
    painter->drawRoundedRect(track, 3, 3);
    QRect fill = track;
    fill.setWidth(int(track.width() * fraction));
    // A tint the percentage stays readable on (4.5:1), in light and dark palettes alike.
    painter->setPen(Qt::NoPen);
    painter->setBrush(LevelStyle::fillBehindText(level, opt.palette));
    painter->drawRoundedRect(fill, 3, 3);
    // On the track (Base and the tint), not on the selection: Text even in a selected row.
    painter->setPen(opt.palette.color(QPalette::Text));
    painter->drawText(track.adjusted(4, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

} // namespace qw
