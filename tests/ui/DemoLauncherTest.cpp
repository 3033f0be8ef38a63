#include "ui/DemoLauncher.h"

#include <gtest/gtest.h>

using namespace qw;

namespace {

const QString demoOutput =
    QStringLiteral("quotawatch-server demo: listening on http://127.0.0.1:4321\n"
                   "  e-mail:   demo@quotawatch.test\n"
                   "  password: cust-pass\n"
                   "  support e-mail:   support@quotawatch.test\n"
                   "  support password: supp-pass\n"
                   "  admin e-mail:     admin@quotawatch.test\n"
                   "  admin password:   admin-pass\n");

} // namespace

TEST(DemoLauncherOutput, EachRoleGetsItsOwnAccount)
{
    const auto customer = DemoLauncher::parseOutput(demoOutput, QStringLiteral("customer"));
    ASSERT_TRUE(customer);
    EXPECT_EQ(customer->server, QUrl(QStringLiteral("http://127.0.0.1:4321")));
    EXPECT_EQ(customer->email, QStringLiteral("demo@quotawatch.test"));
    EXPECT_EQ(customer->password, QStringLiteral("cust-pass"));
    const auto support = DemoLauncher::parseOutput(demoOutput, QStringLiteral("support"));
    ASSERT_TRUE(support);
    EXPECT_EQ(support->email, QStringLiteral("support@quotawatch.test"));
    EXPECT_EQ(support->password, QStringLiteral("supp-pass"));
    const auto admin = DemoLauncher::parseOutput(demoOutput, QStringLiteral("admin"));
    ASSERT_TRUE(admin);
    EXPECT_EQ(admin->email, QStringLiteral("admin@quotawatch.test"));
    EXPECT_EQ(admin->password, QStringLiteral("admin-pass"));
}

TEST(DemoLauncherOutput, AStaffRoleWaitsForItsOwnLines)
{
    // The customer's lines arrive first: that is not yet the support account.
    const QString partial = demoOutput.left(demoOutput.indexOf(QStringLiteral("  support")));
    EXPECT_TRUE(DemoLauncher::parseOutput(partial, QStringLiteral("customer")));
    EXPECT_FALSE(DemoLauncher::parseOutput(partial, QStringLiteral("support")));
    EXPECT_FALSE(DemoLauncher::parseOutput(partial, QStringLiteral("admin")));
}
