#include "ui/ThresholdsInput.h"

#include <QLocale>
#include <algorithm>

namespace qw {

ThresholdsInput ThresholdsInput::parse(const QString &text)
{
    ThresholdsInput out;
    for (const QString &raw : text.split(u',', Qt::SkipEmptyParts)) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        QString number = part;
        if (number.endsWith(u'%'))
            number = number.chopped(1).trimmed();
        bool ok = false;
        const double v = number.toDouble(&ok);
        if (ok && v > 0 && v <= 1000)
            out.m_values.append(v);
        else
            out.m_invalid.append(part);
    }
    std::sort(out.m_values.begin(), out.m_values.end());
    out.m_values.erase(std::unique(out.m_values.begin(), out.m_values.end()), out.m_values.end());
    return out;
}

QString ThresholdsInput::problem(bool emptyAllowed) const
{
    if (!m_invalid.isEmpty()) {
        QStringList quoted;
        for (const QString &part : m_invalid)
            quoted << QLocale().quoteString(part);
        return (quoted.size() == 1 ? tr("%1 is not a percentage between 0 and 1000.")
                                   : tr("%1 are not percentages between 0 and 1000."))
            .arg(QLocale().createSeparatedList(quoted));
    }
    if (m_values.isEmpty() && !emptyAllowed)
        return tr("Enter at least one percentage, e.g. 80, 95, 100.");
    return {};
}

} // namespace qw
