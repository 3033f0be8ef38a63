#include "server/auth/PasswordHasher.h"

#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace qw::server {

namespace {

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, 32);
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

QString PasswordHasher::hash(const QString &password, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          salt.size() / 4);
    const QByteArray key = derive(password, salt, iterations);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool PasswordHasher::verify(const QString &password, const QString &encoded)
{
    const QStringList parts = encoded.split(u'$');
    bool ok = parts.size() == 4 && parts.at(0) == QStringLiteral("pbkdf2-sha256");
    const int iterations = ok ? parts.at(1).toInt(&ok) : 0;
    const QByteArray salt = ok ? QByteArray::fromBase64(parts.at(2).toLatin1()) : QByteArray();
    const QByteArray expected = ok ? QByteArray::fromBase64(parts.at(3).toLatin1()) : QByteArray();
    if (!ok || iterations < minIterations || iterations > maxIterations || salt.isEmpty() ||
        expected.size() != 32)
        return false; // a damaged stored hash: the server's data, not the caller's input
    // An over-long password is refused, but only after the same work as any other: refusing
    // at once would tell which e-mail addresses have an account (the unknown ones are
    // hashed, see burnVerifyTime()).
    const bool tooLong = password.size() > maxPasswordLength;
    const QByteArray derived =
        derive(tooLong ? QStringLiteral("timing-equaliser") : password, salt, iterations);
    return !tooLong && constantTimeEquals(derived, expected);
}

void PasswordHasher::burnVerifyTime()
{
    static const QByteArray salt(16, 'x');
    (void)derive(QStringLiteral("timing-equaliser"), salt, defaultIterations);
}

} // namespace qw::server
