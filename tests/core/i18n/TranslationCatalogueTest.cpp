// The checked-in German and French catalogues against what lupdate extracts from the sources
// now: every string present and finished in both, nothing obsolete, and every placeholder
// (%1, %n, %Ln) kept in every translation, plural forms included.
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // the <translation> element's type: "" when finished
    QStringList forms;
};

QString keyOf(const Message &m)
{
    return m.context + u'\x1f' + m.source + u'\x1f' + m.comment;
}

// Every message of a .ts file, keyed by context, source and disambiguation.
QHash<QString, Message> readCatalogue(const QString &path, QString *error)
{
    QHash<QString, Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QStringLiteral("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QStringLiteral("message")) {
                inMessage = true;
                m = Message{};
                m.context = context;
                m.numerus =
                    xml.attributes().value(QStringLiteral("numerus")) == QStringLiteral("yes");
            } else if (name == QStringLiteral("source")) {
                m.source = xml.readElementText();
            } else if (name == QStringLiteral("comment")) {
                m.comment = xml.readElementText();
            } else if (name == QStringLiteral("translation")) {
                m.type = xml.attributes().value(QStringLiteral("type")).toString();
                if (!m.numerus)
                    m.forms << xml.readElementText();
            } else if (name == QStringLiteral("numerusform")) {
                m.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QStringLiteral("message")) {
            inMessage = false;
            out.insert(keyOf(m), m);
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return out;
}

// %1 … %99, %n and their %L forms: what .arg() and tr()'s plural fill in.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

// What lupdate extracts from the front-end sources today, into a fresh catalogue.
QHash<QString, Message> extractedNow(QTemporaryDir &dir, QString *error)
{
    const QString ts = dir.filePath(QStringLiteral("now.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(QW_SOURCE_DIR));
    lupdate.start(QStringLiteral(QW_LUPDATE_EXE),
                  {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("cli"),
                   QStringLiteral("app"), QStringLiteral("-I"), QStringLiteral("."),
                   QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                   QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-silent"), QStringLiteral("-ts"), ts});
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
        *error = QStringLiteral("lupdate failed: ") +
                 QString::fromLocal8Bit(lupdate.readAllStandardError());
        return {};
    }
    return readCatalogue(ts, error);
}

class TranslationCatalogue : public ::testing::TestWithParam<const char *> {};

} // namespace

TEST_P(TranslationCatalogue, HasEverySourceStringFinishedWithItsPlaceholdersAndNothingObsolete)
{
    QTemporaryDir dir;
    QString error;
    const auto now = extractedNow(dir, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_GT(now.size(), 400);
    const QString path = QStringLiteral(QW_SOURCE_DIR "/translations/quotawatch_%1.ts")
                             .arg(QString::fromUtf8(GetParam()));
    const auto catalogue = readCatalogue(path, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();

    QStringList problems;
    for (const Message &source : now) {
        const auto it = catalogue.constFind(keyOf(source));
        if (it == catalogue.cend()) {
            problems << QStringLiteral("missing: %1: \"%2\"").arg(source.context, source.source);
            continue;
        }
        const Message &m = *it;
        if (!m.type.isEmpty())
            problems << QStringLiteral("%1: %2: \"%3\"").arg(m.type, m.context, m.source);
        const qsizetype forms = source.numerus ? 2 : 1; // German and French: one, other
        if (m.numerus != source.numerus || m.forms.size() != forms) {
            problems << QStringLiteral("%1 form(s) for %2: \"%3\"")
                            .arg(m.forms.size())
                            .arg(m.context, m.source);
            continue;
        }
        const QStringList wanted = placeholders(source.source);
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty())
                problems << QStringLiteral("empty: %1: \"%2\"").arg(m.context, m.source);
            else if (placeholders(form) != wanted)
                problems << QStringLiteral("placeholders %1 in \"%2\" for \"%3\"")
                                .arg(wanted.join(u' '), form, m.source);
        }
    }
    for (const Message &m : catalogue) {
        if (!now.contains(keyOf(m)))
            problems
                << QStringLiteral("no longer in the sources: %1: \"%2\"").arg(m.context, m.source);
    }
    EXPECT_TRUE(problems.isEmpty())
        << path.toStdString() << " (run translations/fill_translations.py):\n"
        << problems.join(u'\n').toStdString();
}

INSTANTIATE_TEST_SUITE_P(GermanAndFrench, TranslationCatalogue, ::testing::Values("de", "fr"));

TEST(TranslationCatalogue, PlaceholderCheckSeesAMissingOrRenumberedPlaceholder)
{
    EXPECT_EQ(placeholders(QStringLiteral("%1 of %2")),
              QStringList({QStringLiteral("%1"), QStringLiteral("%2")}));
    EXPECT_NE(placeholders(QStringLiteral("%1 von")), placeholders(QStringLiteral("%1 of %2")));
    EXPECT_EQ(placeholders(QStringLiteral("%Ln Zeilen")), QStringList{QStringLiteral("%Ln")});
    EXPECT_EQ(placeholders(QStringLiteral("80 % (Max %)")), QStringList{});
}
