#pragma once

#include "core/profiles/ProfileText.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace qw {

// The paths a source profile may use, and nothing more (a profile never runs code):
// "$" the answer's root or "@" the current item, then ".name", "[\"name\"]", "[2]", and
// one wildcard ".*" / "[*]" that visits every member or element. Parsed once, at load.
class JsonPath final {
public:
    enum class Root { Document, Item };
    struct Step {
        enum class Kind { Member, Index, Every };
        Kind kind = Kind::Member;
        QString name;
        int index = 0;
    };
    // One value a wildcard visited, with its member name or index as text.
    struct Match {
        QString key;
        QJsonValue value;
    };

    // nullopt and a reason for anything else ("two wildcards", "unclosed [").
    static std::optional<JsonPath> parse(const QString &text, ProfileText *error = nullptr);

    Root root() const { return m_root; }
    bool hasWildcard() const;
    // The value at the path (Undefined when absent); a wildcard path takes its first match.
    QJsonValue valueIn(const QJsonValue &document, const QJsonValue &item = {}) const;
    // Every value a wildcard visits (one, keyed "", without a wildcard; none when absent).
    QList<Match> matchesIn(const QJsonValue &document, const QJsonValue &item = {}) const;
    QString toString() const { return m_text; }

private:
    Root m_root = Root::Document;
    QList<Step> m_steps;
    QString m_text;
};

} // namespace qw
