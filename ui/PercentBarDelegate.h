#pragma once

#include <QStyledItemDelegate>

namespace qw {

// Draws a percentage (the model's PercentRole) as a bar with the number on it, in the
// level's colour (LevelRole); the number is always there, so colour is never the only
// signal. Cells without a percentage (unlimited) show their text only.
class PercentBarDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    PercentBarDelegate(int percentRole, int levelRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_percentRole;
    int m_levelRole;
};

} // namespace qw
