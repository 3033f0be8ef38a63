#pragma once

#include "ui/ChartLabelFormat.h"

#include <QChartView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <utility>

namespace qw {

// One breakdown (per provider, per model) as bars or as a donut. Beyond `maxItems` the
// smallest entries are summed into "Other", so either style stays readable. The donut's
// legend carries each share as text, so colour is never the only way to tell slices apart.
// Bars: values labelled as people write them ("1.5 M", "$12"); names too long for a third
// of the width elided in the middle, the full name and exact value in the bar's tooltip.
class BreakdownChart final : public QChartView {
    Q_OBJECT
public:
    enum class Style { Bars, Donut };
    static constexpr int maxItems = 8;

    explicit BreakdownChart(QWidget *parent = nullptr);

    // Items largest first or not; they are shown largest first. additive: whether the values
    // may be summed (requests, tokens, cost); a donut of rates or averages means nothing,
    // so those are always drawn as bars.
    void setData(const QString &title, QList<std::pair<QString, double>> items, bool additive,
                 ChartLabelFormat::Unit unit);
    // The time range the breakdown covers, named in the accessible description; invalid
    // times leave it out.
    void setRange(const QDateTime &from, const QDateTime &to);
    std::pair<QDateTime, QDateTime> range() const { return {m_from, m_to}; }
    void setStyle(Style style);
    Style style() const { return m_style; }
    // What is drawn: after sorting and folding into "Other"; exposed for tests.
    const QList<std::pair<QString, double>> &shownItems() const { return m_shown; }
    ChartLabelFormat::Unit unit() const { return m_unit; }
    bool showsDonut() const { return m_style == Style::Donut && m_additive; }
    // The bars' category labels (largest last, as the axis lists them) and value labels.
    QStringList categoryLabels() const;
    QStringList valueLabels() const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void updateBarLabels(); // category elision and value ticks, which follow the width
    void showBarTip(bool entered, int index);
    void applyPalette(); // the application's colours, and the series palette on its Base
    // For screen readers: the metric, the range and every value shown.
    void updateDescription();

    QList<std::pair<QString, double>> m_shown;
    bool m_additive = true;
    ChartLabelFormat::Unit m_unit = ChartLabelFormat::Unit::Count;
    Style m_style = Style::Bars;
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace qw
