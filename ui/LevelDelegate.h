#pragma once

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
};

} // namespace qw
