#pragma once

#include "core/domain/AuthTokens.h"
#include "core/net/ApiClient.h"

#include <QObject>
#include <QTimer>

namespace qw {

class Clock;
class CredentialStore;

// A signed-in session against one server. Refreshes the access token shortly before its
// expiry; only one refresh runs at a time, and requests that meet a 401 meanwhile wait and
// are replayed once with the new token. A refresh that fails because the server is
// unreachable keeps the refresh token and tries again later; only a definite rejection
// (401/400 from /api/auth/refresh) signs out. Tokens are never logged.
class Session final : public QObject {
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, SignedIn };
    Q_ENUM(State)

    static constexpr int defaultRefreshRetryMs = 15000;
    // The shortest wait between refreshes, doubled after each refresh whose token came
    // already due (up to maxRefreshGapMs): a token expired on arrival (a clock running ahead
    // of the server's, expiresIn of 1) must not make the session ask again at once, forever.
    static constexpr int minRefreshGapMs = 2000;
    static constexpr int maxRefreshGapMs = 300000;

    Session(ApiClient &api, CredentialStore &credentials, const Clock &clock,
            QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(Session)

    State state() const { return m_state; }
    const UserInfo &user() const { return m_user; }
    QString account() const { return m_account; }
    QDateTime accessExpiry() const { return m_accessExpiry; }
    bool isRefreshing() const { return m_refreshing; }
    int refreshCount() const { return m_refreshCount; }       // refreshes that succeeded
    int refreshAttempts() const { return m_refreshAttempts; } // refresh requests sent
    // How long to wait before retrying a refresh that failed for a transient reason.
    void setRefreshRetryMs(int ms) { m_refreshRetryMs = ms; }

    // Arms the wait for the next refresh: `due` runs after ms milliseconds unless the wait is
    // armed again or disarmed (ms < 0) first. Without one, a QTimer waits; tests inject one
    // their clock drives.
    using RefreshTimer = std::function<void(qint64 ms, std::function<void()> due)>;
    void setRefreshTimer(RefreshTimer timer) { m_injectedTimer = std::move(timer); }

    // remember: keep the refresh token in the credential store for the next start.
    void signIn(const QString &email, const QString &password, bool remember);
    // Signs in with the refresh token stored for email, if there is one; signInNeeded()
    // when there is none (nothing was sent to the server, so nothing was refused).
    void resume(const QString &email);
    // Revokes the session on the server (best effort) and forgets the stored token; `revoked`
    // runs once the server has answered the revocation (or could not be asked).
    void signOut(std::function<void()> revoked = {});

    // A request with the bearer token; a 401 triggers one refresh and one replay.
    void send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
              const QByteArray &body, QObject *context, ApiClient::RawCallback callback);

Q_SIGNALS:
    void stateChanged(qw::Session::State state);
    void signedIn(const qw::UserInfo &user);
    void signInFailed(const qw::ApiError &error);
    // resume() found no stored sign-in; reason is empty when none was ever stored, or says
    // why the credential store could not give it (no keychain, locked keychain).
    void signInNeeded(const QString &reason);
    // reason is empty when the user signed out; otherwise why the session ended.
    void signedOut(const QString &reason);
    void credentialStorageProblem(const QString &message);

private:
    struct Pending {
        QByteArray verb;
        QString path;
        QUrlQuery query;
        QByteArray body;
        QPointer<QObject> context;
        ApiClient::RawCallback callback;
        bool replayed = false;
    };

    void setState(State s);
    void applyTokens(const AuthTokens &tokens);
    void persistRefreshToken();
    void scheduleRefresh();
    void armRefresh(qint64 ms);
    void disarmRefresh();
    void startRefresh();
    void onRefreshed(const Result<AuthTokens, ApiError> &result);
    void dispatch(Pending pending);
    void endSession(const QString &reason);

    ApiClient &m_api;
    CredentialStore &m_credentials;
    const Clock &m_clock;
    State m_state = State::SignedOut;
    UserInfo m_user;
    QString m_account;
    QString m_accessToken;
    QString m_refreshToken;
    QDateTime m_accessExpiry;
    bool m_remember = false;
    bool m_refreshing = false;
    int m_refreshCount = 0;
    int m_refreshAttempts = 0;
    int m_refreshRetryMs = defaultRefreshRetryMs;
    int m_dueOnArrival = 0; // tokens in a row that came due within minRefreshGapMs
    QList<Pending> m_waiting;
    QTimer m_refreshTimer;
    RefreshTimer m_injectedTimer;
};

} // namespace qw
