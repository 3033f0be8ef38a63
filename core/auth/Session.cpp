#include "core/auth/Session.h"

#include "core/auth/CredentialStore.h"
#include "core/auth/JwtPeek.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <algorithm>

namespace qw {

Q_LOGGING_CATEGORY(lcSession, "qw.core.session", QtInfoMsg)

Session::Session(ApiClient &api, CredentialStore &credentials, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_credentials(credentials)
    , m_clock(clock)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &Session::startRefresh);
}

void Session::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

void Session::signIn(const QString &email, const QString &password, bool remember)
{
    m_account = email;
    m_remember = remember;
    setState(State::SigningIn);
    m_api.login(email, password, this, [this](const Result<AuthTokens, ApiError> &r) {
        if (!r) {
            setState(State::SignedOut);
            Q_EMIT signInFailed(r.error());
            return;
        }
        applyTokens(r.value());
        persistRefreshToken();
        if (!m_remember) // a token kept from an earlier "remember me" must not outlive this choice
            m_credentials.remove(CredentialStore::keyFor(m_api.baseUrl(), m_account),
                                 [](bool, const QString &) {});
        setState(State::SignedIn);
        qCInfo(lcSession) << "signed in as" << m_user.id;
        Q_EMIT signedIn(m_user);
    });
}

void Session::resume(const QString &email)
{
    m_account = email;
    m_remember = true;
    setState(State::SigningIn);
    m_credentials.read(CredentialStore::keyFor(m_api.baseUrl(), email),
                       [guard = QPointer<Session>(this)](const std::optional<QString> &token,
                                                         const QString &error) {
                           if (!guard)
                               return;
                           if (!token) {
                               guard->setState(State::SignedOut);
                               Q_EMIT guard->signInNeeded(error);
                               return;
                           }
                           guard->m_refreshToken = *token;
                           guard->startRefresh();
                       });
}

void Session::applyTokens(const AuthTokens &tokens)
{
    m_accessToken = tokens.accessToken;
    m_refreshToken = tokens.refreshToken;
    m_user = tokens.user;
    const QDateTime now = m_clock.now();
    const QDateTime fromJwt = jwtExpiry(tokens.accessToken.toLatin1());
    // Trust the shorter of the two: a skewed server clock must not make us refresh late.
    const QDateTime fromLifetime = now.addSecs(tokens.expiresIn);
    m_accessExpiry = fromJwt.isValid() ? std::min(fromJwt, fromLifetime) : fromLifetime;
    scheduleRefresh();
}

void Session::persistRefreshToken()
{
    if (!m_remember)
        return;
    m_credentials.write(CredentialStore::keyFor(m_api.baseUrl(), m_account), m_refreshToken,
                        [guard = QPointer<Session>(this)](bool ok, const QString &error) {
                            if (guard && !ok)
                                Q_EMIT guard->credentialStorageProblem(error);
                        });
}

void Session::scheduleRefresh()
{
    const qint64 lifetimeMs = std::max<qint64>(0, m_clock.now().msecsTo(m_accessExpiry));
    // Refresh a fifth of the lifetime early (between 1 s and 60 s).
    const qint64 leadMs = std::clamp<qint64>(lifetimeMs / 5, 1000, 60000);
    const qint64 dueInMs = std::max<qint64>(0, lifetimeMs - leadMs);
    // A token due on arrival (expired by our clock, or expiresIn of 1) would have us refresh
    // at once, get another such token, and so on forever. Wait at least the minimum gap,
    // doubled for each such token in a row; meanwhile the token is still used, and a 401 for
    // it triggers a refresh of its own.
    m_dueOnArrival = dueInMs < minRefreshGapMs ? m_dueOnArrival + 1 : 0;
    const qint64 gapMs =
        m_dueOnArrival == 0
            ? 0
            : std::min<qint64>(maxRefreshGapMs, qint64(minRefreshGapMs)
                                                    << std::min(m_dueOnArrival - 1, 16));
    if (m_dueOnArrival > 0)
        qCInfo(lcSession) << "access token due on arrival; next refresh in" << gapMs << "ms";
    armRefresh(std::max(dueInMs, gapMs));
}

void Session::armRefresh(qint64 ms)
{
    if (m_injectedTimer) {
        m_injectedTimer(ms, [this] { startRefresh(); });
        return;
    }
    m_refreshTimer.setTimerType(ms > 60000 ? Qt::CoarseTimer : Qt::PreciseTimer);
    m_refreshTimer.start(static_cast<int>(std::min<qint64>(ms, std::numeric_limits<int>::max())));
}

void Session::disarmRefresh()
{
    if (m_injectedTimer)
        m_injectedTimer(-1, {});
    m_refreshTimer.stop();
}

void Session::startRefresh()
{
    if (m_refreshing || m_refreshToken.isEmpty())
        return;
    ++m_refreshAttempts;
    m_refreshing = true;
    disarmRefresh();
    m_api.refresh(m_refreshToken, this,
                  [this](const Result<AuthTokens, ApiError> &r) { onRefreshed(r); });
}

void Session::onRefreshed(const Result<AuthTokens, ApiError> &r)
{
    m_refreshing = false;
    QList<Pending> waiting;
    waiting.swap(m_waiting);
    if (r) {
        ++m_refreshCount;
        const bool wasSignedIn = m_state == State::SignedIn;
        applyTokens(r.value());
        persistRefreshToken();
        setState(State::SignedIn);
        if (!wasSignedIn)
            Q_EMIT signedIn(m_user);
        for (Pending &p : waiting)
            dispatch(std::move(p));
        return;
    }
    const ApiError &e = r.error();
    const bool rejected =
        e.kind == ApiError::Kind::Http && (e.httpStatus == 401 || e.httpStatus == 400);
    for (Pending &p : waiting) {
        if (p.context)
            p.callback(e);
    }
    if (rejected) {
        qCInfo(lcSession) << "refresh rejected; signing out";
        const bool resuming = m_state == State::SigningIn;
        endSession(QCoreApplication::translate(
            "qw::Session", "The server ended the session. Please sign in again."));
        if (resuming)
            Q_EMIT signInFailed(e);
        return;
    }
    // Unreachable or the server's own trouble: keep the refresh token and try again.
    qCInfo(lcSession) << "refresh failed, will retry:" << e.detail;
    if (m_state == State::SigningIn) {
        setState(State::SignedOut);
        Q_EMIT signInFailed(e);
        return;
    }
    armRefresh(m_refreshRetryMs);
}

void Session::send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                   const QByteArray &body, QObject *context, ApiClient::RawCallback callback)
{
    Pending p{verb, path, query, body, context, std::move(callback), false};
    if (m_state != State::SignedIn) {
        QTimer::singleShot(0, context, [cb = std::move(p.callback)] {
            cb(ApiError{ApiError::Kind::Http, 401, {}, {}, QStringLiteral("not signed in")});
        });
        return;
    }
    if (m_refreshing) {
        m_waiting.append(std::move(p));
        return;
    }
    dispatch(std::move(p));
}

void Session::dispatch(Pending p)
{
    if (!p.context)
        return;
    QObject *context = p.context;
    m_api.send(
        p.verb, p.path, p.query, p.body, m_accessToken, context,
        [this, guard = QPointer<Session>(this), p](const Result<ApiResponse, ApiError> &r) mutable {
            if (!guard)
                return;
            if (!r && r.error().isUnauthorized() && !p.replayed && !m_refreshToken.isEmpty()) {
                p.replayed = true;
                m_waiting.append(std::move(p));
                startRefresh();
                return;
            }
            p.callback(r);
        });
}

void Session::signOut(std::function<void()> revoked)
{
    if (m_state == State::SignedIn && !m_accessToken.isEmpty()) {
        m_api.logout(m_accessToken, this,
                     [revoked = std::move(revoked)](const std::optional<ApiError> &) {
                         if (revoked)
                             revoked();
                     });
    } else if (revoked) {
        QTimer::singleShot(0, this, std::move(revoked));
    }
    endSession({});
}

void Session::endSession(const QString &reason)
{
    disarmRefresh();
    if (!m_account.isEmpty())
        m_credentials.remove(CredentialStore::keyFor(m_api.baseUrl(), m_account),
                             [](bool, const QString &) {});
    m_accessToken.clear();
    m_refreshToken.clear();
    m_accessExpiry = {};
    m_refreshing = false;
    m_dueOnArrival = 0;
    const QList<Pending> waiting = std::exchange(m_waiting, {});
    for (const Pending &p : waiting) {
        if (p.context)
            p.callback(
                ApiError{ApiError::Kind::Cancelled, 0, {}, {}, QStringLiteral("signed out")});
    }
    const bool wasSignedIn = m_state != State::SignedOut;
    setState(State::SignedOut);
    if (wasSignedIn)
        Q_EMIT signedOut(reason);
}

} // namespace qw
