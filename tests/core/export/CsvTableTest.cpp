#include "core/export/CsvTable.h"

#include <QAbstractTableModel>
#include <gtest/gtest.h>

using namespace qw;

namespace {

// Two columns: a name as text and a count as a number, as a table view shows them.
class NameCountModel final : public QAbstractTableModel {
public:
    QList<std::pair<QString, QVariant>> rows;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 2;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        const auto &row = rows.at(index.row());
        return index.column() == 0 ? QVariant(row.first) : row.second;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return section == 0 ? QStringLiteral("Name, full") : QStringLiteral("Count");
    }
};

} // namespace

TEST(CsvTable, CopiesEveryRowWithTheHeaderAndTheExportsCellRules)
{
    NameCountModel model;
    model.rows = {{QStringLiteral("=cmd"), -3},
                  {QStringLiteral("say \"hi\""), 2.5},
                  {QStringLiteral("two\nlines"), QStringLiteral("-4 (text)")}};
    EXPECT_EQ(modelToCsv(model), QStringLiteral("\"Name, full\",Count\r\n"
                                                "'=cmd,-3\r\n"
                                                "\"say \"\"hi\"\"\",2.5\r\n"
                                                "\"two\nlines\",'-4 (text)\r\n"));
}

TEST(CsvTable, CopiesOnlyTheSelectedRowsInModelOrder)
{
    NameCountModel model;
    model.rows = {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}, {QStringLiteral("c"), 3}};
    const QModelIndexList selection{model.index(2, 1), model.index(0, 0), model.index(2, 0)};
    EXPECT_EQ(modelToCsv(model, selection), QStringLiteral("\"Name, full\",Count\r\n"
                                                           "a,1\r\n"
                                                           "c,3\r\n"));
    NameCountModel empty;
    EXPECT_EQ(modelToCsv(empty), QStringLiteral("\"Name, full\",Count\r\n"));
}

namespace {

// Shows money formatted, and gives the plain amount in CsvValueRole.
class MoneyModel final : public QAbstractTableModel {
public:
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 1; }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 2;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole)
            return index.column() == 0 ? QStringLiteral("openai") : QStringLiteral("$1,234.50");
        if (role == CsvValueRole && index.column() == 1)
            return 1234.5;
        return {};
    }
    QVariant headerData(int section, Qt::Orientation, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        return section == 0 ? QStringLiteral("Provider") : QStringLiteral("Cost");
    }
};

} // namespace

TEST(CsvTable, APlainValueForExportWinsOverTheFormattedText)
{
    MoneyModel model;
    EXPECT_EQ(modelToCsv(model), QStringLiteral("Provider,Cost\r\nopenai,1234.5\r\n"));
}
