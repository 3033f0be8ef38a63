#pragma once

#include "tests/support/ServerProcess.h"
#include "tests/support/TestHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <gtest/gtest.h>
#include <memory>

namespace qw::test {

// One real server per test suite (users cost a slow password hash each, so suites share
// them); tests that need a clean slate make their own tenant and API key.
class IntegrationFixture : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_server = std::make_unique<ServerProcess>();
        s_tenant = s_server->addTenant(QStringLiteral("Acme"), QStringLiteral("free"));
        ASSERT_FALSE(s_tenant.isEmpty());
        ASSERT_TRUE(s_server->start()) << s_server->lastError().toStdString();
    }
    static void TearDownTestSuite() { s_server.reset(); }

    static ServerProcess &server() { return *s_server; }
    static QUrl url(const QString &path) { return s_server->url(path); }

    // A fresh tenant and an API key for it.
    struct TenantKey {
        QString tenantId;
        QByteArray key;
    };
    static TenantKey newTenant(const QString &tier = QStringLiteral("free"),
                               const QString &tz = QStringLiteral("UTC"))
    {
        TenantKey t;
        t.tenantId = s_server->addTenant(QStringLiteral("Tenant"), tier, tz);
        const CliResult r = s_server->cli(
            {QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--tenant"), t.tenantId});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        t.key = r.out.trimmed().toUtf8();
        return t;
    }
    static void setQuota(const QString &tenantId, const QString &metric, const QString &period,
                         const QString &limit, const QStringList &extra = {})
    {
        const CliResult r = s_server->cli(
            QStringList{QStringLiteral("quota"), QStringLiteral("set"), QStringLiteral("--tenant"),
                        tenantId, QStringLiteral("--metric"), metric, QStringLiteral("--period"),
                        period, QStringLiteral("--limit"), limit} +
            extra);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    HttpResult withKey(const QByteArray &verb, const QString &path, const QByteArray &key,
                       const QByteArray &body = {})
    {
        return http.send(verb, url(path), body, {}, {{"X-API-Key", key}});
    }
    HttpResult consume(const QByteArray &key, const QJsonObject &body)
    {
        return withKey("POST", QStringLiteral("/api/usage/consume"), key,
                       QJsonDocument(body).toJson());
    }
    static QJsonObject consumeBody(const QString &id = {}, qint64 tokens = 0)
    {
        return QJsonObject{{QStringLiteral("id"),
                            id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id},
                           {QStringLiteral("estimatedTokens"), tokens}};
    }
    // "used" of one quota in a status body.
    static double used(const QJsonObject &status, const QString &quotaId)
    {
        for (const auto &v : status.value(QStringLiteral("quotas")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == quotaId)
                return v.toObject().value(QStringLiteral("used")).toDouble();
        }
        ADD_FAILURE() << "no quota " << quotaId.toStdString();
        return -1;
    }
    double usedFor(const QByteArray &key, const QString &quotaId)
    {
        return used(withKey("GET", QStringLiteral("/api/usage/status"), key).json(), quotaId);
    }

    // A signed-in user's request: body as JSON when given.
    HttpResult withToken(const QByteArray &verb, const QString &path, const QString &token,
                         const QJsonObject &body = {})
    {
        return http.send(verb, url(path),
                         verb == "GET" ? QByteArray() : QJsonDocument(body).toJson(), token, {});
    }
    QString accessToken(const QString &email)
    {
        return http.login(url({}), email).value(QStringLiteral("accessToken")).toString();
    }

    TestHttp http;

    static inline std::unique_ptr<ServerProcess> s_server;
    static inline QString s_tenant;
};

} // namespace qw::test
