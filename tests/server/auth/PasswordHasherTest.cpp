#include "server/auth/PasswordHasher.h"

#include <gtest/gtest.h>

using qw::server::PasswordHasher;

TEST(PasswordHasher, VerifiesTheRightPasswordOnly)
{
    const QString encoded = PasswordHasher::hash(QStringLiteral("correct horse"), 2000);
    EXPECT_TRUE(encoded.startsWith(QStringLiteral("pbkdf2-sha256$2000$")));
    EXPECT_FALSE(encoded.contains(QStringLiteral("correct horse")));
    EXPECT_TRUE(PasswordHasher::verify(QStringLiteral("correct horse"), encoded));
    EXPECT_FALSE(PasswordHasher::verify(QStringLiteral("correct horsE"), encoded));
    EXPECT_FALSE(PasswordHasher::verify(QString(), encoded));
}

TEST(PasswordHasher, SaltsEveryHash)
{
    EXPECT_NE(PasswordHasher::hash(QStringLiteral("same"), 2000),
              PasswordHasher::hash(QStringLiteral("same"), 2000));
}

TEST(PasswordHasher, DefaultCostIsHigh)
{
    EXPECT_GE(PasswordHasher::defaultIterations, 200000);
    EXPECT_TRUE(
        PasswordHasher::hash(QStringLiteral("x"))
            .startsWith(
                QStringLiteral("pbkdf2-sha256$%1$").arg(PasswordHasher::defaultIterations)));
}

TEST(PasswordHasher, RejectsTamperedOrForeignEncodings)
{
    const QString encoded = PasswordHasher::hash(QStringLiteral("pw"), 2000);
    QString tampered = encoded;
    tampered.replace(QStringLiteral("$2000$"), QStringLiteral("$2001$"));
    EXPECT_FALSE(PasswordHasher::verify(QStringLiteral("pw"), tampered));
    EXPECT_FALSE(PasswordHasher::verify(QStringLiteral("pw"), QStringLiteral("pw")));
    EXPECT_FALSE(
        PasswordHasher::verify(QStringLiteral("pw"), QStringLiteral("pbkdf2-sha256$1$AAAA$AAAA")));
    EXPECT_FALSE(PasswordHasher::verify(QStringLiteral("pw"), QStringLiteral("md5$1$2$3")));
    EXPECT_FALSE(PasswordHasher::verify(QStringLiteral("pw"),
                                        QStringLiteral("pbkdf2-sha256$99999999999$AAAA$AAAA")));
    EXPECT_FALSE(PasswordHasher::verify(QString(5000, u'x'), encoded));
}
