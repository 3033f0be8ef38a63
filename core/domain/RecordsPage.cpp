#include "core/domain/RecordsPage.h"

#include "core/domain/JsonReader.h"

namespace qw {

Result<RecordsPage, ParseError> RecordsPage::fromBytes(const QByteArray &bytes)
{
    QJsonObject object;
    if (auto err = parseJsonObject(bytes, object))
        return *err;
    JsonReader r(object, {});
    RecordsPage page;
    const QJsonArray records = r.requiredArray(QStringLiteral("records"));
    page.nextCursor = r.nullableString(QStringLiteral("nextCursor"));
    if (!r.ok())
        return r.error();
    if (page.nextCursor && page.nextCursor->isEmpty())
        return ParseError{ParseError::Code::InvalidValue, QStringLiteral("nextCursor"),
                          QStringLiteral("an empty cursor cannot be followed")};
    page.records.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QString path = QStringLiteral("records[%1]").arg(i);
        if (!records[i].isObject())
            return ParseError{ParseError::Code::WrongType, path,
                              QStringLiteral("expected an object")};
        auto event = UsageEvent::fromJson(records[i].toObject(), path);
        if (!event)
            return event.error();
        if (!page.records.isEmpty() && event->timestamp < page.records.last().timestamp)
            return ParseError{ParseError::Code::InvalidValue, path + QStringLiteral(".timestamp"),
                              QStringLiteral("records must be oldest first")};
        page.records.append(std::move(event).value());
    }
    return page;
}

} // namespace qw
