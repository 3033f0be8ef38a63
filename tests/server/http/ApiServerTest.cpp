#include "server/http/ApiServer.h"

#include "core/util/Clock.h"
#include "server/ServerContext.h"
#include "server/auth/PasswordHasher.h"
#include "tests/support/Wait.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qw;
using namespace qw::server;
using namespace qw::test;

// In process, so the limit can be set low: while one login's password is being checked, more
// than the limit waiting get 503 with Retry-After, not a queue without end.
TEST(ApiServerTest, LoginsBeyondTheLimitAreToldToRetry)
{
    QTemporaryDir dir;
    SystemClock clock;
    ServerContext ctx(clock, QByteArray(32, 's'), {});
    ASSERT_TRUE(ctx.open(dir.filePath(QStringLiteral("api.sqlite"))));
    const auto tenant =
        ctx.tenants().add(QStringLiteral("Acme"), QStringLiteral("free"), QStringLiteral("UTC"));
    ASSERT_TRUE(tenant.has_value());
    // Full cost, so the first check is still running when the others arrive.
    ASSERT_TRUE(ctx.accounts()
                    .addUser(tenant->id, QStringLiteral("a@acme.test"), QStringLiteral("customer"),
                             PasswordHasher::hash(QStringLiteral("pw")))
                    .has_value());
    ApiServer api(ctx);
    api.setMaxPendingLogins(1);
    auto *tcp = new QTcpServer(&api);
    ASSERT_TRUE(tcp->listen(QHostAddress::LocalHost, 0));
    api.bind(tcp);

    QNetworkAccessManager nam;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 3; ++i) {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/auth/login").arg(tcp->serverPort())));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        replies.append(nam.post(
            request,
            QJsonDocument(QJsonObject{{QStringLiteral("email"), QStringLiteral("a@acme.test")},
                                      {QStringLiteral("password"), QStringLiteral("pw")}})
                .toJson()));
    }
    ASSERT_TRUE(waitUntil(
        [&] {
            return std::all_of(replies.cbegin(), replies.cend(),
                               [](QNetworkReply *r) { return r->isFinished(); });
        },
        30000));
    int ok = 0;
    int busy = 0;
    for (QNetworkReply *r : replies) {
        const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        ok += status == 200;
        if (status == 503) {
            ++busy;
            EXPECT_EQ(r->rawHeader("Retry-After"), QByteArray("1"));
            EXPECT_EQ(QJsonDocument::fromJson(r->readAll())
                          .object()
                          .value(QStringLiteral("error"))
                          .toString(),
                      QStringLiteral("login_busy"));
        }
    }
    EXPECT_EQ(ok, 1);
    EXPECT_EQ(busy, 2);
    qDeleteAll(replies);
}
