#include "server/cli/SecretFile.h"

#include "server/storage/Sql.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace qw::server {

Q_LOGGING_CATEGORY(lcSecret, "qw.server.secret", QtInfoMsg)

QByteArray SecretFile::loadOrCreate(const QString &path, bool create, QString *error)
{
    if (!QFileInfo::exists(path)) {
        if (!create) {
            *error = QStringLiteral("secret file %1 does not exist").arg(path);
            return {};
        }
        const QByteArray secret = randomBytes(48).toHex();
        // O_EXCL with mode 0600 from the start: the secret is never readable by others,
        // and two servers starting at once cannot both write it.
        const int fd =
            ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
        if (fd < 0 && errno != EEXIST) {
            *error = QStringLiteral("cannot create secret file %1: %2")
                         .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            return {};
        }
        if (fd >= 0) {
            const QByteArray line = secret + '\n';
            const bool written =
                ::write(fd, line.constData(), static_cast<size_t>(line.size())) == line.size();
            ::fsync(fd);
            ::close(fd);
            if (!written) {
                QFile::remove(path);
                *error = QStringLiteral("cannot write secret file %1").arg(path);
                return {};
            }
            qCInfo(lcSecret).noquote() << "generated a new signing secret in" << path;
        }
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read secret file %1: %2").arg(path, f.errorString());
        return {};
    }
    if (f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        qCWarning(lcSecret).noquote()
            << "secret file" << path << "is readable by others; chmod 600 it";
    const QByteArray secret = f.read(4096).trimmed();
    if (secret.size() < minBytes) {
        *error = QStringLiteral("secret in %1 is shorter than %2 bytes").arg(path).arg(minBytes);
        return {};
    }
    return secret;
}

} // namespace qw::server
