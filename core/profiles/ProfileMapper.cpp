#include "core/profiles/ProfileMapper.h"

#include "core/net/RateLimitHeaders.h"
#include "core/profiles/JsonPath.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

namespace qw::ProfileMapper {

namespace {

ParseError error(ParseError::Code code, const QString &path, const QString &message)
{
    return ParseError{code, path, message};
}

QString substituteKey(QString text, const QString &key)
{
    return text.replace(QStringLiteral("{key}"), key);
}

// The value of one quota field for one item, and where it was looked for.
struct Field {
    QJsonValue value = QJsonValue::Undefined;
    QString where;
};

Field fieldOf(const QuotaMapping &m, const QString &name, const QJsonValue &answer,
              const JsonPath::Match &item)
{
    const auto it = m.fields.constFind(name);
    if (it == m.fields.cend())
        return {};
    if (it->path.isEmpty()) {
        const QJsonValue c = it->constant;
        return {c.isString() ? QJsonValue(substituteKey(c.toString(), item.key)) : c, name};
    }
    const QString pathText = substituteKey(it->path, item.key);
    const auto path = JsonPath::parse(pathText);
    if (!path)
        return {QJsonValue::Undefined, pathText};
    return {path->valueIn(answer, item.value), pathText};
}

std::optional<double> numberOf(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) { // some APIs send "1234"
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

std::optional<QString> textOf(const QJsonValue &v)
{
    if (v.isString() && !v.toString().isEmpty())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return std::nullopt;
}

QString defaultUnit(const QString &metric)
{
    const QString m = metric.toLower();
    if (m.contains(QStringLiteral("cost")) || m.contains(QStringLiteral("spend")))
        return QStringLiteral("usd");
    if (m.contains(QStringLiteral("token")))
        return QStringLiteral("tokens");
    if (m.contains(QStringLiteral("storage")) || m.contains(QStringLiteral("bytes")))
        return QStringLiteral("bytes");
    return QStringLiteral("count");
}

QString quotaId(const Quota &q)
{
    QString id = q.period + u'.' + q.metric;
    if (q.provider)
        id += u'.' + *q.provider;
    if (q.model)
        id += u'.' + *q.model;
    return id;
}

bool isUnlimitedMarker(const QuotaMapping &m, const QJsonValue &v)
{
    if (v.isNull())
        return m.unlimitedWhenNull;
    if (v.isUndefined())
        return m.unlimitedWhenAbsent;
    for (const QJsonValue &marker : m.unlimitedValues) {
        if (marker.isDouble() && v.isDouble() && marker.toDouble() == v.toDouble())
            return true;
        if (marker.isString() && v.isString() &&
            marker.toString().compare(v.toString(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<double> finiteNonNegative(const std::optional<double> &d)
{
    if (!d || !std::isfinite(*d) || *d < 0 || *d > 1e18)
        return std::nullopt;
    return d;
}

} // namespace

QDateTime instant(const QJsonValue &value, TimeFormat format, const QDateTime &now)
{
    const std::optional<double> n = numberOf(value);
    const auto fromSeconds = [](double s) {
        return std::isfinite(s) && std::fabs(s) < 1e11
                   ? QDateTime::fromMSecsSinceEpoch(qint64(s * 1000), Qt::UTC)
                   : QDateTime();
    };
    switch (format) {
    case TimeFormat::EpochSeconds:
        return n ? fromSeconds(*n) : QDateTime();
    case TimeFormat::EpochMillis:
        return n ? fromSeconds(*n / 1000) : QDateTime();
    case TimeFormat::SecondsFromNow:
        return n && *n >= 0 && *n < 1e9 ? now.addMSecs(qint64(*n * 1000)) : QDateTime();
    case TimeFormat::NaiveUtc: {
        if (!value.isString())
            return {};
        QDateTime t = QDateTime::fromString(value.toString().trimmed(), Qt::ISODateWithMs);
        if (!t.isValid())
            return {};
        if (t.timeSpec() == Qt::LocalTime) // no offset written: the profile says it is UTC
            t = QDateTime(t.date(), t.time(), Qt::UTC);
        return t.toUTC();
    }
    case TimeFormat::Rfc3339: {
        if (!value.isString())
            return {};
        const QString text = value.toString().trimmed();
        // RFC 3339 needs an offset or Z; without one the instant is ambiguous.
        static const QRegularExpression offset(QStringLiteral("(Z|z|[+-]\\d\\d:?\\d\\d)$"));
        if (!offset.match(text).hasMatch())
            return {};
        const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        return t.isValid() ? t.toUTC() : QDateTime();
    }
    }
    return {};
}

Result<QList<Quota>, ParseError> quotas(const QuotaMapping &m, const QJsonValue &answer,
                                        const QDateTime &now)
{
    QList<JsonPath::Match> items;
    if (m.each.isEmpty()) {
        items.append({QString(), answer});
    } else {
        const auto each = JsonPath::parse(m.each);
        if (!each)
            return error(ParseError::Code::InvalidValue, m.each,
                         QCoreApplication::translate("qw::ProfileMapper", "not a path"));
        items = each->matchesIn(answer);
        if (items.isEmpty() && each->valueIn(answer).isUndefined()) {
            // The list itself is absent (an empty one is fine: no quotas).
            QString parent = m.each;
            parent.chop(parent.endsWith(QStringLiteral("[*]")) ? 3 : 2);
            const auto container = JsonPath::parse(parent);
            const QJsonValue list =
                container ? container->valueIn(answer) : QJsonValue(QJsonValue::Undefined);
            if (list.isUndefined())
                return error(
                    ParseError::Code::MissingField, parent,
                    QCoreApplication::translate("qw::ProfileMapper", "the answer has no %1")
                        .arg(parent));
            // A text or a number where the items should be is not "no quotas".
            if (!list.isObject() && !list.isArray())
                return error(ParseError::Code::WrongType, parent,
                             QCoreApplication::translate("qw::ProfileMapper",
                                                         "%1 is not a list or an object of quotas")
                                 .arg(parent));
        }
    }
    if (items.size() > maxQuotasPerAnswer)
        return error(ParseError::Code::TooLarge, m.each,
                     QCoreApplication::translate("qw::ProfileMapper", "more than %1 quotas")
                         .arg(maxQuotasPerAnswer));
    QList<Quota> out;
    for (const JsonPath::Match &item : items) {
        const QString at = m.each.isEmpty() ? QStringLiteral("$") : m.each + u'(' + item.key + u')';
        Quota q;
        const Field metric = fieldOf(m, QStringLiteral("metric"), answer, item);
        const auto metricText = textOf(metric.value);
        if (!metricText)
            return error(
                metric.value.isUndefined() ? ParseError::Code::MissingField
                                           : ParseError::Code::WrongType,
                metric.where,
                QCoreApplication::translate("qw::ProfileMapper", "%1: no metric name").arg(at));
        q.metric = *metricText;
        q.period = textOf(fieldOf(m, QStringLiteral("period"), answer, item).value)
                       .value_or(QStringLiteral("window"));
        q.unit = textOf(fieldOf(m, QStringLiteral("unit"), answer, item).value)
                     .value_or(defaultUnit(q.metric));
        q.provider = textOf(fieldOf(m, QStringLiteral("provider"), answer, item).value);
        q.model = textOf(fieldOf(m, QStringLiteral("model"), answer, item).value);

        const Field limit = fieldOf(m, QStringLiteral("limit"), answer, item);
        if (m.fields.contains(QStringLiteral("limit")) && !isUnlimitedMarker(m, limit.value)) {
            q.limit = finiteNonNegative(numberOf(limit.value));
            if (!q.limit)
                return error(
                    limit.value.isUndefined() ? ParseError::Code::MissingField
                                              : ParseError::Code::WrongType,
                    limit.where,
                    QCoreApplication::translate("qw::ProfileMapper",
                                                "%1: the limit is not a number of zero or more")
                        .arg(at));
        }
        const Field used = fieldOf(m, QStringLiteral("used"), answer, item);
        if (m.fields.contains(QStringLiteral("used"))) {
            const auto u = finiteNonNegative(numberOf(used.value));
            if (!u)
                return error(
                    used.value.isUndefined() ? ParseError::Code::MissingField
                                             : ParseError::Code::WrongType,
                    used.where,
                    QCoreApplication::translate("qw::ProfileMapper",
                                                "%1: the usage is not a number of zero or more")
                        .arg(at));
            q.used = *u;
        } else {
            const Field remaining = fieldOf(m, QStringLiteral("remaining"), answer, item);
            const auto r = finiteNonNegative(numberOf(remaining.value));
            if (!r || !q.limit)
                return error(
                    ParseError::Code::MissingField, remaining.where,
                    QCoreApplication::translate("qw::ProfileMapper",
                                                "%1: usage needs a remaining count and a limit")
                        .arg(at));
            q.used = std::max(0.0, *q.limit - *r);
        }
        const Field reset = fieldOf(m, QStringLiteral("reset"), answer, item);
        if (!reset.value.isUndefined() && !reset.value.isNull()) {
            q.resetAt = instant(reset.value, m.resetFormat, now);
            if (!q.resetAt.isValid())
                return error(
                    ParseError::Code::InvalidValue, reset.where,
                    QCoreApplication::translate("qw::ProfileMapper",
                                                "%1: the reset time is not as the profile says")
                        .arg(at));
        }
        q.id = textOf(fieldOf(m, QStringLiteral("id"), answer, item).value).value_or(quotaId(q));
        out.append(q);
    }
    return out;
}

namespace {

// "a;b=1;c=2, d;e=3" -> items of (name, params); quoted names unquoted.
struct Item {
    QString name;
    QHash<QString, QString> params;
};

QList<Item> structuredList(const QByteArray &value)
{
    QList<Item> items;
    for (const QByteArray &part : value.split(',')) {
        const QList<QByteArray> pieces = part.split(';');
        Item item;
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            const QString piece = QString::fromLatin1(pieces[i].trimmed());
            const qsizetype eq = piece.indexOf(u'=');
            if (i == 0 && eq < 0) {
                item.name = piece;
                if (item.name.size() >= 2 && item.name.startsWith(u'"') && item.name.endsWith(u'"'))
                    item.name = item.name.mid(1, item.name.size() - 2);
            } else if (eq > 0) {
                item.params.insert(piece.left(eq).trimmed().toLower(), piece.mid(eq + 1).trimmed());
            }
        }
        items.append(item);
    }
    return items;
}

std::optional<double> headerNumber(const QString &text)
{
    bool ok = false;
    const double d = text.toDouble(&ok);
    return ok && std::isfinite(d) && d >= 0 && d < 1e18 ? std::optional<double>(d) : std::nullopt;
}

QDateTime headerReset(const QByteArray &value, HeaderQuota::ResetStyle style, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return {};
    bool isNumber = false;
    const double n = QString::fromLatin1(v).toDouble(&isNumber);
    switch (style) {
    case HeaderQuota::ResetStyle::EpochSeconds:
        return isNumber ? instant(QJsonValue(n), TimeFormat::EpochSeconds, now) : QDateTime();
    case HeaderQuota::ResetStyle::SecondsFromNow:
        return isNumber ? instant(QJsonValue(n), TimeFormat::SecondsFromNow, now) : QDateTime();
    case HeaderQuota::ResetStyle::Instant:
        return parseRateLimitReset(v, now);
    case HeaderQuota::ResetStyle::Auto:
        break;
    }
    // A number below a billion seconds cannot be an epoch time since 2001: a delay.
    if (isNumber)
        return n < 1e9 ? instant(QJsonValue(n), TimeFormat::SecondsFromNow, now)
                       : instant(QJsonValue(n), TimeFormat::EpochSeconds, now);
    return parseRateLimitReset(v, now);
}

QString periodOfWindow(double seconds)
{
    if (seconds == 60)
        return QStringLiteral("minute");
    if (seconds == 3600)
        return QStringLiteral("hourly");
    if (seconds == 86400)
        return QStringLiteral("daily");
    return QStringLiteral("%1s").arg(qint64(seconds));
}

Quota headerQuota(const HeaderQuota &spec, double limit, double remaining, const QDateTime &reset,
                  const QString &policy, const QString &period)
{
    Quota q;
    q.metric = spec.metric;
    q.unit = defaultUnit(spec.metric);
    q.period = period;
    q.limit = limit;
    q.used = std::max(0.0, limit - remaining);
    q.resetAt = reset;
    q.id = q.period + u'.' + q.metric + (policy.isEmpty() ? QString() : u'.' + policy);
    return q;
}

} // namespace

QList<Quota> headerQuotas(const HeaderQuota &spec, const QHash<QByteArray, QByteArray> &headers,
                          const QDateTime &now)
{
    QList<Quota> out;
    // The widespread X-RateLimit-* and the IETF draft's first form, RateLimit-*.
    for (const QByteArray &prefix : {QByteArray("x-ratelimit-"), QByteArray("ratelimit-")}) {
        const auto limit = headerNumber(QString::fromLatin1(headers.value(prefix + "limit")));
        const auto remaining =
            headerNumber(QString::fromLatin1(headers.value(prefix + "remaining")));
        if (limit && remaining) {
            out.append(headerQuota(spec, *limit, *remaining,
                                   headerReset(headers.value(prefix + "reset"), spec.reset, now),
                                   {}, spec.period));
            return out;
        }
    }
    const QByteArray combined = headers.value("ratelimit");
    if (combined.isEmpty())
        return out;
    const QList<Item> items = structuredList(combined);
    // "limit=100, remaining=50, reset=30": one dictionary.
    QHash<QString, QString> dictionary;
    for (const Item &item : items) {
        const QString first = item.name.isEmpty() && !item.params.isEmpty()
                                  ? item.params.constBegin().key()
                                  : QString();
        if (!first.isEmpty())
            dictionary.insert(first, item.params.constBegin().value());
    }
    if (dictionary.contains(QStringLiteral("limit")) &&
        dictionary.contains(QStringLiteral("remaining"))) {
        const auto limit = headerNumber(dictionary.value(QStringLiteral("limit")));
        const auto remaining = headerNumber(dictionary.value(QStringLiteral("remaining")));
        if (limit && remaining) {
            out.append(headerQuota(spec, *limit, *remaining,
                                   headerReset(dictionary.value(QStringLiteral("reset")).toLatin1(),
                                               HeaderQuota::ResetStyle::SecondsFromNow, now),
                                   {}, spec.period));
        }
        return out;
    }
    // The later drafts: RateLimit: "name";r=50;t=30 and RateLimit-Policy: "name";q=100;w=60.
    QHash<QString, Item> policies;
    for (const Item &p : structuredList(headers.value("ratelimit-policy")))
        policies.insert(p.name, p);
    for (const Item &item : items) {
        const auto remaining = headerNumber(item.params.value(QStringLiteral("r")));
        const Item policy = policies.value(item.name);
        const auto quota = headerNumber(policy.params.value(QStringLiteral("q")));
        if (!remaining || !quota)
            continue;
        const auto window = headerNumber(policy.params.value(QStringLiteral("w")));
        const QString period = spec.period != QStringLiteral("window") || !window
                                   ? spec.period
                                   : periodOfWindow(*window);
        out.append(headerQuota(spec, *quota, *remaining,
                               headerReset(item.params.value(QStringLiteral("t")).toLatin1(),
                                           HeaderQuota::ResetStyle::SecondsFromNow, now),
                               item.name, period));
    }
    return out;
}

QString errorMessage(const ProfileErrors &errors, const QByteArray &contentType,
                     const QByteArray &body)
{
    const QByteArray type = contentType.toLower();
    const QByteArray start = body.trimmed().left(64).toLower();
    if (type.contains("text/html") || start.startsWith("<!doctype html") ||
        start.startsWith("<html"))
        return QCoreApplication::translate(
            "qw::ProfileMapper", "The server answered with an HTML page instead of data.");
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    if (type.contains("application/problem+json")) {
        const QString title = o.value(QStringLiteral("title")).toString();
        const QString detail = o.value(QStringLiteral("detail")).toString();
        if (!title.isEmpty() && !detail.isEmpty())
            return QCoreApplication::translate("qw::ProfileMapper", "%1: %2",
                                               "a problem's title: its detail")
                .arg(title, detail);
        if (!title.isEmpty() || !detail.isEmpty())
            return title.isEmpty() ? detail : title;
    }
    QStringList paths = errors.messagePaths;
    paths << QStringLiteral("$.detail.message") << QStringLiteral("$.detail")
          << QStringLiteral("$.error.message") << QStringLiteral("$.message")
          << QStringLiteral("$.error");
    for (const QString &p : paths) {
        const auto path = JsonPath::parse(p);
        if (!path)
            continue;
        const QJsonValue v = path->valueIn(doc.object());
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString().trimmed().left(500);
    }
    return {};
}

} // namespace qw::ProfileMapper
