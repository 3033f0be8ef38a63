// The daily export with an injected clock, against a records-only server written from the
// contract: catch-up after days away, one file per day, failures retried without a trace.
#include "core/export/ExportSchedule.h"

#include "core/auth/CredentialStore.h"
#include "core/auth/Session.h"
#include "core/domain/JsonReader.h"
#include "core/net/ApiClient.h"
#include "core/settings/Settings.h"
#include "core/util/Clock.h"
#include "tests/support/RecordsOnlyServer.h"
#include "tests/support/Wait.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::test;

namespace {

QDateTime utc(int day, int h, int mi = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(h, mi), Qt::UTC);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

class ExportScheduleTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QList<QJsonObject> records;
        // Two records a day on the 20th to the 22nd, one just after midnight on the 23rd.
        for (const QDateTime &t : {utc(20, 10), utc(20, 23, 59), utc(21, 0), utc(21, 12),
                                   utc(22, 8), utc(22, 9), utc(23, 0, 10)})
            records.append(QJsonObject{{QStringLiteral("id"), t.toString(Qt::ISODate)},
                                       {QStringLiteral("timestamp"), formatInstant(t)},
                                       {QStringLiteral("statusCode"), 200},
                                       {QStringLiteral("tokens"), 1},
                                       {QStringLiteral("cost"), 0}});
        server.setRecords(records);
        ASSERT_TRUE(server.start());
        api.setBaseUrl(server.url());
        QSignalSpy in(&session, &Session::signedIn);
        session.signIn(QStringLiteral("r@r.test"), QStringLiteral("pw"), false);
        ASSERT_TRUE(waitUntil([&] { return in.count() == 1; }, 10000));
        folder = dir.filePath(QStringLiteral("exports"));
        settings.setScheduledExport(true, folder, QDate(2026, 11, 21)); // from the 20th
        schedule.setTimeZone(QTimeZone::utc());
        schedule.setTenant(QStringLiteral("t_records"));
    }

    QString fileFor(int day) const
    {
        return QDir(folder).filePath(
            ExportSchedule::fileNameFor(QStringLiteral("t_records"), QDate(2026, 11, day)));
    }
    QStringList files() const { return QDir(folder).entryList(QDir::Files | QDir::Hidden); }
    // Runs a check and waits until nothing is being exported any more.
    void checkAndSettle()
    {
        schedule.check();
        ASSERT_TRUE(waitUntil([&] { return !schedule.isExporting(); }, 20000));
    }

    QTemporaryDir dir;
    QString folder;
    RecordsOnlyServer server;
    ManualClock clock{utc(23, 0, 30)};
    QNetworkAccessManager nam;
    ApiClient api{&nam, clock};
    MemoryCredentialStore credentials;
    Session session{api, credentials, clock};
    QSettings store{dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat};
    Settings settings{store};
    ExportSchedule schedule{session, settings, clock};
};

} // namespace

TEST_F(ExportScheduleTest, DaysMissedAreCaughtUpOldestFirstEachInAFileOfItsOwn)
{
    QSignalSpy exported(&schedule, &ExportSchedule::exported);
    EXPECT_EQ(schedule.dueDays(),
              (QList<QDate>{QDate(2026, 11, 20), QDate(2026, 11, 21), QDate(2026, 11, 22)}));
    checkAndSettle();
    ASSERT_EQ(exported.count(), 3);
    EXPECT_EQ(exported.at(0).at(0).toDate(), QDate(2026, 11, 20));
    EXPECT_EQ(exported.at(2).at(0).toDate(), QDate(2026, 11, 22));
    EXPECT_EQ(files(), (QStringList{QStringLiteral("quotawatch-t_records-2026-11-20.csv"),
                                    QStringLiteral("quotawatch-t_records-2026-11-21.csv"),
                                    QStringLiteral("quotawatch-t_records-2026-11-22.csv")}));
    // Each day holds its own records: the 20th's last second in, the 21st's midnight out.
    const QList<QByteArray> day20 = readFile(fileFor(20)).trimmed().split('\n');
    ASSERT_EQ(day20.size(), 3);
    EXPECT_TRUE(day20.at(2).contains("2026-11-20T23:59:00.000Z"));
    EXPECT_EQ(readFile(fileFor(21)).trimmed().split('\n').size(), 3);
    EXPECT_EQ(settings.scheduledExportLastDay(), QDate(2026, 11, 22));

    // Until the next midnight nothing more is due, and nothing is asked of the server.
    const int requests = server.requests("/api/usage/records");
    clock.set(utc(23, 23, 59));
    EXPECT_TRUE(schedule.dueDays().isEmpty());
    checkAndSettle();
    EXPECT_EQ(server.requests("/api/usage/records"), requests);
    clock.set(utc(24, 0, 1));
    EXPECT_EQ(schedule.dueDays(), QList<QDate>{QDate(2026, 11, 23)});
}

TEST_F(ExportScheduleTest, AFileAlreadyThereIsNeitherOverwrittenNorDoubled)
{
    ASSERT_TRUE(QDir().mkpath(folder));
    {
        QFile mine(fileFor(21));
        ASSERT_TRUE(mine.open(QIODevice::WriteOnly));
        mine.write("my own edits\n");
    }
    checkAndSettle();
    EXPECT_EQ(readFile(fileFor(21)), "my own edits\n");
    EXPECT_EQ(files().size(), 3);
    // A second check, and one while nothing is due, change nothing.
    checkAndSettle();
    EXPECT_EQ(files().size(), 3);
    EXPECT_EQ(readFile(fileFor(21)), "my own edits\n");
}

TEST_F(ExportScheduleTest, AFailedDayLeavesNoFileAndIsTriedAgainAtTheNextCheck)
{
    server.setRecordsFault(0, {400, {}, false});
    QSignalSpy failed(&schedule, &ExportSchedule::failed);
    checkAndSettle();
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.at(0).at(0).toDate(), QDate(2026, 11, 20));
    EXPECT_TRUE(files().isEmpty());
    EXPECT_EQ(settings.scheduledExportLastDay(), QDate(2026, 11, 19));

    checkAndSettle();
    EXPECT_EQ(files().size(), 3);
    EXPECT_EQ(settings.scheduledExportLastDay(), QDate(2026, 11, 22));
}

TEST_F(ExportScheduleTest, OffOrSignedOutNothingIsDueAndCatchUpIsBounded)
{
    settings.setScheduledExport(false, folder, QDate(2026, 11, 23));
    EXPECT_TRUE(schedule.dueDays().isEmpty());
    settings.setScheduledExport(true, folder, QDate(2026, 11, 23));
    EXPECT_EQ(schedule.dueDays(), QList<QDate>{QDate(2026, 11, 22)}); // turned on: yesterday
    schedule.setTenant({});
    EXPECT_TRUE(schedule.dueDays().isEmpty());
    schedule.setTenant(QStringLiteral("t_records"));
    settings.setScheduledExportLastDay(QDate(2026, 5, 1)); // months away
    const QList<QDate> due = schedule.dueDays();
    ASSERT_EQ(due.size(), ExportSchedule::maxCatchUpDays);
    EXPECT_EQ(due.last(), QDate(2026, 11, 22));
}
