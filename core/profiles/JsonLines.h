#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace qw {

// Where each value of a JSON text starts: its path ("requests[0].quotas[1].used", "" for
// the root) and 1-based line, so that a profile's errors can point at the line to fix.
// QJsonDocument keeps no positions; this scan does, over text QJsonDocument accepted.
class JsonLines final {
public:
    static JsonLines scan(const QByteArray &json);

    // The line of the value at `path`, or of its nearest enclosing value that has one.
    int lineOf(const QString &path) const;
    // The 1-based line of a byte offset (QJsonParseError::offset).
    static int lineAtOffset(const QByteArray &json, qsizetype offset);

private:
    QHash<QString, int> m_lines;
};

} // namespace qw
