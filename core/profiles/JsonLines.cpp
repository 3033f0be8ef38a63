#include "core/profiles/JsonLines.h"

#include <QList>
#include <algorithm>
#include <cstring>

namespace qw {

namespace {

// A scanner over well-formed JSON (the caller parsed it first): it only needs to find where
// values start and what their keys and indexes are.
class Scanner {
public:
    Scanner(const QByteArray &text, QHash<QString, int> &lines)
        : m_text(text)
        , m_lines(lines)
    {}

    void value(const QString &path, int depth)
    {
        skipSpace();
        if (m_at >= m_text.size() || depth > 64)
            return;
        m_lines.insert(path, m_line);
        const char c = m_text[m_at];
        if (c == '{') {
            ++m_at;
            while (true) {
                skipSpace();
                if (m_at >= m_text.size() || m_text[m_at] == '}') {
                    ++m_at;
                    return;
                }
                if (m_text[m_at] == ',') {
                    ++m_at;
                    continue;
                }
                const QString key = string();
                skipSpace();
                if (m_at < m_text.size() && m_text[m_at] == ':')
                    ++m_at;
                value(path.isEmpty() ? key : path + u'.' + key, depth + 1);
            }
        }
        if (c == '[') {
            ++m_at;
            int index = 0;
            while (true) {
                skipSpace();
                if (m_at >= m_text.size() || m_text[m_at] == ']') {
                    ++m_at;
                    return;
                }
                if (m_text[m_at] == ',') {
                    ++m_at;
                    continue;
                }
                value(path + u'[' + QString::number(index++) + u']', depth + 1);
            }
        }
        if (c == '"') {
            string();
            return;
        }
        while (m_at < m_text.size() && !strchr(",]} \t\r\n", m_text[m_at]))
            ++m_at; // a number, true, false or null
    }

private:
    void skipSpace()
    {
        while (m_at < m_text.size()) {
            const char c = m_text[m_at];
            if (c == '\n')
                ++m_line;
            else if (c != ' ' && c != '\t' && c != '\r')
                return;
            ++m_at;
        }
    }

    QString string()
    {
        const qsizetype start = ++m_at; // past the quote
        QByteArray raw;
        bool escaped = false;
        for (; m_at < m_text.size(); ++m_at) {
            const char c = m_text[m_at];
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                break;
            }
        }
        raw = m_text.mid(start, m_at - start);
        ++m_at;
        // Keys with escapes are rare in profiles; their raw text is close enough for a line.
        return QString::fromUtf8(raw);
    }

    const QByteArray &m_text;
    QHash<QString, int> &m_lines;
    qsizetype m_at = 0;
    int m_line = 1;
};

} // namespace

JsonLines JsonLines::scan(const QByteArray &json)
{
    JsonLines lines;
    Scanner(json, lines.m_lines).value(QString(), 0);
    return lines;
}

int JsonLines::lineOf(const QString &path) const
{
    QString at = path;
    while (true) {
        const auto it = m_lines.constFind(at);
        if (it != m_lines.cend())
            return *it;
        if (at.isEmpty())
            return 1;
        const qsizetype cut = std::max(at.lastIndexOf(u'.'), at.lastIndexOf(u'['));
        at = cut < 0 ? QString() : at.left(cut);
    }
}

int JsonLines::lineAtOffset(const QByteArray &json, qsizetype offset)
{
    return int(json.left(std::clamp<qsizetype>(offset, 0, json.size())).count('\n')) + 1;
}

} // namespace qw
