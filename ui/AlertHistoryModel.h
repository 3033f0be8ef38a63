#pragma once

#include "core/alerts/AlertEvent.h"

#include <QAbstractListModel>

namespace qw {

// The alert history, newest first, for the in-app alerts panel.
class AlertHistoryModel final : public QAbstractListModel {
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

    void setEvents(const QList<AlertEvent> &events); // oldest first, as the engine keeps them
    const AlertEvent &event(int row) const { return m_events.at(m_events.size() - 1 - row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // "Alert", so that a copy of the list as CSV has a header that says what it holds.
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AlertEvent> m_events;
};

} // namespace qw
