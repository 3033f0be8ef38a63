#include "ui/KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

namespace qw {

Q_LOGGING_CATEGORY(lcKeychain, "qw.ui.keychain", QtInfoMsg)

namespace {
QString explain(const QKeychain::Job *job)
{
    if (job->error() == QKeychain::NoBackendAvailable)
        return QCoreApplication::translate(
            "qw::KeychainCredentialStore",
            "No system keychain is available; the sign-in is kept in memory only and "
            "will be asked for again next time.");
    return QCoreApplication::translate("qw::KeychainCredentialStore",
                                       "The system keychain reported: %1")
        .arg(job->errorString());
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
