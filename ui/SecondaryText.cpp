#include "ui/SecondaryText.h"

#include "ui/theme/Contrast.h"

#include <QPalette>
#include <QWidget>

namespace qw {

namespace {

QColor mix(const QColor &from, const QColor &to, double t)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

} // namespace

double SecondaryText::contrastRatio(const QColor &a, const QColor &b)
{
    return Contrast::ratio(a, b);
}

QColor SecondaryText::color(const QPalette &palette)
{
    const QColor background = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    // The placeholder colour is often translucent text: as it looks on the background.
    const QColor placeholder = palette.color(QPalette::PlaceholderText);
    QColor grey = mix(background, placeholder, placeholder.alphaF());
    for (int step = 1; step <= 10 && contrastRatio(grey, background) < minimumContrast; ++step)
        grey = mix(grey, text, 0.25);
    return contrastRatio(grey, background) < minimumContrast ? text : grey;
}

void SecondaryText::apply(QWidget *label)
{
    // From the parent's palette: the label's own one is the result, not the input.
    const QPalette source =
        label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    QPalette own = label->palette();
    own.setColor(QPalette::WindowText, color(source));
    label->setForegroundRole(QPalette::WindowText);
    label->setPalette(own);
}

} // namespace qw
