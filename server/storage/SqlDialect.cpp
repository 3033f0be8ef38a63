#include "server/storage/SqlDialect.h"

#include "server/storage/DatabaseLocation.h"
#include "server/storage/PostgresDialect.h"
#include "server/storage/SqliteDialect.h"

namespace qw::server {

std::unique_ptr<SqlDialect> SqlDialect::forLocation(const DatabaseLocation &location)
{
    if (location.isPostgres())
        return std::make_unique<PostgresDialect>();
    return std::make_unique<SqliteDialect>();
}

} // namespace qw::server
