#include "core/net/ServerUrl.h"

#include <gtest/gtest.h>

using namespace qw;

TEST(ServerUrl, WhatPeopleTypeIsReadAsTheServerTheyMeant)
{
    const auto read = [](const char *text) {
        return ServerUrl::fromUserText(QString::fromUtf8(text)).toString();
    };
    EXPECT_EQ(read("https://usage.example.com"), QStringLiteral("https://usage.example.com"));
    EXPECT_EQ(read("  http://127.0.0.1:8080/  "), QStringLiteral("http://127.0.0.1:8080/"));
    EXPECT_EQ(read("usage.example.com"), QStringLiteral("http://usage.example.com"));
    EXPECT_EQ(read("127.0.0.1:18457"), QStringLiteral("http://127.0.0.1:18457"));
    EXPECT_EQ(read("localhost:8080"), QStringLiteral("http://localhost:8080"));
    EXPECT_EQ(read("[::1]:8080"), QStringLiteral("http://[::1]:8080"));
    EXPECT_TRUE(ServerUrl::fromUserText(QString()).isEmpty());
}

TEST(ServerUrl, OnlyHttpAndHttpsWithAHostAreUsable)
{
    EXPECT_TRUE(ServerUrl::isUsable(ServerUrl::fromUserText(QStringLiteral("localhost:8080"))));
    EXPECT_TRUE(ServerUrl::isUsable(QUrl(QStringLiteral("https://a.example"))));
    EXPECT_FALSE(ServerUrl::isUsable(ServerUrl::fromUserText(QStringLiteral("ftp://a.example"))));
    EXPECT_FALSE(
        ServerUrl::isUsable(ServerUrl::fromUserText(QStringLiteral("file:///etc/passwd"))));
    EXPECT_FALSE(ServerUrl::isUsable(ServerUrl::fromUserText(QStringLiteral("http://"))));
    EXPECT_FALSE(ServerUrl::isUsable(ServerUrl::fromUserText(QStringLiteral("a b:80"))));
    EXPECT_FALSE(ServerUrl::isUsable(ServerUrl::fromUserText(QString())));
}
