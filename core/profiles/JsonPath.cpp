#include "core/profiles/JsonPath.h"

#include <QJsonArray>
#include <QJsonObject>

namespace qw {

namespace {

ProfileText say(const char *source)
{
    return ProfileText::of("qw::JsonPath", source);
}

} // namespace

std::optional<JsonPath> JsonPath::parse(const QString &text, ProfileText *error)
{
    const auto fail = [error](const ProfileText &why) -> std::optional<JsonPath> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    JsonPath path;
    path.m_text = text;
    if (text.startsWith(u'$'))
        path.m_root = Root::Document;
    else if (text.startsWith(u'@'))
        path.m_root = Root::Item;
    else
        return fail(say(QT_TRANSLATE_NOOP(
            "qw::JsonPath", "a path starts with $ (the answer) or @ (the current item)")));
    int wildcards = 0;
    qsizetype i = 1;
    while (i < text.size()) {
        Step step;
        if (text[i] == u'.') {
            const qsizetype start = ++i;
            while (i < text.size() && text[i] != u'.' && text[i] != u'[')
                ++i;
            const QString name = text.mid(start, i - start);
            if (name.isEmpty())
                return fail(say(QT_TRANSLATE_NOOP("qw::JsonPath", "an empty name after '.' at %1"))
                                .arg(start));
            if (name == QStringLiteral("*"))
                step.kind = Step::Kind::Every;
            else
                step.name = name;
        } else if (text[i] == u'[') {
            const qsizetype close = text.indexOf(u']', i);
            if (close < 0)
                return fail(say(QT_TRANSLATE_NOOP("qw::JsonPath", "an unclosed '[' at %1")).arg(i));
            const QString inside = text.mid(i + 1, close - i - 1);
            i = close + 1;
            if (inside == QStringLiteral("*")) {
                step.kind = Step::Kind::Every;
            } else if (inside.size() >= 2 && inside.startsWith(u'"') && inside.endsWith(u'"')) {
                step.name = inside.mid(1, inside.size() - 2);
            } else {
                bool ok = false;
                const int index = inside.toInt(&ok);
                if (!ok || index < 0)
                    return fail(
                        say(QT_TRANSLATE_NOOP("qw::JsonPath",
                                              "'[%1]' is neither an index, * nor a quoted name"))
                            .arg(inside));
                step.kind = Step::Kind::Index;
                step.index = index;
            }
        } else {
            return fail(say(QT_TRANSLATE_NOOP("qw::JsonPath", "unexpected '%1' at %2"))
                            .arg(QString(text[i]))
                            .arg(i));
        }
        if (step.kind == Step::Kind::Every && ++wildcards > 1)
            return fail(say(
                QT_TRANSLATE_NOOP("qw::JsonPath", "a path may visit one level of items, not two")));
        path.m_steps.append(step);
    }
    return path;
}

bool JsonPath::hasWildcard() const
{
    for (const Step &s : m_steps) {
        if (s.kind == Step::Kind::Every)
            return true;
    }
    return false;
}

namespace {

QJsonValue stepInto(const QJsonValue &value, const JsonPath::Step &step)
{
    if (step.kind == JsonPath::Step::Kind::Member)
        return value.isObject() ? value.toObject().value(step.name) : QJsonValue::Undefined;
    if (value.isArray() && step.index < value.toArray().size())
        return value.toArray().at(step.index);
    return QJsonValue::Undefined;
}

} // namespace

QList<JsonPath::Match> JsonPath::matchesIn(const QJsonValue &document, const QJsonValue &item) const
{
    QList<Match> current{{QString(), m_root == Root::Document ? document : item}};
    for (const Step &step : m_steps) {
        QList<Match> next;
        for (const Match &m : current) {
            if (step.kind != Step::Kind::Every) {
                const QJsonValue v = stepInto(m.value, step);
                if (!v.isUndefined())
                    next.append({m.key, v});
            } else if (m.value.isObject()) {
                const QJsonObject object = m.value.toObject();
                for (auto it = object.begin(); it != object.end(); ++it)
                    next.append({it.key(), it.value()});
            } else if (m.value.isArray()) {
                const QJsonArray array = m.value.toArray();
                for (qsizetype n = 0; n < array.size(); ++n)
                    next.append({QString::number(n), array.at(n)});
            }
        }
        current = std::move(next);
    }
    return current;
}

QJsonValue JsonPath::valueIn(const QJsonValue &document, const QJsonValue &item) const
{
    const QList<Match> matches = matchesIn(document, item);
    return matches.isEmpty() ? QJsonValue(QJsonValue::Undefined) : matches.first().value;
}

} // namespace qw
