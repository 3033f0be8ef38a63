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
    const std::pair<int, quint64> key{level.toInt(),
                                      quint64(option->palette.color(QPalette::Window).rgb()) << 32 |
                                          option->palette.color(QPalette::Base).rgb()};
    auto it = m_icons.constFind(key);
    if (it == m_icons.constEnd())
        it = m_icons.insert(key, LevelStyle::icon(QuotaLevel(level.toInt()), option->palette, 16));
    option->icon = *it;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(16, 16);
}

} // namespace qw
