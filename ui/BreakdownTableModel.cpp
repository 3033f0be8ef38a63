#include "ui/BreakdownTableModel.h"

#include "core/export/CsvTable.h"
#include "core/format/QuotaFormat.h"

#include <QLocale>

namespace qw {

BreakdownTableModel::BreakdownTableModel(QString keyTitle, QObject *parent)
    : QAbstractTableModel(parent)
    , m_keyTitle(std::move(keyTitle))
{}

void BreakdownTableModel::setItems(const QList<BreakdownItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int BreakdownTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int BreakdownTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakdownTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const BreakdownItem &item = m_items[index.row()];
    const AnalyticsTotals &v = item.values;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Key ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    // Sort and export by the number, display it formatted.
    if (role == Qt::UserRole || role == CsvValueRole) {
        switch (index.column()) {
        case Key:
            return item.key;
        case Requests:
            return v.requests;
        case Failed:
            return v.failed;
        case Tokens:
            return v.tokens;
        case Cost:
            return v.cost;
        case AvgResponse:
            return v.avgResponseTimeMs;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Key:
        return item.key.isEmpty() ? tr("(none)") : item.key;
    case Requests:
        return locale.toString(v.requests);
    case Failed:
        return locale.toString(v.failed);
    case Tokens:
        return locale.toString(v.tokens);
    case Cost:
        return QuotaFormat::money(v.cost, 2, locale);
    case AvgResponse:
        return tr("%1 ms").arg(locale.toString(v.avgResponseTimeMs, 'f', 0));
    }
    return {};
}

QVariant BreakdownTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        return m_keyTitle;
    case Requests:
        return tr("Requests");
    case Failed:
        return tr("Failed");
    case Tokens:
        return tr("Tokens");
    case Cost:
        return tr("Cost");
    case AvgResponse:
        return tr("Avg. response");
    }
    return {};
}

} // namespace qw
