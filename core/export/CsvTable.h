#pragma once

#include <QAbstractItemModel>
#include <QModelIndexList>
#include <QString>

namespace qw {

// "Copy as CSV" for any table view's model: a header row from headerData, then the
// DisplayRole of every column of the selected rows (all rows when the selection is empty),
// in model order. The cells follow docs/export.md (RFC 4180, CRLF, formula-injection
// prefix on text); a number that the model displays as a number stays unformatted.
QString modelToCsv(const QAbstractItemModel &model, const QModelIndexList &selection = {});

} // namespace qw
