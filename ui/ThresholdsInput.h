#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace qw {

// Alert thresholds as typed ("80, 95 %, 100"), read with the rules of
// Settings::parseThresholds but keeping what that drops: the parts that are not a
// percentage, so a dialog can name them instead of silently ignoring them.
class ThresholdsInput final {
    Q_DECLARE_TR_FUNCTIONS(qw::ThresholdsInput)
public:
    static ThresholdsInput parse(const QString &text);

    QList<double> values() const { return m_values; } // sorted, without duplicates
    QStringList invalidParts() const { return m_invalid; }
    bool isEmpty() const { return m_values.isEmpty() && m_invalid.isEmpty(); }
    // A sentence for the user naming what is wrong; empty when the input is usable. An
    // empty input is usable only where it means something (a quota's "use the global ones").
    QString problem(bool emptyAllowed) const;

private:
    QList<double> m_values;
    QStringList m_invalid;
};

} // namespace qw
