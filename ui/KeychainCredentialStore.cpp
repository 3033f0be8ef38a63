#include "ui/KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace qw {

Q_LOGGING_CATEGORY(lcKeychain, "qw.ui.keychain", QtInfoMsg)

namespace {
// What the user needs to know: that the sign-in will not be remembered, and why, in words
// that never blame the server. QtKeychain reports a missing D-Bus session or Secret Service
// as OtherError "Unknown error" (Debian 12), not as NoBackendAvailable.
QString explain(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeychainCredentialStore::tr(
            "No system keychain: you will be asked to sign in next time.");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeychainCredentialStore::tr(
            "The system keychain is locked or refused access: you will be asked to sign in "
            "next time.");
    default:
        break;
    }
    const QString detail = job->errorString().trimmed();
    if (detail.isEmpty() || detail == QStringLiteral("Unknown error"))
        return KeychainCredentialStore::tr(
            "No system keychain could be reached: you will be asked to sign in next "
            "time.");
    // libsecret says "locked" in its own words (OtherError) when a locked collection
    // refuses a new item and no password prompt could be shown.
    if (detail.contains(QStringLiteral("locked"), Qt::CaseInsensitive))
        return KeychainCredentialStore::tr(
            "The system keychain is locked, so the sign-in was not saved: you will be asked "
            "to sign in next time.");
    return KeychainCredentialStore::tr(
               "The system keychain did not keep the sign-in (%1): you will be asked to sign "
               "in next time.")
        .arg(detail);
}

QString noAnswer(int timeoutMs)
{
    return KeychainCredentialStore::tr(
        "The system keychain did not answer within %n second(s) (is it stuck, or waiting "
        "for a password?): you will be asked to sign in next time.",
        nullptr, std::max(1, timeoutMs / 1000));
}

QString lockedOnRead()
{
    return KeychainCredentialStore::tr(
        "The system keychain is locked, so the saved sign-in could not be read: please sign "
        "in, or unlock the keychain and start Quotawatch again.");
}

// Calls back once: whichever of the answer and the timeout comes first wins, the other is
// dropped.
template <class Callback, class... Args>
void answerOnce(const std::shared_ptr<Callback> &callback, Args &&...args)
{
    if (!*callback)
        return;
    Callback call = std::move(*callback);
    *callback = nullptr;
    call(std::forward<Args>(args)...);
}

// The Secret Service is on the session bus of Linux and the BSDs only.
constexpr bool hasSecretService =
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    true;
#else
    false;
#endif
} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : CredentialStore(parent)
{
    qDBusRegisterMetaType<QMap<QString, QString>>(); // SearchItems' a{ss}
}

// Jobs have no parent: QtKeychain's Secret Service callbacks hold a job's raw pointer, so a
// job must live until its backend answers, even after we stopped waiting (it deletes itself
// then). The connections die with this store, so a late answer reaches no one.

void KeychainCredentialStore::read(const QString &key, ReadCallback callback)
{
    auto cb = std::make_shared<ReadCallback>(std::move(callback));
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key, cb](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() == QKeychain::NoError) {
            answerOnce(cb, read->textData(), QString());
        } else if (read->error() == QKeychain::EntryNotFound) {
            if (*cb)
                checkLocked(key, cb);
        } else {
            qCInfo(lcKeychain) << "read failed:" << read->error();
            answerOnce(cb, std::nullopt, explain(read));
        }
    });
    QTimer::singleShot(m_timeoutMs, this, [cb, ms = m_timeoutMs] {
        if (*cb)
            qCWarning(lcKeychain) << "read: no answer within" << ms << "ms";
        answerOnce(cb, std::nullopt, noAnswer(ms));
    });
    job->start();
}

void KeychainCredentialStore::checkLocked(const QString &key,
                                          std::shared_ptr<ReadCallback> callback)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!hasSecretService || !bus.isConnected()) {
        answerOnce(callback, std::nullopt, QString());
        return;
    }
    // The attributes QtKeychain stores an entry under; SearchItems answers with the unlocked
    // and the locked matches without prompting. Never start a service just to ask.
    QDBusMessage search = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    search.setAutoStartService(false);
    search << QVariant::fromValue(QMap<QString, QString>{
        {QStringLiteral("user"), key}, {QStringLiteral("server"), serviceName()}});
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(search, m_timeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [callback](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *w;
                const bool locked = !reply.isError() && !reply.argumentAt<1>().isEmpty();
                if (locked)
                    qCInfo(lcKeychain) << "read: the entry is in a locked collection";
                answerOnce(callback, std::nullopt, locked ? lockedOnRead() : QString());
            });
}

void KeychainCredentialStore::write(const QString &key, const QString &secret,
                                    WriteCallback callback)
{
    auto cb = std::make_shared<WriteCallback>(std::move(callback));
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [cb](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError) {
            answerOnce(cb, true, QString());
        } else {
            qCInfo(lcKeychain) << "write failed:" << j->error();
            answerOnce(cb, false, explain(j));
        }
    });
    QTimer::singleShot(m_timeoutMs, this, [cb, ms = m_timeoutMs] {
        if (*cb)
            qCWarning(lcKeychain) << "write: no answer within" << ms << "ms";
        answerOnce(cb, false, noAnswer(ms));
    });
    job->start();
}

void KeychainCredentialStore::remove(const QString &key, WriteCallback callback)
{
    auto cb = std::make_shared<WriteCallback>(std::move(callback));
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [cb](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        answerOnce(cb, ok, ok ? QString() : explain(j));
    });
    QTimer::singleShot(m_timeoutMs, this, [cb, ms = m_timeoutMs] {
        if (*cb)
            qCWarning(lcKeychain) << "remove: no answer within" << ms << "ms";
        answerOnce(cb, false, noAnswer(ms));
    });
    job->start();
}

} // namespace qw
