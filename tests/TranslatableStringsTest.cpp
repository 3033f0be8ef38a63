#include "core/alerts/AlertEngine.h"
#include "core/format/QuotaFormat.h"
#include "core/net/ApiError.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace qw;

namespace {

// (context, source) pairs in a Qt Linguist .ts file.
QSet<QPair<QString, QString>> messagesIn(const QString &tsPath)
{
    QSet<QPair<QString, QString>> out;
    QFile f(tsPath);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QStringLiteral("name"))
            context = xml.readElementText();
        else if (xml.name() == QStringLiteral("source"))
            out.insert({context, xml.readElementText()});
    }
    return out;
}

// Answers every lookup with a marked copy, and remembers the contexts asked for.
class MarkingTranslator final : public QTranslator {
public:
    QString translate(const char *context, const char *source, const char *, int n) const override
    {
        contexts.insert(QString::fromUtf8(context));
        QString text = QString::fromUtf8(source);
        if (text == QStringLiteral("At the current rate, %1 runs out at %2, %3 before it resets."))
            return QStringLiteral("[%3 early: %1 empty at %2]"); // another word order
        if (text == QStringLiteral("%1 h %2 min"))
            return QStringLiteral("%1 Std. %2 Min.");
        Q_UNUSED(n)
        return text;
    }
    bool isEmpty() const override { return false; }
    mutable QSet<QString> contexts;
};

} // namespace

// lupdate reads the sources, not the binary: a tr() it cannot see (a free function named tr,
// a lambda) is a string no translator is ever given.
TEST(TranslatableStrings, LupdateExtractsTheFrontEndsStringsUnderTheirRuntimeContexts)
{
    QTemporaryDir dir;
    const QString ts = dir.filePath(QStringLiteral("quotawatch.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(QW_LUPDATE_EXE),
                  {QStringLiteral(QW_SOURCE_DIR "/core"), QStringLiteral(QW_SOURCE_DIR "/ui"),
                   QStringLiteral(QW_SOURCE_DIR "/cli"), QStringLiteral("-I"),
                   QStringLiteral(QW_SOURCE_DIR), QStringLiteral("-extensions"),
                   QStringLiteral("cpp,h"), QStringLiteral("-silent"), QStringLiteral("-ts"), ts});
    ASSERT_TRUE(lupdate.waitForFinished(60000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
    const auto messages = messagesIn(ts);
    ASSERT_GT(messages.size(), 100);
    const QString format = QStringLiteral("qw::QuotaFormat");
    EXPECT_TRUE(messages.contains({format, QStringLiteral("resets in %1")}));
    EXPECT_TRUE(messages.contains({format, QStringLiteral("no reset")}));
    EXPECT_TRUE(messages.contains({format, QStringLiteral("Daily")}));
    EXPECT_TRUE(messages.contains(
        {QStringLiteral("qw::ApiError"), QStringLiteral("The server cannot be reached.")}));
    EXPECT_TRUE(messages.contains({QStringLiteral("qw::MainWindow"), QStringLiteral("&Quotas")}));
    EXPECT_TRUE(messages.contains(
        {QStringLiteral("qw::AlertEngine"),
         QStringLiteral("At the current rate, %1 runs out at %2, %3 before it resets.")}));

    // The contexts the code asks for at run time are the ones lupdate wrote.
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    QuotaFormat::countdown(now.addSecs(90), now);
    ApiError{}.userMessage();
    QCoreApplication::removeTranslator(&translator);
    EXPECT_TRUE(translator.contexts.contains(format));
    EXPECT_TRUE(translator.contexts.contains(QStringLiteral("qw::ApiError")));
}

TEST(TranslatableStrings, AForecastAlertIsOneTranslatedSentenceWithTranslatedParts)
{
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
    AlertEngine engine(clock);
    engine.setTimeZone(QTimeZone::utc());
    UsageStatus s;
    s.quotas = {Quota{QStringLiteral("daily.tokens"),
                      QStringLiteral("tokens"),
                      QStringLiteral("tokens"),
                      QStringLiteral("daily"),
                      {},
                      {},
                      40,
                      100.0,
                      40.0,
                      QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC)}};
    Forecast f;
    f.exhaustion = QDateTime(QDate(2026, 11, 23), QTime(16, 40), Qt::UTC);
    f.beforeReset = true;
    f.confidence = Forecast::Confidence::Medium;
    const auto events = engine.evaluate(s, {{QStringLiteral("daily.tokens"), f}});
    QCoreApplication::removeTranslator(&translator);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.at(0).message,
              QStringLiteral("[7 Std. 20 Min. early: Daily tokens empty at %1]")
                  .arg(QLocale().toString(QTime(16, 40), QLocale::ShortFormat)));
}
