#include "ui/QuotaBar.h"

#include "core/format/QuotaFormat.h"
#include "ui/LevelStyle.h"
#include "ui/QuotaMeter.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <cmath>

namespace qw {

QuotaBar::QuotaBar(QWidget *parent)
    : QFrame(parent)
    , m_now(QDateTime::currentDateTimeUtc())
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_level(new QLabel(this))
    , m_meter(new QuotaMeter(this))
    , m_percent(new QLabel(this))
    , m_usage(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_forecast(new QLabel(this))
{
    setFocusPolicy(Qt::StrongFocus); // Tab reaches every bar; screen readers read it whole
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_percent->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_percent->setMinimumWidth(
        m_percent->fontMetrics().horizontalAdvance(QStringLiteral("100.0 %__")));
    m_level->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_countdown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_countdown->setForegroundRole(QPalette::PlaceholderText);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(10, 8, 10, 8);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_icon, 0, 0);
    grid->addWidget(m_title, 0, 1);
    grid->addWidget(m_level, 0, 2, 1, 2);
    grid->addWidget(m_meter, 1, 0, 1, 3);
    grid->addWidget(m_percent, 1, 3);
    grid->addWidget(m_usage, 2, 0, 1, 2);
    grid->addWidget(m_countdown, 2, 2, 1, 2);
    grid->addWidget(m_forecast, 3, 0, 1, 4);
    m_forecast->setForegroundRole(QPalette::PlaceholderText);
    m_forecast->hide();
    grid->setColumnStretch(1, 1);
}

void QuotaBar::setQuota(const Quota &quota)
{
    m_quota = quota;
    refreshTexts();
}

void QuotaBar::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    m_meter->setStale(stale);
    refreshTexts();
}

void QuotaBar::tick(const QDateTime &now)
{
    m_now = now;
    m_countdown->setText(countdownText());
}

QString QuotaBar::usageText() const
{
    return QuotaFormat::usage(m_quota);
}
QString QuotaBar::percentText() const
{
    return QuotaFormat::percent(m_quota);
}
QString QuotaBar::levelText() const
{
    const QString level = QuotaFormat::levelName(QuotaFormat::levelOf(m_quota));
    return m_stale ? tr("%1 (stale)").arg(level) : level;
}
QString QuotaBar::countdownText() const
{
    return QuotaFormat::countdown(m_quota.resetAt, m_now);
}

void QuotaBar::refreshTexts()
{
    const QuotaLevel level = QuotaFormat::levelOf(m_quota);
    m_title->setText(QuotaFormat::title(m_quota));
    m_icon->setPixmap(LevelStyle::icon(level, palette()).pixmap(16, 16));
    const QString levelText = this->levelText();
    m_level->setText(levelText);
    m_meter->setValue(m_quota.percentUsed(), level);
    m_percent->setText(percentText());
    m_usage->setText(usageText());
    m_countdown->setText(countdownText());
    setAccessibleName(QuotaFormat::title(m_quota));
    setAccessibleDescription(
        tr("%1, %2, %3, %4").arg(usageText(), percentText(), levelText, countdownText()));
    m_meter->setAccessibleName(tr("%1 meter").arg(QuotaFormat::title(m_quota)));
}

void QuotaBar::setForecast(const std::optional<Forecast> &forecast)
{
    m_forecastValue = forecast;
    const QString text = forecastText();
    m_forecast->setText(text);
    m_forecast->setVisible(!text.isEmpty());
}

QString QuotaBar::forecastText() const
{
    if (!m_forecastValue || m_forecastValue->ratePerHour <= 0 || m_quota.unlimited())
        return {};
    const Forecast &f = *m_forecastValue;
    const QString rate =
        tr("%1 an hour")
            .arg(QuotaFormat::amount(std::round(f.ratePerHour * 100) / 100, m_quota.unit));
    if (f.exhaustion && f.beforeReset)
        return tr("\u2197 At %1, runs out at %2, before the reset.")
            .arg(rate, QLocale().toString(f.exhaustion->toLocalTime(), QLocale::ShortFormat));
    return tr("\u2197 At %1, lasts past the reset.").arg(rate);
}

void QuotaBar::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Alert &thresholds for this quota\u2026"), this,
                   [this] { Q_EMIT thresholdsRequested(m_quota.id); });
    menu.exec(event->globalPos());
}

void QuotaBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshTexts(); // icons are drawn for the palette
}

} // namespace qw
