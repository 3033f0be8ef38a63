// Test helper: counts one anonymous message at a time, n times, on a shared counter file,
// and prints "<accepted> <refused>". Several of these run at once in the concurrency test.
#include "core/anon/AnonymousCounter.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return 2;
    qw::SystemClock clock;
    qw::AnonymousCounter counter(clock);
    QString message;
    if (counter.open(args[1], &message) == qw::AnonymousCounter::OpenResult::Failed) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(message));
        return 1;
    }
    const int n = args[2].toInt();
    int accepted = 0;
    int refused = 0;
    for (int i = 0; i < n; ++i) {
        const auto r = counter.record(1);
        if (!r) {
            std::fprintf(stderr, "record %d failed\n", i);
            return 1;
        }
        (r->accepted ? accepted : refused)++;
    }
    std::printf("%d %d\n", accepted, refused);
    return 0;
}
