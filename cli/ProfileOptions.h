#pragma once

#include "cli/CliProfileSession.h"
#include "core/util/Result.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <memory>
#include <optional>

class QCommandLineParser;
class QTextStream;

namespace qw {

class ServerOptions;

// The options of status and watch for a source described by a profile: --profile NAME|FILE,
// --path, and the credentials its auth takes (--email with --password-stdin for a login,
// --api-key-stdin, --token-stdin). Secrets come from standard input, never the command line.
class ProfileOptions final {
    Q_DECLARE_TR_FUNCTIONS(qw::ProfileOptions)

public:
    // Why the options do not make a source: a usage error (with a pointer to --help), or a
    // profile that would not load (ProfileError::toString()); both exit with the usage code.
    struct Problem {
        QString message;
        bool isUsage = true;
    };

    void addTo(QCommandLineParser &parser) const;
    bool isSet(const QCommandLineParser &parser) const; // --profile given
    // The options only a profile takes, given without --profile.
    std::optional<QString> checkWithoutProfile(const QCommandLineParser &parser) const;
    QString profileArgument(const QCommandLineParser &parser) const;

    // Loads the profile, checks the options against what it needs, reads the secret from `in`
    // and returns a source ready to poll.
    Result<std::unique_ptr<CliProfileSession>, Problem>
    open(const QCommandLineParser &parser, const ServerOptions &server, QTextStream &in) const;

    // The folder where a user's profiles live (AppDataLocation/profiles).
    static QString userFolder();
    // A built-in name, a file, or the name of a file in the user's folder.
    static Result<SourceProfile, ProfileError> resolve(const QString &nameOrFile);

private:
    QCommandLineOption m_profile{QStringLiteral("profile"),
                                 tr("Watch a source through a profile: a built-in "
                                    "name (see 'quotawatch-cli profiles') or a file."),
                                 QStringLiteral("NAME|FILE")};
    QCommandLineOption m_path{QStringLiteral("path"),
                              tr("With --profile: the path to request instead of the "
                                 "profile's (e.g. for ratelimit-headers)."),
                              QStringLiteral("P")};
    QCommandLineOption m_apiKeyStdin{QStringLiteral("api-key-stdin"),
                                     tr("With --profile: read the API key from "
                                        "standard input.")};
    QCommandLineOption m_tokenStdin{QStringLiteral("token-stdin"),
                                    tr("With --profile: read the bearer token from "
                                       "standard input.")};
};

} // namespace qw
