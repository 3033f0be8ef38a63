#include "ui/LevelDelegate.h"

#include "core/domain/QuotaLevel.h"
#include "ui/LevelStyle.h"

namespace qw {

LevelDelegate::LevelDelegate(int levelRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_levelRole(levelRole)
{}

void LevelDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant level = index.data(m_levelRole);
    if (!level.isValid())
        return;
    option->icon = LevelStyle::icon(QuotaLevel(level.toInt()), option->palette, 16);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(16, 16);
}

} // namespace qw
