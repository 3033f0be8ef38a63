#pragma once

#include "core/alerts/BurnRateForecast.h"
#include "core/domain/Quota.h"

#include <QFrame>

class QLabel;

namespace qw {

class QuotaMeter;

// One quota: its scope, the meter, used / limit with units, percent, the level as icon and
// word, and the countdown to reset. Focusable, with an accessible name and description that
// read the whole line.
class QuotaBar final : public QFrame {
    Q_OBJECT
public:
    explicit QuotaBar(QWidget *parent = nullptr);

    void setQuota(const Quota &quota);
    void setStale(bool stale);
    // Re-reads the countdown against now; cheap, called every second while visible.
    void tick(const QDateTime &now);
    void setForecast(const std::optional<Forecast> &forecast);
    QString forecastText() const;

    const Quota &quota() const { return m_quota; }
    bool isStale() const { return m_stale; }
    QString usageText() const;
    QString percentText() const;
    QString levelText() const;
    QString countdownText() const;
    // "42 % used, 61 % of the day gone"; empty without a limit or a reset.
    QString paceText() const;
    // The forecast says the quota runs out before its reset, with confidence.
    bool isAtRisk() const;
    // The title as shown: long provider/model names are elided in the middle.
    QString shownTitle() const;

Q_SIGNALS:
    void thresholdsRequested(const QString &quotaId);

protected:
    void changeEvent(QEvent *event) override;
    // A visible focus frame: keyboard users see which bar Tab reached.
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void elideTitle();
    void refreshTexts();

    Quota m_quota;
    bool m_stale = false;
    QDateTime m_now;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_level;
    QuotaMeter *m_meter;
    QLabel *m_percent;
    QLabel *m_usage;
    QLabel *m_countdown;
    QLabel *m_forecast;
    QLabel *m_pace;
    QString m_fullTitle; // the title before eliding; shown whole in the tooltip when cut
    std::optional<Forecast> m_forecastValue;
};

} // namespace qw
