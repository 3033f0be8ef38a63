#include "core/sources/SourceRegistry.h"

#include "core/auth/CredentialStore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>
#include <QUuid>

namespace qw {

Q_LOGGING_CATEGORY(lcSources, "qw.core.sources", QtInfoMsg)

namespace {

const QString arrayKey = QStringLiteral("sources");

} // namespace

SourceRegistry::SourceRegistry(QSettings &store, CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_credentials(credentials)
{
    reload();
}

void SourceRegistry::reload()
{
    m_sources.clear();
    const int count = m_store.beginReadArray(arrayKey);
    for (int i = 0; i < count; ++i) {
        m_store.setArrayIndex(i);
        SourceConfig s;
        s.id = m_store.value(QStringLiteral("id")).toString();
        s.name = m_store.value(QStringLiteral("name")).toString();
        s.profile = m_store.value(QStringLiteral("profile")).toString();
        s.baseUrl = QUrl(m_store.value(QStringLiteral("baseUrl")).toString());
        s.username = m_store.value(QStringLiteral("username")).toString();
        s.path = m_store.value(QStringLiteral("path")).toString();
        // A hand-edited entry without an id or a profile cannot be watched or named safely.
        if (s.id.isEmpty() || s.profile.isEmpty() || find(s.id)) {
            qCWarning(lcSources) << "ignoring source entry" << i << "without an id or a profile";
            continue;
        }
        if (s.name.isEmpty())
            s.name = s.profile;
        m_sources << s;
    }
    m_store.endArray();
}

void SourceRegistry::save()
{
    m_store.remove(arrayKey); // a shorter list leaves no entries of the longer one behind
    m_store.beginWriteArray(arrayKey, int(m_sources.size()));
    for (int i = 0; i < m_sources.size(); ++i) {
        const SourceConfig &s = m_sources.at(i);
        m_store.setArrayIndex(i);
        m_store.setValue(QStringLiteral("id"), s.id);
        m_store.setValue(QStringLiteral("name"), s.name);
        m_store.setValue(QStringLiteral("profile"), s.profile);
        m_store.setValue(QStringLiteral("baseUrl"), s.baseUrl.toString());
        m_store.setValue(QStringLiteral("username"), s.username);
        m_store.setValue(QStringLiteral("path"), s.path);
    }
    m_store.endArray();
    m_store.sync();
}

const SourceConfig *SourceRegistry::find(const QString &id) const
{
    for (const SourceConfig &s : m_sources) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QString SourceRegistry::add(SourceConfig source, const QString &secret, SecretWritten done)
{
    source.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (source.name.trimmed().isEmpty())
        source.name = source.profile;
    source.name = source.name.trimmed();
    m_sources << source;
    save();
    if (!secret.isEmpty()) {
        m_secrets.insert(source.id, secret);
        const QString name = source.name;
        const QString id = source.id;
        if (!m_credentials.isPersistent()) {
            if (done)
                done(tr("No keychain is available: the secret of %1 is kept only until "
                        "Quotawatch quits.")
                         .arg(name));
        } else {
            QPointer<SourceRegistry> self(this);
            m_credentials.write(source.secretKey(), secret,
                                [self, name, done](bool ok, const QString &error) {
                                    if (!self || !done)
                                        return;
                                    if (ok)
                                        done({});
                                    else
                                        done(tr("The secret of %1 could not be stored in the "
                                                "keychain (%2): it is kept only until Quotawatch "
                                                "quits.")
                                                 .arg(name, error));
                                });
        }
    } else if (done) {
        done({});
    }
    Q_EMIT added(source.id);
    return source.id;
}

bool SourceRegistry::rename(const QString &id, const QString &name)
{
    const QString trimmed = name.trimmed();
    for (SourceConfig &s : m_sources) {
        if (s.id != id)
            continue;
        if (trimmed.isEmpty() || trimmed == s.name)
            return false;
        s.name = trimmed;
        save();
        Q_EMIT renamed(id, trimmed);
        return true;
    }
    return false;
}

bool SourceRegistry::remove(const QString &id)
{
    for (qsizetype i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i).id != id)
            continue;
        const QString key = m_sources.at(i).secretKey();
        m_sources.removeAt(i);
        save();
        m_secrets.remove(id);
        m_credentials.remove(key, [key](bool ok, const QString &error) {
            if (!ok)
                qCInfo(lcSources).noquote() << "could not forget" << key << ':' << error;
        });
        Q_EMIT removed(id);
        return true;
    }
    return false;
}

void SourceRegistry::readSecret(const QString &id, SecretRead done)
{
    const SourceConfig *source = find(id);
    if (!source) {
        done({});
        return;
    }
    if (const auto it = m_secrets.constFind(id); it != m_secrets.constEnd()) {
        done(*it);
        return;
    }
    QPointer<SourceRegistry> self(this);
    m_credentials.read(source->secretKey(),
                       [self, id, done](const std::optional<QString> &secret, const QString &) {
                           if (!self)
                               return;
                           if (secret)
                               self->m_secrets.insert(id, *secret);
                           done(secret.value_or(QString()));
                       });
}

} // namespace qw
