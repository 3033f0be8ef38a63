#pragma once

#include <QString>

namespace qw {

// Why a source profile could not be loaded: the file, the line and the field to fix.
struct ProfileError {
    QString file;
    int line = 0;
    QString field; // "requests[0].quotas[1].used"; empty for the file as a whole
    QString message;

    // "kv.json:12: requests[0].auth.type: expected one of none, bearer, apiKey, login"
    QString toString() const;
};

} // namespace qw
