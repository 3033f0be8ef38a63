#pragma once

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

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
    // Drawn once per level and light/dark palette: a table repaints dozens of cells a frame.
    mutable QHash<int, QIcon> m_icons;
};

} // namespace qw
