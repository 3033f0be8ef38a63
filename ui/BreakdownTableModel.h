#pragma once

#include "core/domain/AnalyticsReport.h"

#include <QAbstractTableModel>

namespace qw {

// One breakdown (by endpoint, status code or user) as a sortable table: key, requests,
// failed, tokens, cost, average response time.
class BreakdownTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Key, Requests, Failed, Tokens, Cost, AvgResponse, ColumnCount };

    BreakdownTableModel(QString keyTitle, QObject *parent = nullptr);
    void setItems(const QList<BreakdownItem> &items);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString m_keyTitle;
    QList<BreakdownItem> m_items;
};

} // namespace qw
