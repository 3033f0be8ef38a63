#include "ui/AlertHistoryModel.h"

#include "ui/LevelStyle.h"

#include <QApplication>
#include <QLocale>

namespace qw {

void AlertHistoryModel::setEvents(const QList<AlertEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int AlertHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant AlertHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const AlertEvent &e = event(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString text = QStringLiteral("%1  %2").arg(
            QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), e.message);
        if (e.silenced)
            text += tr("  (silenced)");
        return text;
    }
    case Qt::DecorationRole: {
        if (e.kind == AlertEvent::Kind::Resolved)
            return LevelStyle::icon(QuotaLevel::Ok, QApplication::palette());
        const QuotaLevel level = e.kind == AlertEvent::Kind::Predicted
                                     ? QuotaLevel::Warning
                                     : levelForPercent(e.threshold);
        return LevelStyle::icon(level, QApplication::palette());
    }
    case Qt::ToolTipRole:
        return e.kind == AlertEvent::Kind::Predicted ? tr("Forecast") : e.title;
    default:
        return {};
    }
}

QVariant AlertHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Alert");
    return QAbstractListModel::headerData(section, orientation, role);
}

} // namespace qw
