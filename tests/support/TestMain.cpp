#include <QCoreApplication>
#include <gtest/gtest.h>

// Qt networking and timers need an application object; tests run on its thread.
int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
