// The Tenants view at 10,000 tenants, offscreen: what one keystroke in the search field
// costs before the next frame (the loaded rows narrowed at once, then the table repainted;
// the server is asked only after the debounce), and one page of scrolling. The target for
// each is one frame: 16 ms.
#include "core/admin/TenantListModel.h"
#include "ui/TenantsView.h"

#include <QApplication>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <benchmark/benchmark.h>

using namespace qw;

namespace {

constexpr int tenantCount = 10000;

QList<TenantSummary> makeTenants()
{
    QList<TenantSummary> tenants;
    tenants.reserve(tenantCount);
    for (int i = 0; i < tenantCount; ++i) {
        TenantSummary t;
        t.id = QStringLiteral("tenant-%1").arg(i, 5, 10, QLatin1Char('0'));
        t.name = QStringLiteral("Customer %1 Ltd").arg(i * 7919 % 100000);
        t.tier = i % 3 == 0 ? QStringLiteral("free") : QStringLiteral("pro");
        const double percent = (i * 37) % 120;
        t.maxPercent = percent;
        t.status = percent >= 100  ? QuotaLevel::Exceeded
                   : percent >= 90 ? QuotaLevel::Critical
                   : percent >= 75 ? QuotaLevel::Warning
                                   : QuotaLevel::Ok;
        t.lastActivity = QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC).addSecs(i * 60);
        t.userCount = i % 5;
        tenants.append(t);
    }
    return tenants;
}

// Answers the first page at once with every tenant: all 10,000 rows are loaded.
TenantListModel::PageSource allAtOnce()
{
    static const QList<TenantSummary> tenants = makeTenants();
    return [](const TenantQuery &, const QString &, QObject *, TenantListModel::PageCallback cb) {
        cb(TenantPage{tenants, std::nullopt});
    };
}

// What a user types, one character at a time, then deletes again.
const QStringList keystrokes = [] {
    const QString word = QStringLiteral("customer 12");
    QStringList steps;
    for (int i = 1; i <= word.size(); ++i)
        steps << word.left(i);
    for (int i = word.size() - 1; i >= 0; --i)
        steps << word.left(i);
    return steps;
}();

void BM_KeystrokeFilterModel(benchmark::State &state)
{
    TenantListModel model(allAtOnce());
    model.setQuery({});
    qsizetype step = 0;
    for (auto _ : state) {
        model.filterLoaded(keystrokes[step++ % keystrokes.size()]);
        benchmark::DoNotOptimize(model.rowCount());
    }
    state.counters["rows"] = tenantCount;
}
BENCHMARK(BM_KeystrokeFilterModel)->Unit(benchmark::kMillisecond);

void BM_KeystrokeFilterAndRepaint(benchmark::State &state)
{
    TenantListModel model(allAtOnce());
    TenantsView view(model, true);
    view.resize(980, 640);
    view.show();
    view.start();
    QLineEdit *search = view.searchField();
    qsizetype step = 0;
    for (auto _ : state) {
        // As typed: textEdited narrows the rows; then the frame is painted.
        search->setText(keystrokes[step % keystrokes.size()]);
        Q_EMIT search->textEdited(keystrokes[step++ % keystrokes.size()]);
        view.table()->viewport()->repaint();
        QCoreApplication::processEvents();
    }
    state.counters["rows"] = tenantCount;
}
BENCHMARK(BM_KeystrokeFilterAndRepaint)->Unit(benchmark::kMillisecond);

void BM_ScrollOnePageAndRepaint(benchmark::State &state)
{
    TenantListModel model(allAtOnce());
    TenantsView view(model, true);
    view.resize(980, 640);
    view.show();
    view.start();
    QScrollBar *bar = view.table()->verticalScrollBar();
    for (auto _ : state) {
        const int next = bar->value() + bar->pageStep();
        bar->setValue(next > bar->maximum() ? 0 : next);
        view.table()->viewport()->repaint();
        QCoreApplication::processEvents();
    }
    state.counters["rows"] = tenantCount;
}
BENCHMARK(BM_ScrollOnePageAndRepaint)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
