#include "ui/QuotaListView.h"

#include "core/format/QuotaFormat.h"
#include "ui/QuotaBar.h"
#include "ui/QuotaSourceGroup.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <algorithm>
#include <tuple>

namespace qw {

namespace {

// Higher is worse: the level, an at-risk forecast lifting an OK quota above the other OKs,
// then the percent used; unlimited quotas last.
std::tuple<int, bool, double> severity(const QuotaBar &bar)
{
    const Quota &q = bar.quota();
    return {int(QuotaFormat::levelOf(q)), bar.isAtRisk(), q.percentUsed().value_or(-1.0)};
}

} // namespace

QuotaListView::QuotaListView(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget(this))
    , m_layout(new QVBoxLayout(m_content))
    , m_orderRow(new QWidget(m_content))
    , m_orderBox(new QComboBox(m_orderRow))
    , m_empty(new QLabel(m_content))
    , m_ownHeading(new QLabel(m_content))
    , m_groupsBox(new QWidget(m_content))
    , m_groupsLayout(new QVBoxLayout(m_groupsBox))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_layout->setContentsMargins(12, 12, 12, 12);
    m_layout->setSpacing(8);

    m_orderBox->addItem(tr("Worst first"), int(Order::WorstFirst));
    m_orderBox->addItem(tr("As the server lists them"), int(Order::Server));
    m_orderBox->setAccessibleName(tr("Order of the quotas"));
    auto *orderLabel = new QLabel(tr("O&rder:"), m_orderRow);
    orderLabel->setBuddy(m_orderBox);
    auto *orderLayout = new QHBoxLayout(m_orderRow);
    orderLayout->setContentsMargins(0, 0, 0, 0);
    orderLayout->addStretch(1);
    orderLayout->addWidget(orderLabel);
    orderLayout->addWidget(m_orderBox);
    m_orderRow->hide(); // only worth a control with two quotas or more
    connect(m_orderBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto order = Order(m_orderBox->itemData(index).toInt());
        if (order == m_orderChoice)
            return; // set by setOrder(), not chosen
        setOrder(order);
        Q_EMIT orderChosen(order);
    });

    m_empty->setText(tr("This account has no quotas: nothing here is limited, so there is "
                        "nothing to watch."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();
    QFont bold = m_ownHeading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_ownHeading->setFont(bold);
    m_ownHeading->setWordWrap(true);
    m_ownHeading->hide(); // one source needs no heading
    m_groupsLayout->setContentsMargins(0, 0, 0, 0);
    m_groupsLayout->setSpacing(8);
    m_groupsBox->hide();
    m_layout->addWidget(m_ownHeading);
    m_layout->addWidget(m_orderRow);
    m_layout->addWidget(m_empty);
    m_layout->addWidget(m_groupsBox);
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
    m_orderRow->setVisible(order.size() > 1);
    m_serverOrder = order;
    m_ownAsOf = status.generatedAt;
    refreshOwnHeading();
    arrange();
}

void QuotaListView::setOwnSourceName(const QString &name)
{
    m_ownName = name;
    refreshOwnHeading();
}

void QuotaListView::refreshOwnHeading()
{
    const QString name = m_ownName.isEmpty() ? tr("Your account") : m_ownName;
    const QString text = m_ownAsOf.isValid()
                             ? tr("%1: as of %2")
                                   .arg(name, QLocale().toString(m_ownAsOf.toLocalTime().time(),
                                                                 QLocale::ShortFormat))
                             : tr("%1: loading\u2026").arg(name);
    m_ownHeading->setText(text);
    m_ownHeading->setAccessibleName(text);
    m_ownHeading->setVisible(!m_groups.isEmpty());
}

QuotaSourceGroup *QuotaListView::addSource(const QString &id, const QString &name)
{
    if (QuotaSourceGroup *existing = m_groups.value(id))
        return existing;
    auto *group = new QuotaSourceGroup(name, m_groupsBox);
    group->setWorstFirst(m_orderChoice == Order::WorstFirst);
    connect(group, &QuotaSourceGroup::thresholdsRequested, this,
            [this, id](const QString &quotaId) { Q_EMIT sourceThresholdsRequested(id, quotaId); });
    m_groupsLayout->addWidget(group);
    m_groups.insert(id, group);
    m_groupOrder << id;
    m_groupsBox->show();
    refreshOwnHeading();
    return group;
}

void QuotaListView::removeSource(const QString &id)
{
    QuotaSourceGroup *group = m_groups.take(id);
    if (!group)
        return;
    m_groupOrder.removeAll(id);
    m_groupsLayout->removeWidget(group);
    delete group;
    m_groupsBox->setVisible(!m_groups.isEmpty());
    refreshOwnHeading();
}

void QuotaListView::setOrder(Order order)
{
    m_orderChoice = order;
    m_orderBox->setCurrentIndex(m_orderBox->findData(int(order)));
    for (QuotaSourceGroup *g : std::as_const(m_groups))
        g->setWorstFirst(order == Order::WorstFirst);
    arrange();
}

void QuotaListView::arrange()
{
    QStringList order = m_serverOrder;
    if (m_orderChoice == Order::WorstFirst) {
        std::stable_sort(order.begin(), order.end(), [this](const QString &a, const QString &b) {
            return severity(*m_bars.value(a)) > severity(*m_bars.value(b));
        });
    }
    if (order == m_order)
        return;
    for (QuotaBar *b : std::as_const(m_bars))
        m_layout->removeWidget(b);
    const int first = m_layout->indexOf(m_orderRow) + 1;
    for (int i = 0; i < order.size(); ++i)
        m_layout->insertWidget(first + i, m_bars.value(order.at(i)));
    QWidget *previous = m_orderBox;
    for (const QString &id : order) { // tab order follows the visual order
        QWidget::setTabOrder(previous, m_bars.value(id));
        previous = m_bars.value(id);
    }
    m_order = order;
}

void QuotaListView::clear()
{
    setStatus(UsageStatus{});
    m_ownAsOf = {};
    refreshOwnHeading();
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
    for (QuotaSourceGroup *g : std::as_const(m_groups))
        g->tick(now);
}

void QuotaListView::setForecasts(const QHash<QString, Forecast> &forecasts)
{
    for (auto it = m_bars.cbegin(); it != m_bars.cend(); ++it) {
        const auto f = forecasts.constFind(it.key());
        it.value()->setForecast(f == forecasts.constEnd() ? std::nullopt
                                                          : std::optional<Forecast>(*f));
    }
    arrange(); // "at risk" ranks a quota higher
}

QList<QuotaBar *> QuotaListView::bars() const
{
    QList<QuotaBar *> out;
    for (const QString &id : m_order)
        out << m_bars.value(id);
    return out;
}

} // namespace qw
