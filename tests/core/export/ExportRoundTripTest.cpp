// Hostile strings written by the ExportWriter and read back by independent readers: Python's
// csv module (tests/core/export/read_csv.py) for CSV and QJsonDocument for JSON and NDJSON.
#include "core/domain/JsonReader.h"
#include "core/export/ExportWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;

namespace {

QList<QString> hostileStrings()
{
    return {
        QStringLiteral("say \"hi\""),
        QStringLiteral("a,b,c"),
        QStringLiteral("line\r\nbreak"),
        QStringLiteral("cr\ronly"),
        QStringLiteral("lf\nonly"),
        QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
        QStringLiteral("+1"),
        QStringLiteral("-2"),
        QStringLiteral("@x"),
        QStringLiteral("\tfirst"),
        QStringLiteral("\rfirst"),
        QStringLiteral("'already quoted"),
        QStringLiteral("emoji \U0001F600 and more"),
        QStringLiteral("\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \u202eabc"),
        QStringLiteral("nul") + QChar(u'\0') + QStringLiteral("inside"),
        QStringLiteral("lone ") + QChar(char16_t(0xd800)) + QStringLiteral(" high"),
        QStringLiteral("lone ") + QChar(char16_t(0xdc00)),
        QStringLiteral("bell\u0007 and del\u007f"),
        QStringLiteral(" padded "),
        QString(),
    };
}

QList<UsageEvent> hostileRecords()
{
    QList<UsageEvent> out;
    const QList<QString> strings = hostileStrings();
    qint64 ms = 1'795'440'900'000;
    for (qsizetype i = 0; i < strings.size(); ++i) {
        UsageEvent e;
        e.id = strings[i];
        e.timestamp = QDateTime::fromMSecsSinceEpoch(ms + i * 1001, Qt::UTC);
        e.userId = strings[(i + 1) % strings.size()];
        e.provider = strings[(i + 2) % strings.size()];
        e.model = strings[(i + 3) % strings.size()];
        e.endpoint = strings[(i + 4) % strings.size()];
        if (i % 3 != 0)
            e.method = strings[(i + 5) % strings.size()];
        e.statusCode = 100 + int(i) * 23;
        if (i % 2 == 0)
            e.responseTimeMs = 0.1 * double(i) + 1e-9;
        e.tokens = qint64(i) * 1'000'003;
        e.cost = i == 0 ? 1e-7 : 1.0 / double(i);
        out.append(e);
    }
    return out;
}

QByteArray exportRecords(const QList<UsageEvent> &records, ExportFormat format, bool bom = false)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportOptions options;
    options.format = format;
    options.utf8Bom = bom;
    ExportWriter writer(ExportKind::Records, options, buffer);
    EXPECT_TRUE(writer.begin());
    // Two pages, as the pipeline hands them over.
    const std::span<const UsageEvent> all(records);
    EXPECT_TRUE(writer.write(all.first(3)));
    EXPECT_TRUE(writer.write(all.subspan(3)));
    EXPECT_TRUE(writer.finish()) << writer.errorString().toStdString();
    EXPECT_EQ(writer.rowsWritten(), records.size());
    return buffer.data();
}

// What a CSV cell should read back as: docs/export.md's prefix dropped, a lone surrogate
// as U+FFFD (UTF-8 has no way to carry it).
QString expectedCsvText(const QString &text)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const bool pair =
            out[i].isHighSurrogate() && i + 1 < out.size() && out[i + 1].isLowSurrogate();
        if (pair)
            ++i;
        else if (out[i].isSurrogate())
            out[i] = QChar(QChar::ReplacementCharacter);
    }
    return out;
}

QString undoFormulaPrefix(const QString &cell)
{
    return cell.startsWith(u'\'') ? cell.mid(1) : cell;
}

QJsonArray readCsvWithPython(const QByteArray &csv)
{
    QTemporaryDir dir;
    EXPECT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral(QW_SOURCE_DIR "/tests/core/export/read_csv.py"), path});
    EXPECT_TRUE(python.waitForFinished(30'000));
    EXPECT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(python.readAllStandardOutput(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError);
    return doc.array();
}

std::optional<QString> optionalCell(const QString &cell)
{
    return cell.isEmpty() ? std::nullopt : std::optional<QString>(cell);
}

} // namespace

TEST(ExportRoundTrip, CsvOfHostileRecordsReadsBackEqualInPythonsCsvModule)
{
    const QList<UsageEvent> records = hostileRecords();
    for (bool bom : {false, true}) {
        SCOPED_TRACE(bom ? "with BOM" : "without BOM");
        const QJsonArray rows = readCsvWithPython(exportRecords(records, ExportFormat::Csv, bom));
        ASSERT_EQ(rows.size(), records.size() + 1);
        QStringList header;
        for (const QJsonValue &v : rows[0].toArray())
            header.append(v.toString());
        EXPECT_EQ(header, ExportWriter::columns(ExportKind::Records, {}));
        for (qsizetype i = 0; i < records.size(); ++i) {
            SCOPED_TRACE(i);
            const UsageEvent &e = records[i];
            const QJsonArray row = rows[i + 1].toArray();
            ASSERT_EQ(row.size(), 11);
            const auto text = [&](int column) { return undoFormulaPrefix(row[column].toString()); };
            const auto expectOptional = [&](int column, const std::optional<QString> &value) {
                // CSV has one empty cell for both an absent and an empty value.
                EXPECT_EQ(optionalCell(text(column)),
                          value && !value->isEmpty()
                              ? std::optional<QString>(expectedCsvText(*value))
                              : std::nullopt);
            };
            EXPECT_EQ(text(0), expectedCsvText(e.id));
            EXPECT_EQ(parseInstant(row[1].toString()), e.timestamp);
            expectOptional(2, e.userId);
            expectOptional(3, e.provider);
            expectOptional(4, e.model);
            expectOptional(5, e.endpoint);
            expectOptional(6, e.method);
            EXPECT_EQ(row[7].toString().toInt(), e.statusCode);
            if (e.responseTimeMs)
                EXPECT_EQ(row[8].toString().toDouble(), *e.responseTimeMs);
            else
                EXPECT_EQ(row[8].toString(), QString());
            EXPECT_EQ(row[9].toString().toLongLong(), e.tokens);
            EXPECT_EQ(row[10].toString().toDouble(), e.cost);
            // Numbers are written plainly, never as text: no prefix, no quotes.
            EXPECT_FALSE(row[10].toString().startsWith(u'\''));
        }
    }
}

TEST(ExportRoundTrip, JsonAndNdjsonOfHostileRecordsReadBackEqualInQJsonDocument)
{
    const QList<UsageEvent> records = hostileRecords();
    for (ExportFormat format : {ExportFormat::Json, ExportFormat::Ndjson}) {
        SCOPED_TRACE(exportFormatToString(format).toStdString());
        const QByteArray bytes = exportRecords(records, format);
        QJsonArray objects;
        if (format == ExportFormat::Json) {
            QJsonParseError error{};
            objects = QJsonDocument::fromJson(bytes, &error).array();
            ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
        } else {
            const QList<QByteArray> lines = bytes.split('\n');
            ASSERT_EQ(lines.size(), records.size() + 1); // one per record, then the last LF
            for (const QByteArray &line : lines.first(records.size())) {
                QJsonParseError error{};
                objects.append(QJsonDocument::fromJson(line, &error).object());
                ASSERT_EQ(error.error, QJsonParseError::NoError);
            }
        }
        // The output is valid UTF-8 even with lone surrogates in the input.
        EXPECT_TRUE(QString::fromUtf8(bytes).toUtf8() == bytes);
        ASSERT_EQ(objects.size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            SCOPED_TRACE(i);
            const UsageEvent &e = records[i];
            const QJsonObject o = objects[i].toObject();
            const auto optional = [&](const char *key) -> std::optional<QString> {
                const QJsonValue v = o.value(QLatin1String(key));
                return v.isNull() ? std::nullopt : std::optional<QString>(v.toString());
            };
            EXPECT_EQ(o.value(QStringLiteral("id")).toString(), e.id);
            EXPECT_EQ(parseInstant(o.value(QStringLiteral("timestamp")).toString()), e.timestamp);
            EXPECT_EQ(optional("userId"), e.userId);
            EXPECT_EQ(optional("provider"), e.provider);
            EXPECT_EQ(optional("model"), e.model);
            EXPECT_EQ(optional("endpoint"), e.endpoint);
            EXPECT_EQ(optional("method"), e.method);
            EXPECT_EQ(o.value(QStringLiteral("statusCode")).toInt(), e.statusCode);
            const QJsonValue responseTime = o.value(QStringLiteral("responseTimeMs"));
            EXPECT_EQ(responseTime.isNull() ? std::nullopt
                                            : std::optional<double>(responseTime.toDouble()),
                      e.responseTimeMs);
            EXPECT_EQ(o.value(QStringLiteral("tokens")).toInteger(), e.tokens);
            EXPECT_EQ(o.value(QStringLiteral("cost")).toDouble(), e.cost);
        }
    }
}
