#pragma once

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>
#include <utility>

namespace qw {

// A level cell: LevelStyle's icon (its own shape per level) beside the level's word.
class LevelDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit LevelDelegate(int levelRole, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_levelRole;
    // Drawn once per level and palette (its window and base colours, which the icon's colours
    // are picked against): a table repaints dozens of cells a frame, and a theme switch must
    // not leave the other theme's icons behind.
    mutable QHash<std::pair<int, quint64>, QIcon> m_icons;
};

} // namespace qw
