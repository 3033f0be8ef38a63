#include "app/i18n/EnglishPlurals.h"

namespace qw {

QString EnglishPlurals::translate(const char *, const char *sourceText, const char *, int n) const
{
    if (n < 0 || !sourceText)
        return {};
    QString text = QString::fromUtf8(sourceText);
    if (!text.contains(QStringLiteral("(s)")))
        return {}; // null: Qt falls back to the source
    // English has one singular, for exactly one; 0 is plural ("0 tenants").
    return text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace qw
