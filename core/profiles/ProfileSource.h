#pragma once

#include "core/domain/UsageStatus.h"
#include "core/net/ApiError.h"
#include "core/profiles/SourceProfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace qw {

class Clock;

// One usage API watched through a source profile (docs/profiles.md): signs in when the profile
// says so, makes each of its requests per poll and maps every answer to quotas, giving a
// UsageStatus in the contract's shape or a typed failure. Like ApiClient: a transfer timeout
// per request, redirects only to the same origin (a token never follows a redirect elsewhere),
// answers capped at ApiClient::maxResponseBytes, and no secret in any log line.
class ProfileSource final : public QObject {
    Q_OBJECT
public:
    // What the profile's auth takes: login uses both, bearer and apiKey only the secret.
    struct Credentials {
        QString username;
        QString secret; // a password, an API key or a bearer token
    };

    // Why a poll gave no status.
    struct Failure {
        ApiError error;         // kind, HTTP status, Retry-After (retryAt); the server's words in
                                // error.body.message when its error answer had readable ones
        bool overLimit = false; // the status is one of the profile's errors.overLimitStatus
        bool duringLogin = false;
        QString path; // the request that failed

        // A translated sentence (or two) for the user, with the server's own words.
        QString userMessage() const;

        Q_DECLARE_TR_FUNCTIONS(qw::ProfileSource::Failure) // last: it leaves the access private
    };

    ProfileSource(SourceProfile profile, QNetworkAccessManager *nam, const Clock &clock,
                  QObject *parent = nullptr);
    ~ProfileSource() override;
    Q_DISABLE_COPY_MOVE(ProfileSource)

    const SourceProfile &profile() const { return m_profile; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setCredentials(const Credentials &credentials);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Certificate authorities trusted besides the system's for https:// sources (a private
    // CA's, from --ca-file or the app's setting), exactly as ApiClient trusts them. A refused
    // certificate fails the poll with the reason (ApiError::certificateProblem).
    void setTrustedCaCertificates(const QList<QSslCertificate> &certificates);
    // Replaces the path (and query) of the profile's request, e.g. the endpoint whose
    // rate-limit headers the ratelimit-headers profile reads. False, and nothing changes, when
    // the profile makes more than one request or the path is not one on the source's server.
    bool setPathOverride(const QString &pathAndQuery);

    // Fetches once: signs in if needed, then every request in order; exactly one of
    // statusReady() and pollFailed() follows. False (and nothing sent) while a poll runs.
    bool poll();
    bool isPolling() const { return m_polling; }
    // Drops the poll in flight: neither signal follows for it.
    void abort();

    int loginsSent() const { return m_loginsSent; }

    // Ends the sign-in of a login profile whose auth names a logout: drops any poll in flight,
    // sends the logout with the access token and forgets the tokens; loggedOut() follows
    // whatever the answer (a failed logout only means the session expires on its own).
    // False, and nothing sent, when there is no session to end.
    bool logout();
    int logoutsSent() const { return m_logoutsSent; }

    // The quotas of one status as the contract reports them: percent filled in (floored to
    // one decimal, as the reference server does) and the status level from the worst quota.
    static UsageStatus statusOf(const SourceProfile &profile, QList<Quota> quotas,
                                const QDateTime &now);

Q_SIGNALS:
    void statusReady(const qw::UsageStatus &status);
    void pollFailed(const qw::ProfileSource::Failure &failure);
    // `ended`: the source answered the logout with a 2xx.
    void loggedOut(bool ended);

private:
    // One answer as it arrived: a transport failure, or a status, the headers and the body.
    struct Answer {
        std::optional<ApiError> transportError;
        int status = 0;
        QByteArray contentType;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // names lower-cased
    };
    using AnswerCallback = std::function<void(const Answer &)>;

    bool needsLogin() const;
    void login();
    void onLoginAnswer(const Answer &answer);
    void sendRequest();
    void onRequestAnswer(const Answer &answer);
    void send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
              bool authorised, AnswerCallback callback);
    void finishReply(QNetworkReply *reply, bool tooLarge, quint64 generation,
                     const AnswerCallback &callback);
    Failure httpFailure(const Answer &answer, const QString &path, bool duringLogin) const;
    void fail(Failure failure);
    QString requestPath(qsizetype index) const;

    SourceProfile m_profile;
    QNetworkAccessManager *m_nam;
    const Clock &m_clock;
    QUrl m_baseUrl;
    Credentials m_credentials;
    QString m_pathOverride;
    int m_timeoutMs;

    // Sign-in state of login profiles; never logged.
    QString m_accessToken;
    QString m_refreshToken; // read and kept; the profile format has no refresh call yet
    QDateTime m_accessExpiry;

    bool m_polling = false;
    bool m_loggedInThisPoll = false;
    qsizetype m_requestIndex = 0;
    QList<Quota> m_quotas;
    quint64 m_generation = 0; // replies to a poll abort() dropped are ignored
    QPointer<QNetworkReply> m_reply;
    int m_loginsSent = 0;
    int m_logoutsSent = 0;
    QList<QSslCertificate> m_trustedCas;
};

} // namespace qw
