#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace qw {

// Writes a chart to a PNG or SVG file (by the path's suffix) with a heading drawn above it:
// the first line bold (what is shown), the others below it (whose, and when), so an exported
// picture still says what it is once it has left the app. Colours from the chart's palette.
class ChartExport final {
public:
    ChartExport() = delete;

    // False when the file cannot be written.
    static bool write(QWidget &chart, const QString &path, const QStringList &heading);
};

} // namespace qw
