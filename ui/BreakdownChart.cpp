#include "ui/BreakdownChart.h"

#include "ui/ChartPalette.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <algorithm>

namespace qw {

BreakdownChart::BreakdownChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    chart()->setAnimationOptions(QChart::NoAnimation);
    applyPalette();
}

void BreakdownChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::FontChange)
        updateBarLabels();
}

void BreakdownChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateBarLabels();
}

void BreakdownChart::applyPalette()
{
    const QPalette pal = palette();
    ChartPalette::apply(chart(), pal);
    setBackgroundBrush(pal.color(QPalette::Window));
    const QColor base = pal.color(QPalette::Base);
    const QList<QColor> colours = ChartPalette::seriesColours(base);
    for (QAbstractSeries *series : chart()->series()) {
        if (auto *donut = qobject_cast<QPieSeries *>(series)) {
            // In palette order, each edged in the card's colour so neighbours stay apart.
            const QList<QPieSlice *> slices = donut->slices();
            for (qsizetype i = 0; i < slices.size(); ++i) {
                slices[i]->setColor(colours[i % colours.size()]);
                slices[i]->setBorderColor(base);
                slices[i]->setBorderWidth(2);
                slices[i]->setLabelColor(pal.color(QPalette::Text));
            }
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                set->setColor(colours[0]);
                set->setBorderColor(colours[0]);
            }
        }
    }
}

void BreakdownChart::setData(const QString &title, QList<std::pair<QString, double>> items,
                             bool additive, ChartLabelFormat::Unit unit)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    for (auto &item : items) {
        if (item.first.isEmpty())
            item.first = tr("(none)");
    }
    if (additive && items.size() > maxItems) {
        double rest = 0;
        for (qsizetype i = maxItems - 1; i < items.size(); ++i)
            rest += items[i].second;
        items.resize(maxItems - 1);
        items.append({tr("Other"), rest});
    } else if (items.size() > maxItems) {
        items.resize(maxItems); // rates cannot be summed: show the largest only
    }
    m_shown = std::move(items);
    m_additive = additive;
    m_unit = unit;
    chart()->setTitle(title);
    rebuild();
}

void BreakdownChart::setRange(const QDateTime &from, const QDateTime &to)
{
    m_from = from;
    m_to = to;
    updateDescription();
}

void BreakdownChart::updateDescription()
{
    // What the picture shows, whichever the style: "Requests by provider, 19/11/2026 10:00 to
    // 26/11/2026 10:00: openai 40 and anthropic 20."
    const QLocale locale;
    QStringList spoken;
    for (const auto &[label, value] : m_shown)
        spoken.append(tr("%1 %2").arg(label, ChartLabelFormat::exactValue(value, m_unit, locale)));
    const QString title = chart()->title();
    const bool ranged = m_from.isValid() && m_to.isValid();
    const QString from = locale.toString(m_from.toLocalTime(), QLocale::ShortFormat);
    const QString to = locale.toString(m_to.toLocalTime(), QLocale::ShortFormat);
    QString description;
    if (spoken.isEmpty())
        description = ranged ? tr("%1, %2 to %3: no data.").arg(title, from, to)
                             : tr("%1: no data.").arg(title);
    else if (ranged)
        description =
            tr("%1, %2 to %3: %4.").arg(title, from, to, locale.createSeparatedList(spoken));
    else
        description = tr("%1: %2.").arg(title, locale.createSeparatedList(spoken));
    if (description != accessibleDescription())
        setAccessibleDescription(description);
}

void BreakdownChart::setStyle(Style style)
{
    if (style == m_style)
        return;
    m_style = style;
    rebuild();
}

void BreakdownChart::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    // removeAxis() hands ownership back, so the old axes are deleted here (LeakSanitizer
    // found them leaking on every reload).
    for (QAbstractAxis *a : c->axes()) {
        c->removeAxis(a);
        delete a;
    }
    const QLocale locale;
    updateDescription();
    if (showsDonut()) {
        auto *donut = new QPieSeries;
        donut->setHoleSize(0.45);
        double total = 0;
        for (const auto &item : m_shown)
            total += std::max(0.0, item.second);
        for (const auto &[label, value] : m_shown) {
            if (value <= 0)
                continue;
            donut->append(tr("%1 (%2 %)").arg(label, locale.toString(value * 100 / total, 'f', 0)),
                          value);
        }
        c->addSeries(donut);
        c->legend()->setAlignment(Qt::AlignRight);
        c->legend()->show();
        applyPalette();
        return;
    }
    // Horizontal bars leave room for long names (models); the largest is drawn on top.
    auto *bars = new QHorizontalBarSeries;
    auto *set = new QBarSet(c->title());
    for (auto it = m_shown.crbegin(); it != m_shown.crend(); ++it)
        *set << it->second;
    bars->append(set);
    c->addSeries(bars);
    connect(bars, &QHorizontalBarSeries::hovered, this,
            [this](bool entered, int index, QBarSet *) { showBarTip(entered, index); });
    auto *categoryAxis = new QBarCategoryAxis;
    c->addAxis(categoryAxis, Qt::AlignLeft);
    bars->attachAxis(categoryAxis);
    auto *valueAxis = new QCategoryAxis;
    valueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    c->addAxis(valueAxis, Qt::AlignBottom);
    bars->attachAxis(valueAxis);
    c->legend()->hide(); // one set: the title names it
    updateBarLabels();
    applyPalette();
}

void BreakdownChart::updateBarLabels()
{
    if (showsDonut() || chart()->axes().size() != 2)
        return;
    QBarCategoryAxis *categoryAxis = nullptr;
    QCategoryAxis *valueAxis = nullptr;
    for (QAbstractAxis *axis : chart()->axes()) {
        if (auto *a = qobject_cast<QBarCategoryAxis *>(axis))
            categoryAxis = a;
        else if (auto *v = qobject_cast<QCategoryAxis *>(axis))
            valueAxis = v;
    }
    if (!categoryAxis || !valueAxis)
        return;
    // Names get a third of the width (at least 80 px); a longer one loses its middle, where
    // model names differ least ("claude-3-5-sonnet-20241022" -> "claude-3-5…241022").
    const QFontMetrics metrics(categoryAxis->labelsFont());
    const int room = std::max(80, width() / 3);
    QStringList categories;
    for (auto it = m_shown.crbegin(); it != m_shown.crend(); ++it) {
        QString label = metrics.elidedText(it->first, Qt::ElideMiddle, room);
        // Categories must differ: two names alike at both ends keep their full text.
        if (categories.contains(label))
            label = it->first;
        categories << label;
    }
    if (categories != categoryAxis->categories()) {
        categoryAxis->clear();
        categoryAxis->append(categories);
    }
    double top = 0;
    for (const auto &item : m_shown)
        top = std::max(top, item.second);
    // About one label per 90 px of width, on a 1-2-5 step, as people write the unit.
    const int maxTicks = std::clamp(width() / 90, 2, 8);
    const QList<double> ticks = ChartLabelFormat::niceTicks(0, top > 0 ? top : 1, maxTicks);
    const QStringList labels = ChartLabelFormat::axisLabels(ticks, m_unit);
    if (labels != valueAxis->categoriesLabels() || valueAxis->max() != ticks.last()) {
        for (const QString &old : valueAxis->categoriesLabels())
            valueAxis->remove(old);
        valueAxis->setRange(ticks.first(), ticks.last());
        valueAxis->setStartValue(ticks.first());
        for (qsizetype i = 0; i < ticks.size(); ++i)
            valueAxis->append(labels[i], ticks[i]);
    }
}

QStringList BreakdownChart::categoryLabels() const
{
    for (QAbstractAxis *axis : chart()->axes()) {
        if (auto *a = qobject_cast<QBarCategoryAxis *>(axis))
            return a->categories();
    }
    return {};
}

QStringList BreakdownChart::valueLabels() const
{
    for (QAbstractAxis *axis : chart()->axes()) {
        if (auto *v = qobject_cast<QCategoryAxis *>(axis))
            return v->categoriesLabels();
    }
    return {};
}

void BreakdownChart::showBarTip(bool entered, int index)
{
    // The bar set lists the items smallest first (the axis draws the largest on top).
    const qsizetype item = m_shown.size() - 1 - index;
    if (!entered || item < 0 || item >= m_shown.size()) {
        QToolTip::hideText();
        return;
    }
    const auto &[label, value] = m_shown[item];
    QToolTip::showText(QCursor::pos(),
                       tr("%1: %2").arg(label, ChartLabelFormat::exactValue(value, m_unit)), this);
}

} // namespace qw
