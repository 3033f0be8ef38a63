#pragma once

namespace qw {

struct ApiError;

// quotawatch-cli's exit codes: documented in --help; scripts rely on them.
enum ExitCode {
    Ok = 0,
    Failed = 1,        // the server answered something unusable, or failed
    Usage = 2,         // bad command line
    AuthFailed = 3,    // sign-in refused, or no access to the tenant
    NetworkFailed = 4, // the server could not be reached in time
    LimitReached = 5,  // anon record: the daily limit is reached
};

ExitCode exitCodeFor(const ApiError &error);

} // namespace qw
