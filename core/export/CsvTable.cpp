#include "core/export/CsvTable.h"

#include "core/export/ByteSink.h"
#include "core/export/ExportCells.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace qw {

namespace {

void appendCell(ByteSink &out, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
        appendInteger(out, value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        if (std::isfinite(value.toDouble()))
            appendNumber(out, value.toDouble());
        return;
    default:
        appendCsvText(out, value.toString());
        return;
    }
}

} // namespace

QString modelToCsv(const QAbstractItemModel &model, const QModelIndexList &selection)
{
    QList<int> rows;
    if (selection.isEmpty()) {
        for (int row = 0; row < model.rowCount(); ++row)
            rows.append(row);
    } else {
        QSet<int> seen;
        for (const QModelIndex &index : selection) {
            if (index.isValid() && index.model() == &model && !index.parent().isValid())
                seen.insert(index.row());
        }
        rows = QList<int>(seen.begin(), seen.end());
        std::sort(rows.begin(), rows.end());
    }
    const int columns = model.columnCount();
    ByteSink out;
    for (int column = 0; column < columns; ++column) {
        if (column > 0)
            out.append(',');
        appendCsvText(out, model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    }
    out.appendLiteral("\r\n");
    for (int row : rows) {
        for (int column = 0; column < columns; ++column) {
            if (column > 0)
                out.append(',');
            const QModelIndex index = model.index(row, column);
            const QVariant plain = model.data(index, CsvValueRole);
            appendCell(out, plain.isValid() ? plain : model.data(index, Qt::DisplayRole));
        }
        out.appendLiteral("\r\n");
    }
    return QString::fromUtf8(out.data(), out.size());
}

} // namespace qw
