#pragma once

#include <QString>
#include <optional>

namespace qw::server {

// What an answered write survives (quotawatch-server serve --durability).
enum class Durability {
    // A killed process (kill -9, a crash): the write is in the operating system's hands
    // before the answer goes out. SQLite: WAL, synchronous=NORMAL.
    Process,
    // Power loss too: the write is on the disk before the answer goes out. SQLite: WAL,
    // synchronous=FULL (the WAL is synced at every commit; group commit shares the sync).
    Power,
};

inline QString durabilityName(Durability d)
{
    return d == Durability::Power ? QStringLiteral("power") : QStringLiteral("process");
}

inline std::optional<Durability> durabilityFromName(const QString &name)
{
    if (name == QStringLiteral("process"))
        return Durability::Process;
    if (name == QStringLiteral("power"))
        return Durability::Power;
    return std::nullopt;
}

} // namespace qw::server
