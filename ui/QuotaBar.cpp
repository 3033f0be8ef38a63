#include "ui/QuotaBar.h"

#include "core/format/QuotaFormat.h"
#include "ui/LevelStyle.h"
#include "ui/QuotaMeter.h"
#include "ui/SecondaryText.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QVBoxLayout>
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
    , m_pace(new QLabel(this))
{
    setFocusPolicy(Qt::StrongFocus); // Tab reaches every bar; screen readers read it whole
    setFrameShape(QFrame::StyledPanel);
    // Never squeezed below its lines: a short window scrolls the list instead of cutting text.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    // The title gives way first when the bar is narrow, and is elided (see elideTitle()).
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setMinimumWidth(80);
    m_percent->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // One width for every bar's percent (wider only past 999 %), so the bars line up.
    m_percent->setMinimumWidth(
        m_percent->fontMetrics().horizontalAdvance(QStringLiteral("100.0 %__")));
    m_percent->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_level->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_countdown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    // Rows of their own, so every bar in the list has the same length whatever the texts
    // beside and under it (a grid let a long countdown widen the percent's column).
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(10, 8, 10, 8);
    rows->setSpacing(4);
    auto *head = new QHBoxLayout;
    head->setSpacing(8);
    head->addWidget(m_icon);
    head->addWidget(m_title, 1);
    head->addWidget(m_level);
    auto *meter = new QHBoxLayout;
    meter->setSpacing(8);
    meter->addWidget(m_meter, 1);
    meter->addWidget(m_percent);
    auto *details = new QHBoxLayout;
    details->setSpacing(8);
    details->addWidget(m_usage);
    details->addStretch(1);
    details->addWidget(m_countdown);
    rows->addLayout(head);
    rows->addLayout(meter);
    rows->addLayout(details);
    rows->addWidget(m_forecast);
    rows->addWidget(m_pace);
    m_forecast->setWordWrap(true);
    m_forecast->hide();
    m_pace->hide();
    for (QLabel *secondary : {m_countdown, m_forecast, m_pace})
        SecondaryText::apply(secondary); // grey, but at 4.5:1 or better
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
    const QString pace = paceText();
    if (pace != m_pace->text())
        m_pace->setText(pace);
    m_pace->setVisible(!pace.isEmpty());
}

QString QuotaBar::paceText() const
{
    return QuotaFormat::pace(m_quota, m_now);
}

bool QuotaBar::isAtRisk() const
{
    return m_forecastValue && m_forecastValue->atRisk() && !m_quota.unlimited() &&
           QuotaFormat::levelOf(m_quota) != QuotaLevel::Exceeded;
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
    QString level = QuotaFormat::levelName(QuotaFormat::levelOf(m_quota));
    if (isAtRisk())
        level = tr("%1, at risk").arg(level);
    return m_stale ? tr("%1 (stale)").arg(level) : level;
}
QString QuotaBar::countdownText() const
{
    return QuotaFormat::countdown(m_quota.resetAt, m_now);
}

void QuotaBar::refreshTexts()
{
    const QuotaLevel level = QuotaFormat::levelOf(m_quota);
    m_fullTitle = QuotaFormat::title(m_quota);
    elideTitle();
    // At risk is never shown as a plain OK: the warning icon, and the words, say so.
    const QuotaLevel shown = isAtRisk() && level == QuotaLevel::Ok ? QuotaLevel::Warning : level;
    m_icon->setPixmap(LevelStyle::icon(shown, palette()).pixmap(16, 16));
    const QString levelText = this->levelText();
    m_level->setText(levelText);
    // The word in the level's colour, which reads at 4.5:1 on this palette's window. Only
    // that role is the label's own: the rest follows the bar through theme changes.
    QPalette levelInk;
    levelInk.setColor(QPalette::WindowText, LevelStyle::color(shown, palette()));
    m_level->setPalette(levelInk);
    m_meter->setValue(m_quota.percentUsed(), level);
    m_percent->setText(percentText());
    m_usage->setText(usageText());
    m_countdown->setText(countdownText());
    m_pace->setText(paceText());
    m_pace->setVisible(!m_pace->text().isEmpty());
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
    refreshTexts(); // the level says "at risk" when the forecast does
}

QString QuotaBar::forecastText() const
{
    if (!m_forecastValue || m_forecastValue->confidence == Forecast::Confidence::None ||
        m_forecastValue->ratePerHour <= 0 || m_quota.unlimited())
        return {};
    const Forecast &f = *m_forecastValue;
    const QString rate = QuotaFormat::rate(m_quota, f.ratePerHour);
    if (f.confidence == Forecast::Confidence::Low)
        return tr("\u2197 About %1; too irregular to forecast.").arg(rate);
    if (f.atRisk()) {
        const QDateTime local = f.exhaustion->toLocalTime();
        const QString at = local.date() == m_now.toLocalTime().date()
                               ? QLocale().toString(local.time(), QLocale::ShortFormat)
                               : QLocale().toString(local, QLocale::ShortFormat);
        return tr("\u2197 At %1, runs out at %2, before the reset.").arg(rate, at);
    }
    return tr("\u2197 At %1, lasts past the reset.").arg(rate);
}

void QuotaBar::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Alert &thresholds for this quota\u2026"), this,
                   [this] { Q_EMIT thresholdsRequested(m_quota.id); });
    menu.exec(event->globalPos());
}

QString QuotaBar::shownTitle() const
{
    return m_title->text();
}

void QuotaBar::elideTitle()
{
    // In the middle: "Monthly tokens · openai/gpt-4…-preview" keeps both ends readable.
    const int width = std::max(40, m_title->width());
    const QString shown = m_title->fontMetrics().elidedText(m_fullTitle, Qt::ElideMiddle, width);
    m_title->setText(shown);
    m_title->setToolTip(shown == m_fullTitle ? QString() : m_fullTitle);
}

void QuotaBar::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    elideTitle();
}

void QuotaBar::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!hasFocus())
        return;
    // Drawn as the style draws focus, and thick enough to see on any palette.
    QPainter painter(this);
    QPen pen(palette().color(QPalette::Highlight), 2);
    painter.setPen(pen);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
}

void QuotaBar::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    update();
}

void QuotaBar::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    update();
}

void QuotaBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (QLabel *secondary : {m_countdown, m_forecast, m_pace})
            SecondaryText::apply(secondary);
        refreshTexts(); // icons are drawn for the palette
    }
}

} // namespace qw
