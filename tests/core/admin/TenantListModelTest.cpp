#include "core/admin/TenantListModel.h"

#include "core/format/QuotaFormat.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace qw;

namespace {

TenantSummary tenant(const QString &id, const QString &name, double percent)
{
    TenantSummary t;
    t.id = id;
    t.name = name;
    t.tier = QStringLiteral("pro");
    t.status = percent >= 100 ? QuotaLevel::Exceeded : QuotaLevel::Ok;
    t.maxPercent = percent;
    return t;
}

// A server stand-in: records each request and lets the test answer it when it chooses.
struct FakeSource {
    struct Request {
        TenantQuery query;
        QString cursor;
        TenantListModel::PageCallback callback;
    };
    QList<Request> requests;

    TenantListModel::PageSource source()
    {
        return [this](const TenantQuery &q, const QString &cursor, QObject *,
                      TenantListModel::PageCallback cb) {
            requests.append({q, cursor, std::move(cb)});
        };
    }
    void answer(int index, QList<TenantSummary> items, std::optional<QString> next)
    {
        requests[index].callback(TenantPage{std::move(items), std::move(next)});
    }
};

} // namespace

TEST(TenantListModel, FetchesMorePagesOverTheCursorOnlyWhenAsked)
{
    FakeSource server;
    TenantListModel model(server.source());
    model.setQuery({});
    ASSERT_EQ(server.requests.size(), 1);
    EXPECT_TRUE(server.requests[0].cursor.isEmpty());
    EXPECT_FALSE(model.canFetchMore()); // the first page is still on its way

    server.answer(0, {tenant(QStringLiteral("t1"), QStringLiteral("Acme"), 90)},
                  QStringLiteral("c+2"));
    EXPECT_EQ(model.rowCount(), 1);
    ASSERT_TRUE(model.canFetchMore());
    EXPECT_EQ(server.requests.size(), 1); // nothing more until a view asks

    model.fetchMore();
    ASSERT_EQ(server.requests.size(), 2);
    EXPECT_EQ(server.requests[1].cursor, QStringLiteral("c+2"));
    model.fetchMore(); // already loading: no second request for the same page
    EXPECT_EQ(server.requests.size(), 2);
    server.answer(1, {tenant(QStringLiteral("t2"), QStringLiteral("Beta"), 10)}, std::nullopt);
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_FALSE(model.canFetchMore());
    EXPECT_EQ(model.data(model.index(1, TenantListModel::NameColumn)).toString(),
              QStringLiteral("Beta"));
    EXPECT_EQ(
        model.data(model.index(0, TenantListModel::PercentColumn), TenantListModel::PercentRole)
            .toDouble(),
        90.0);
}

TEST(TenantListModel, AnAnswerToAnOlderSearchIsDropped)
{
    FakeSource server;
    TenantListModel model(server.source());
    TenantQuery a;
    a.search = QStringLiteral("a");
    model.setQuery(a);
    TenantQuery ab;
    ab.search = QStringLiteral("ab");
    model.setQuery(ab);
    ASSERT_EQ(server.requests.size(), 2);
    EXPECT_EQ(server.requests[1].query.search, QStringLiteral("ab"));

    server.answer(1, {tenant(QStringLiteral("t9"), QStringLiteral("Abacus"), 5)}, std::nullopt);
    server.answer(0, {tenant(QStringLiteral("t1"), QStringLiteral("Alpha"), 5)}, std::nullopt);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.tenantAt(0).id, QStringLiteral("t9"));
}

TEST(TenantListModel, TypingNarrowsTheLoadedRowsAtOnceAndCaseInsensitively)
{
    FakeSource server;
    TenantListModel model(server.source());
    model.setQuery({});
    server.answer(0,
                  {tenant(QStringLiteral("t1"), QStringLiteral("Acme"), 90),
                   tenant(QStringLiteral("t2"), QStringLiteral("Beta"), 10),
                   tenant(QStringLiteral("acme-2"), QStringLiteral("Other"), 10)},
                  std::nullopt);
    model.filterLoaded(QStringLiteral("ACME"));
    ASSERT_EQ(model.rowCount(), 2); // by name and by id
    EXPECT_EQ(model.tenantAt(0).id, QStringLiteral("t1"));
    EXPECT_EQ(model.tenantAt(1).id, QStringLiteral("acme-2"));
    model.filterLoaded({});
    EXPECT_EQ(model.rowCount(), 3);
}

TEST(TenantListModel, SortingAColumnAsksTheServerAndOtherColumnsDoNot)
{
    FakeSource server;
    TenantListModel model(server.source());
    model.setQuery({});
    model.sort(TenantListModel::NameColumn);
    ASSERT_EQ(server.requests.size(), 2);
    EXPECT_EQ(server.requests[1].query.sort, TenantSort::Name);
    model.sort(TenantListModel::ActivityColumn);
    ASSERT_EQ(server.requests.size(), 3);
    EXPECT_EQ(server.requests[2].query.sort, TenantSort::Activity);
    model.sort(TenantListModel::TierColumn); // the server does not sort by tier
    EXPECT_EQ(server.requests.size(), 3);
}

TEST(TenantListModel, AFailedPageIsReportedAndStopsFetchingMore)
{
    FakeSource server;
    TenantListModel model(server.source());
    QSignalSpy failed(&model, &TenantListModel::loadFailed);
    model.setQuery({});
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = 403;
    server.requests[0].callback(e);
    EXPECT_EQ(failed.count(), 1);
    EXPECT_FALSE(model.canFetchMore());
    ASSERT_TRUE(model.lastError());
    EXPECT_EQ(model.lastError()->httpStatus, 403);
}

TEST(TenantListModel, AnExpiredCursorStartsTheListOverInsteadOfStopping)
{
    FakeSource server;
    TenantListModel model(server.source());
    model.setQuery({});
    server.answer(0, {tenant(QStringLiteral("t1"), QStringLiteral("Acme"), 90)},
                  QStringLiteral("old"));
    model.fetchMore();
    ApiError gone;
    gone.kind = ApiError::Kind::Http;
    gone.httpStatus = 410; // the server's listing behind the cursor has expired
    server.requests[1].callback(gone);
    ASSERT_EQ(server.requests.size(), 3);
    EXPECT_TRUE(server.requests[2].cursor.isEmpty());
    EXPECT_FALSE(model.lastError());
    server.answer(2,
                  {tenant(QStringLiteral("t1"), QStringLiteral("Acme"), 95),
                   tenant(QStringLiteral("t2"), QStringLiteral("Beta"), 10)},
                  std::nullopt);
    EXPECT_EQ(model.rowCount(), 2); // afresh, not appended to the stale rows
    EXPECT_EQ(model.tenantAt(0).maxPercent, 95.0);
}

TEST(TenantListModel, ThePercentColumnIsWrittenAsTheQuotaBarsWriteIt)
{
    const QLocale before;
    for (const QLocale &locale :
         {QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::German)}) {
        QLocale::setDefault(locale);
        FakeSource server;
        TenantListModel model(server.source());
        model.setQuery({});
        server.answer(0, {tenant(QStringLiteral("t1"), QStringLiteral("Acme"), 86.9)},
                      std::nullopt);
        ASSERT_EQ(model.rowCount(), 1);
        Quota quota;
        quota.used = 869;
        quota.limit = 1000;
        const QString bar = QuotaFormat::percent(quota, locale); // what QuotaBar shows
        EXPECT_EQ(model.data(model.index(0, TenantListModel::PercentColumn)).toString(), bar)
            << locale.name().toStdString();
    }
    QLocale::setDefault(before);
}
