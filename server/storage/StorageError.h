#pragma once

#include "core/util/Result.h"

#include <optional>

namespace qw::server {

// The database could not answer (locked past the busy timeout, damaged, a table missing).
// Distinct from "not found": a lookup that fails must never read as an absent row, or a
// failing database would turn into 404s and 401s instead of 503s.
struct StorageError {};

// A lookup's answer: the row, no row, or StorageError.
template <typename T> using Lookup = Result<std::optional<T>, StorageError>;

} // namespace qw::server
