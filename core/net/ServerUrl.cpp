#include "core/net/ServerUrl.h"

namespace qw {

QUrl ServerUrl::fromUserText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.contains(QStringLiteral("://")))
        return QUrl(trimmed, QUrl::StrictMode);
    return QUrl(QStringLiteral("http://") + trimmed, QUrl::StrictMode);
}

bool ServerUrl::isUsable(const QUrl &url)
{
    return url.isValid() &&
           (url.scheme() == QStringLiteral("http") || url.scheme() == QStringLiteral("https")) &&
           !url.host().isEmpty();
}

} // namespace qw
