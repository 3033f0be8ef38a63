#include "ui/QuotaListView.h"

#include "ui/QuotaBar.h"

#include <QLabel>
#include <QVBoxLayout>

namespace qw {

QuotaListView::QuotaListView(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget(this))
    , m_layout(new QVBoxLayout(m_content))
    , m_empty(new QLabel(m_content))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_layout->setContentsMargins(12, 12, 12, 12);
    m_layout->setSpacing(8);
    m_empty->setText(tr("This account has no quotas: nothing here is limited, so there is "
                        "nothing to watch."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();
    m_layout->addWidget(m_empty);
    m_layout->addStretch(1);
    setWidget(m_content);
    setAccessibleName(tr("Quotas"));
}

void QuotaListView::setStatus(const UsageStatus &status)
{
    QStringList order;
    for (const Quota &q : status.quotas) {
        QuotaBar *bar = m_bars.value(q.id);
        if (!bar) {
            bar = new QuotaBar(m_content);
            connect(bar, &QuotaBar::thresholdsRequested, this, &QuotaListView::thresholdsRequested);
            m_bars.insert(q.id, bar);
        }
        bar->setQuota(q);
        bar->setStale(m_stale);
        order << q.id;
    }
    for (auto it = m_bars.begin(); it != m_bars.end();) {
        if (!order.contains(it.key())) {
            (*it)->deleteLater();
            it = m_bars.erase(it);
        } else {
            ++it;
        }
    }
    m_empty->setVisible(order.isEmpty());
    if (order != m_order) {
        for (QuotaBar *b : std::as_const(m_bars))
            m_layout->removeWidget(b);
        for (int i = 0; i < order.size(); ++i)
            m_layout->insertWidget(i, m_bars.value(order.at(i)));
        QWidget *previous = this;
        for (const QString &id : order) { // tab order follows the visual order
            QWidget::setTabOrder(previous, m_bars.value(id));
            previous = m_bars.value(id);
        }
        m_order = order;
    }
}

void QuotaListView::clear()
{
    setStatus(UsageStatus{});
    m_empty->hide();
}

void QuotaListView::setStale(bool stale)
{
    m_stale = stale;
    for (QuotaBar *b : std::as_const(m_bars))
        b->setStale(stale);
}

void QuotaListView::tick(const QDateTime &now)
{
    for (QuotaBar *b : std::as_const(m_bars))
        b->tick(now);
}

void QuotaListView::setForecasts(const QHash<QString, Forecast> &forecasts)
{
    for (auto it = m_bars.cbegin(); it != m_bars.cend(); ++it) {
        const auto f = forecasts.constFind(it.key());
        it.value()->setForecast(f == forecasts.constEnd() ? std::nullopt
                                                          : std::optional<Forecast>(*f));
    }
}

QList<QuotaBar *> QuotaListView::bars() const
{
    QList<QuotaBar *> out;
    for (const QString &id : m_order)
        out << m_bars.value(id);
    return out;
}

} // namespace qw
