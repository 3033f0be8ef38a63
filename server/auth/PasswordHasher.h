#pragma once

#include <QByteArray>
#include <QString>

namespace qw::server {

// Salted PBKDF2-HMAC-SHA256. The encoded form carries its own parameters
// ("pbkdf2-sha256$<iterations>$<salt>$<hash>") so the cost can rise without a migration.
class PasswordHasher final {
public:
    static constexpr int defaultIterations = 210'000; // OWASP 2023 floor for PBKDF2-SHA256
    static constexpr int minIterations = 1'000;
    static constexpr int maxIterations = 10'000'000;
    static constexpr qsizetype maxPasswordLength = 1024;

    static QString hash(const QString &password, int iterations = defaultIterations);
    static bool verify(const QString &password, const QString &encoded);
    // Spends the same time as a verify, so an unknown e-mail is not revealed by timing.
    static void burnVerifyTime();
};

} // namespace qw::server
