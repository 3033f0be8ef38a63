#pragma once

#include <QAbstractItemModel>
#include <QModelIndexList>
#include <QString>

namespace qw {

// A model that displays formatted numbers ("1,234", "$0.50") gives the plain value for
// export in this role; modelToCsv prefers it to the DisplayRole.
inline constexpr int CsvValueRole = Qt::UserRole + 0x51;

// "Copy as CSV" for any table view's model: a header row from headerData, then the
// CsvValueRole (or else the DisplayRole) of every column of the selected rows (all rows when
// the selection is empty), in model order. The cells follow docs/export.md (RFC 4180, CRLF,
// formula-injection prefix on text); a number that the model displays as a number stays
// unformatted.
QString modelToCsv(const QAbstractItemModel &model, const QModelIndexList &selection = {});

} // namespace qw
