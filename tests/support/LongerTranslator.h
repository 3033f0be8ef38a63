#pragma once

#include <QString>
#include <QTranslator>
#include <cmath>

namespace qw::test {

// Every string 40 % longer: padded at the end with letters (so that word wrapping and eliding
// behave as with words), placeholders, markup and mnemonics left as they are.
class LongerTranslator final : public QTranslator {
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        const QString text = QString::fromUtf8(source);
        if (text.trimmed().isEmpty())
            return text;
        QString padded = text;
        const auto extra = qsizetype(std::ceil(text.size() * 0.4));
        static const QString pad = QStringLiteral("\u00e9xtr\u00e4 w\u00f6rd");
        // Inside rich text the visible text ends before the markup that closes it.
        const qsizetype at = text.endsWith(u'>') ? text.lastIndexOf(u'<') : text.size();
        QString tail;
        while (tail.size() < extra)
            tail += pad.left(std::min(pad.size(), extra - tail.size()));
        padded.insert(at, tail);
        return padded;
    }
    bool isEmpty() const override { return false; }
};

} // namespace qw::test
