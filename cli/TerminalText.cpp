#include "cli/TerminalText.h"

namespace qw {

QString TerminalText::shown(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u <= 0x9f);
        const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        if (control || bidi)
            c = QChar(QChar::ReplacementCharacter);
    }
    return out;
}

} // namespace qw
