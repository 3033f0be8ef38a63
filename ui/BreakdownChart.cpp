#include "ui/BreakdownChart.h"

#include "ui/ChartPalette.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>
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
                             bool additive, int decimals)
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
    m_decimals = decimals;
    chart()->setTitle(title);
    rebuild();
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
    // What the picture shows, for screen readers: "Requests by provider: openai 40, ...".
    QStringList spoken;
    for (const auto &[label, value] : m_shown)
        spoken.append(tr("%1 %2").arg(label, locale.toString(value, 'f', m_decimals)));
    setAccessibleDescription(
        c->title() + QStringLiteral(": ") +
        (spoken.isEmpty() ? tr("no data") : spoken.join(QStringLiteral(", "))));
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
    QStringList categories;
    double top = 0;
    for (auto it = m_shown.crbegin(); it != m_shown.crend(); ++it) {
        *set << it->second;
        categories << it->first;
        top = std::max(top, it->second);
    }
    bars->append(set);
    c->addSeries(bars);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    c->addAxis(categoryAxis, Qt::AlignLeft);
    bars->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, top > 0 ? top * 1.08 : 1);
    valueAxis->setLabelFormat(QStringLiteral("%.%1f").arg(m_decimals));
    c->addAxis(valueAxis, Qt::AlignBottom);
    bars->attachAxis(valueAxis);
    valueAxis->applyNiceNumbers();
    c->legend()->hide(); // one set: the title names it
    applyPalette();
}

} // namespace qw
