#include "core/auth/CredentialStore.h"

#include <QUrl>
#include <gtest/gtest.h>

using namespace qw;

TEST(CredentialStoreKey, OnePerServerAndAccountIgnoringPathsAndCase)
{
    const QString a = CredentialStore::keyFor(QUrl(QStringLiteral("https://usage.example.com/api")),
                                              QStringLiteral("Me@Acme.test"));
    EXPECT_EQ(a, QStringLiteral("quotawatch/https://usage.example.com/me@acme.test"));
    EXPECT_NE(a, CredentialStore::keyFor(QUrl(QStringLiteral("https://usage.example.com:8443")),
                                         QStringLiteral("me@acme.test")));
    EXPECT_NE(a, CredentialStore::keyFor(QUrl(QStringLiteral("https://usage.example.com")),
                                         QStringLiteral("you@acme.test")));
    EXPECT_EQ(a, CredentialStore::keyFor(QUrl(QStringLiteral("https://user:pw@usage.example.com/")),
                                         QStringLiteral("me@acme.test")));
}
