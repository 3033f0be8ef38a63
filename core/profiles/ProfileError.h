#pragma once

#include <QString>

namespace qw {

// Why a source profile could not be loaded: the file, the line and the field to fix.
struct ProfileError {
    QString file;
    int line = 0;
    QString field;          // "requests[0].quotas[1].used"; empty for the file as a whole
    QString message;        // in the user's language
    QString englishMessage; // the same in the sources' English, for what scripts read

    // "kv.json:12: requests[0].auth.type: expected one of none, bearer, apiKey, login"; the
    // message in the user's language, the file, line and field as they are.
    QString toString() const;
    // The same in English whatever the language: for machine output (profiles --json).
    QString toEnglishString() const;
};

} // namespace qw
