#pragma once

#include "core/alerts/BurnRateForecast.h"
#include "core/domain/UsageStatus.h"

#include <QHash>
#include <QScrollArea>

class QComboBox;
class QLabel;
class QVBoxLayout;

namespace qw {

class QuotaBar;
class QuotaSourceGroup;

// A scrolling column of QuotaBars, one per quota: worst first by default (exceeded, critical,
// warning or at risk, then by percent used), or in the server's order. Bars are reused by
// quota id across updates so keyboard focus stays where it was.
//
// Other watched sources follow the account's own bars, one group each (QuotaSourceGroup) with
// a heading that names the source and says its state; with any such group the account's own
// bars get a heading too.
class QuotaListView final : public QScrollArea {
    Q_OBJECT
public:
    enum class Order { WorstFirst, Server };

    explicit QuotaListView(QWidget *parent = nullptr);

    void setStatus(const UsageStatus &status);
    void clear(); // no status yet: no bars, and no "no quotas" message either
    void setStale(bool stale);
    void tick(const QDateTime &now);
    void setForecasts(const QHash<QString, Forecast> &forecasts);
    // Chosen in the list's own "Order" box; kept for the session.
    void setOrder(Order order);
    Order order() const { return m_orderChoice; }
    QComboBox *orderBox() const { return m_orderBox; }
    QList<QuotaBar *> bars() const; // in the order shown
    QuotaBar *bar(const QString &quotaId) const { return m_bars.value(quotaId); }
    // Shown instead of bars when the server reports no quotas at all.
    QLabel *emptyLabel() const { return m_empty; }

    // The account's own group's name in its heading (shown only beside other sources).
    void setOwnSourceName(const QString &name);
    QLabel *ownHeading() const { return m_ownHeading; }
    // Another source's group, after those added before; it shows "loading" until a status.
    QuotaSourceGroup *addSource(const QString &id, const QString &name);
    void removeSource(const QString &id);
    QuotaSourceGroup *source(const QString &id) const { return m_groups.value(id); }
    QStringList sourceIds() const { return m_groupOrder; }

Q_SIGNALS:
    void thresholdsRequested(const QString &quotaId);
    // The same, for a quota of another watched source.
    void sourceThresholdsRequested(const QString &sourceId, const QString &quotaId);
    void orderChosen(qw::QuotaListView::Order order); // by the user, to be remembered

private:
    void arrange();
    void refreshOwnHeading();

    QWidget *m_content;
    QVBoxLayout *m_layout;
    QWidget *m_orderRow;
    QComboBox *m_orderBox;
    QLabel *m_empty;
    QHash<QString, QuotaBar *> m_bars;
    QStringList m_serverOrder;
    QStringList m_order; // as shown
    Order m_orderChoice = Order::WorstFirst;
    bool m_stale = false;
    QLabel *m_ownHeading;
    QString m_ownName;
    QDateTime m_ownAsOf;
    QWidget *m_groupsBox;
    QVBoxLayout *m_groupsLayout;
    QHash<QString, QuotaSourceGroup *> m_groups;
    QStringList m_groupOrder;
};

} // namespace qw
