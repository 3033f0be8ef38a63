#pragma once

#include "tests/support/PostgresCluster.h"

#include <QString>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <string>

namespace qw::test {

// The server's two storage back ends, for suites that run against both
// (INSTANTIATE_TEST_SUITE_P(..., ::testing::ValuesIn(allStorageBackends), storageBackendName)).
enum class StorageBackend { Sqlite, Postgres };

inline constexpr StorageBackend allStorageBackends[] = {StorageBackend::Sqlite,
                                                        StorageBackend::Postgres};

inline std::string storageBackendName(const ::testing::TestParamInfo<StorageBackend> &info)
{
    return info.param == StorageBackend::Sqlite ? "Sqlite" : "Postgres";
}

// What --db names for a fresh, empty database: a file in dir, or a new database on this test
// process's throwaway PostgreSQL cluster. Empty, with the reason in *error, when PostgreSQL
// cannot be had: the caller ASSERTs, so a machine without it fails rather than skips.
inline QString freshDatabase(StorageBackend backend, const QTemporaryDir &dir,
                             const QString &fileName, QString *error)
{
    if (backend == StorageBackend::Sqlite)
        return dir.filePath(fileName);
    PostgresCluster *cluster = PostgresCluster::shared(error);
    if (!cluster)
        return {};
    const QString url = cluster->createDatabase();
    if (url.isEmpty())
        *error = cluster->errorString();
    return url;
}

} // namespace qw::test
