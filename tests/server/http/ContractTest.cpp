#include "tests/support/IntegrationFixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMultiMap>
#include <QRegularExpression>

using namespace qw::test;

namespace {

struct Operation {
    QString path;
    QByteArray method;
    bool planned = false;
};

// A line-level reading of docs/api/openapi.yaml's paths: enough to list operations
// without a YAML library.
QList<Operation> operationsInSpec()
{
    QFile f(QStringLiteral(QW_SOURCE_DIR "/docs/api/openapi.yaml"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly | QIODevice::Text));
    static const QRegularExpression pathLine(QStringLiteral("^  (/\\S+):\\s*$"));
    static const QRegularExpression methodLine(
        QStringLiteral("^    (get|post|put|patch|delete):\\s*$"));
    QList<Operation> ops;
    bool inPaths = false;
    QString path;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).chopped(1);
        if (line == QStringLiteral("paths:")) {
            inPaths = true;
            continue;
        }
        if (!inPaths)
            continue;
        if (const auto m = pathLine.match(line); m.hasMatch())
            path = m.captured(1);
        else if (const auto m2 = methodLine.match(line); m2.hasMatch())
            ops.append({path, m2.captured(1).toUpper().toLatin1(), false});
        else if (line.trimmed() == QStringLiteral("x-quotawatch-status: planned") && !ops.isEmpty())
            ops.last().planned = true;
    }
    return ops;
}

class ContractTest : public IntegrationFixture {};

} // namespace

TEST_F(ContractTest, EveryImplementedOperationInTheSpecIsServed)
{
    const QList<Operation> ops = operationsInSpec();
    ASSERT_GE(ops.size(), 12);
    const TenantKey t = newTenant();
    int implemented = 0;
    for (const Operation &op : ops) {
        const QString path = QString(op.path).replace(QStringLiteral("{id}"), t.tenantId);
        const HttpResult r =
            withKey(op.method, path, t.key, op.method == "GET" ? QByteArray() : QByteArray("{}"));
        const QString error = r.json().value(QStringLiteral("error")).toString();
        if (op.planned) {
            // Honest documentation: a planned operation is not silently half-served.
            EXPECT_EQ(r.status, 404) << op.method.constData() << ' ' << path.toStdString();
            continue;
        }
        ++implemented;
        EXPECT_NE(error, QStringLiteral("not_found"))
            << op.method.constData() << ' ' << path.toStdString();
        EXPECT_NE(r.status, 405) << op.method.constData() << ' ' << path.toStdString();
        EXPECT_NE(r.status, 0) << op.method.constData() << ' ' << path.toStdString();
    }
    EXPECT_EQ(implemented, 14);
}

namespace {

// (status, code) of every HttpResponse::error(...) call in the server's sources. Any call
// whose status and code are not both literals is reported in *unreadable, so the list cannot
// silently miss one.
QMultiMap<QString, int> errorCodesInServerSources(QStringList *unreadable, int *files)
{
    static const QRegularExpression call(
        QStringLiteral(R"re(HttpResponse::error\(\s*(?!int\b))re"));
    static const QRegularExpression literal(QStringLiteral(
        R"re(HttpResponse::error\(\s*(\d{3})\s*,\s*QStringLiteral\(\s*"([a-z0-9_]+)"\s*\))re"));
    QMultiMap<QString, int> out;
    QDirIterator it(QStringLiteral(QW_SOURCE_DIR "/server"),
                    {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << f.fileName().toStdString();
        ++*files;
        const QString text = QString::fromUtf8(f.readAll());
        for (auto m = call.globalMatch(text); m.hasNext();) {
            const auto found = m.next();
            const auto lit = literal.match(text, found.capturedStart());
            if (!lit.hasMatch() || lit.capturedStart() != found.capturedStart()) {
                unreadable->append(f.fileName() + u':' +
                                   text.mid(found.capturedStart(), 80).simplified());
                continue;
            }
            out.insert(lit.captured(2), lit.captured(1).toInt());
        }
    }
    return out;
}

// docs/api/openapi.yaml's x-quotawatch-error-codes: "code: [status, ...]" lines.
QMultiMap<QString, int> errorCodesInSpec()
{
    QFile f(QStringLiteral(QW_SOURCE_DIR "/docs/api/openapi.yaml"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly | QIODevice::Text));
    static const QRegularExpression entry(
        QStringLiteral(R"re(^\s+([a-z0-9_]+):\s*\[([0-9,\s]+)\])re"));
    QMultiMap<QString, int> out;
    bool inList = false;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).chopped(1);
        if (line.trimmed() == QStringLiteral("x-quotawatch-error-codes:")) {
            inList = true;
            continue;
        }
        if (!inList)
            continue;
        const auto m = entry.match(line);
        if (!m.hasMatch())
            break;
        for (const QString &status : m.captured(2).split(u',', Qt::SkipEmptyParts))
            out.insert(m.captured(1), status.trimmed().toInt());
    }
    return out;
}

} // namespace

// Every error code the server can send is in the spec's list with the status that carries
// it, and the list holds nothing the server never sends.
TEST(ErrorCodeContract, TheSpecListsEveryErrorCodeInTheServerSourcesWithItsStatus)
{
    QStringList unreadable;
    int files = 0;
    const QMultiMap<QString, int> sent = errorCodesInServerSources(&unreadable, &files);
    EXPECT_GT(files, 20);
    EXPECT_TRUE(unreadable.isEmpty()) << "error calls without a literal status and code:\n"
                                      << unreadable.join(u'\n').toStdString();
    // Enough distinct codes that the extraction cannot pass vacuously.
    ASSERT_GE(sent.uniqueKeys().size(), 10)
        << "found only: " << sent.uniqueKeys().join(u' ').toStdString();
    const QMultiMap<QString, int> documented = errorCodesInSpec();
    for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
        EXPECT_TRUE(documented.contains(it.key(), it.value()))
            << it.key().toStdString() << " (" << it.value()
            << ") is sent by the server but not in x-quotawatch-error-codes";
    }
    for (auto it = documented.cbegin(); it != documented.cend(); ++it) {
        EXPECT_TRUE(sent.contains(it.key(), it.value()))
            << it.key().toStdString() << " (" << it.value()
            << ") is documented but the server never sends it";
    }
}
