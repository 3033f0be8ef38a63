#include "tests/support/IntegrationFixture.h"

#include <QFile>
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
    EXPECT_EQ(implemented, 10);
}

TEST_F(ContractTest, ErrorCodesTheServerUsesAreDocumented)
{
    QFile f(QStringLiteral(QW_SOURCE_DIR "/docs/api/openapi.yaml"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray spec = f.readAll();
    for (const char *code :
         {"invalid_json", "invalid_request", "invalid_credentials", "unauthorized", "invalid_token",
          "forbidden", "not_found", "tenant_not_found", "method_not_allowed", "payload_too_large",
          "too_many_events", "usage_limit_exceeded", "too_many_requests", "not_a_session",
          "storage_unavailable"})
        EXPECT_TRUE(spec.contains(code)) << code;
}
