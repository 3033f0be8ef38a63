#include "ui/KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
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
            "The system keychain refused access (is it locked?): you will be asked to "
            "sign in next time.");
    default:
        break;
    }
    const QString detail = job->errorString().trimmed();
    if (detail.isEmpty() || detail == QStringLiteral("Unknown error"))
        return KeychainCredentialStore::tr(
            "No system keychain could be reached: you will be asked to sign in next "
            "time.");
    return KeychainCredentialStore::tr(
               "The system keychain did not keep the sign-in (%1): you will be asked to sign "
               "in next time.")
        .arg(detail);
}
} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : CredentialStore(parent)
{}

void KeychainCredentialStore::read(const QString &key, ReadCallback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [cb = std::move(callback)](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() == QKeychain::NoError)
            cb(read->textData(), {});
        else if (read->error() == QKeychain::EntryNotFound)
            cb(std::nullopt, {});
        else {
            qCInfo(lcKeychain) << "read failed:" << read->error();
            cb(std::nullopt, explain(read));
        }
    });
    job->start();
}

void KeychainCredentialStore::write(const QString &key, const QString &secret,
                                    WriteCallback callback)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [cb = std::move(callback)](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            cb(true, {});
        else {
            qCInfo(lcKeychain) << "write failed:" << j->error();
            cb(false, explain(j));
        }
    });
    job->start();
}

void KeychainCredentialStore::remove(const QString &key, WriteCallback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [cb = std::move(callback)](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        cb(ok, ok ? QString() : explain(j));
    });
    job->start();
}

} // namespace qw
