#include "ui/QuotaSourceGroup.h"

#include "core/format/QuotaFormat.h"
#include "ui/QuotaBar.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <algorithm>
#include <tuple>

namespace qw {

namespace {

// Higher is worse, as in the account's own list.
std::tuple<int, bool, double> severity(const QuotaBar &bar)
{
    const Quota &q = bar.quota();
    return {int(QuotaFormat::levelOf(q)), bar.isAtRisk(), q.percentUsed().value_or(-1.0)};
}

} // namespace

QuotaSourceGroup::QuotaSourceGroup(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
    , m_heading(new QLabel(this))
    , m_error(new QLabel(this))
    , m_empty(new QLabel(tr("This source reports no quotas."), this))
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 12, 0, 0);
    m_layout->setSpacing(8);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_empty->setWordWrap(true);
    m_empty->hide();
    m_layout->addWidget(m_heading);
    m_layout->addWidget(m_error);
    m_layout->addWidget(m_empty);
    refreshHeading();
}

void QuotaSourceGroup::setName(const QString &name)
{
    m_name = name;
    refreshHeading();
}

void QuotaSourceGroup::refreshHeading()
{
    QString text;
    switch (m_state) {
    case State::Loading:
        text = tr("%1: loading\u2026").arg(m_name);
        break;
    case State::Current:
        text = tr("%1: as of %2")
                   .arg(m_name, QLocale().toString(m_receivedAt.toLocalTime().time(),
                                                   QLocale::ShortFormat));
        break;
    case State::Failed:
        text = tr("%1: not updating").arg(m_name);
        break;
    }
    m_heading->setText(text);
    m_heading->setAccessibleName(text);
    setAccessibleName(tr("Quotas of %1").arg(m_name));
}

void QuotaSourceGroup::setStatus(const UsageStatus &status, const QDateTime &receivedAt)
{
    m_state = State::Current;
    m_receivedAt = receivedAt;
    m_error->hide();
    m_error->clear();
    QStringList order;
    for (const Quota &q : status.quotas) {
        QuotaBar *bar = m_bars.value(q.id);
        if (!bar) {
            bar = new QuotaBar(this);
            connect(bar, &QuotaBar::thresholdsRequested, this,
                    &QuotaSourceGroup::thresholdsRequested);
            m_bars.insert(q.id, bar);
        }
        bar->setQuota(q);
        bar->setStale(false);
        order << q.id;
    }
    for (auto it = m_bars.begin(); it != m_bars.end();) {
        if (!order.contains(it.key())) {
            m_layout->removeWidget(*it);
            (*it)->deleteLater();
            it = m_bars.erase(it);
        } else {
            ++it;
        }
    }
    m_empty->setVisible(order.isEmpty());
    m_serverOrder = order;
    refreshHeading();
    arrange();
}

void QuotaSourceGroup::setForecasts(const QHash<QString, Forecast> &forecasts)
{
    for (auto it = m_bars.cbegin(); it != m_bars.cend(); ++it) {
        const auto f = forecasts.constFind(it.key());
        it.value()->setForecast(f == forecasts.constEnd() ? std::nullopt
                                                          : std::optional<Forecast>(*f));
    }
    arrange();
}

void QuotaSourceGroup::setError(const QString &message)
{
    m_state = State::Failed;
    // A sign as well as words, never colour alone.
    m_error->setText(tr("\u26a0 %1").arg(message));
    m_error->setAccessibleName(m_error->text());
    m_error->show();
    for (QuotaBar *b : std::as_const(m_bars))
        b->setStale(true);
    refreshHeading();
}

void QuotaSourceGroup::setWorstFirst(bool worstFirst)
{
    m_worstFirst = worstFirst;
    arrange();
}

void QuotaSourceGroup::tick(const QDateTime &now)
{
    for (QuotaBar *b : std::as_const(m_bars))
        b->tick(now);
}

void QuotaSourceGroup::arrange()
{
    QStringList order = m_serverOrder;
    if (m_worstFirst) {
        std::stable_sort(order.begin(), order.end(), [this](const QString &a, const QString &b) {
            return severity(*m_bars.value(a)) > severity(*m_bars.value(b));
        });
    }
    if (order == m_order)
        return;
    for (QuotaBar *b : std::as_const(m_bars))
        m_layout->removeWidget(b);
    for (const QString &id : order)
        m_layout->addWidget(m_bars.value(id));
    m_order = order;
}

QList<QuotaBar *> QuotaSourceGroup::bars() const
{
    QList<QuotaBar *> out;
    for (const QString &id : m_order)
        out << m_bars.value(id);
    return out;
}

} // namespace qw
