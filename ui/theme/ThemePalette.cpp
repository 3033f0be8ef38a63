#include "ui/theme/ThemePalette.h"

namespace qw {

namespace {

struct Colours {
    QColor window, windowText, base, alternateBase, text, button, buttonText, brightText;
    QColor light, midlight, mid, dark, shadow;
    QColor highlight, highlightedText, link, linkVisited, toolTipBase, toolTipText, placeholder;
    QColor disabledText, disabledHighlight, disabledBase;
};

QPalette build(const Colours &c)
{
    QPalette p;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, c.window);
        p.setColor(group, QPalette::WindowText, c.windowText);
        p.setColor(group, QPalette::Base, c.base);
        p.setColor(group, QPalette::AlternateBase, c.alternateBase);
        p.setColor(group, QPalette::Text, c.text);
        p.setColor(group, QPalette::Button, c.button);
        p.setColor(group, QPalette::ButtonText, c.buttonText);
        p.setColor(group, QPalette::Highlight, c.highlight);
        p.setColor(group, QPalette::HighlightedText, c.highlightedText);
        p.setColor(group, QPalette::PlaceholderText, c.placeholder);
    }
    p.setColor(QPalette::Disabled, QPalette::Window, c.window);
    p.setColor(QPalette::Disabled, QPalette::WindowText, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, c.disabledBase);
    p.setColor(QPalette::Disabled, QPalette::AlternateBase, c.disabledBase);
    p.setColor(QPalette::Disabled, QPalette::Text, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Button, c.button);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.disabledHighlight);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::PlaceholderText, c.disabledText);
    // The same in every group.
    p.setColor(QPalette::BrightText, c.brightText);
    p.setColor(QPalette::Light, c.light);
    p.setColor(QPalette::Midlight, c.midlight);
    p.setColor(QPalette::Mid, c.mid);
    p.setColor(QPalette::Dark, c.dark);
    p.setColor(QPalette::Shadow, c.shadow);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::LinkVisited, c.linkVisited);
    p.setColor(QPalette::ToolTipBase, c.toolTipBase);
    p.setColor(QPalette::ToolTipText, c.toolTipText);
    return p;
}

} // namespace

QPalette ThemePalette::light()
{
    // Close to Fusion's own light palette, with a link and placeholder dark enough for 4.5:1.
    return build({.window = QColor(0xef, 0xef, 0xef),
                  .windowText = QColor(0x1a, 0x1a, 0x1a),
                  .base = QColor(0xff, 0xff, 0xff),
                  .alternateBase = QColor(0xf5, 0xf5, 0xf5),
                  .text = QColor(0x1a, 0x1a, 0x1a),
                  .button = QColor(0xef, 0xef, 0xef),
                  .buttonText = QColor(0x1a, 0x1a, 0x1a),
                  .brightText = QColor(0xff, 0xff, 0xff),
                  .light = QColor(0xff, 0xff, 0xff),
                  .midlight = QColor(0xe3, 0xe3, 0xe3),
                  .mid = QColor(0xa0, 0xa0, 0xa0),
                  .dark = QColor(0x9f, 0x9f, 0x9f),
                  .shadow = QColor(0x76, 0x76, 0x76),
                  .highlight = QColor(0x1f, 0x6f, 0xb2),
                  .highlightedText = QColor(0xff, 0xff, 0xff),
                  .link = QColor(0x00, 0x55, 0xaa),
                  .linkVisited = QColor(0x6a, 0x2c, 0x91),
                  .toolTipBase = QColor(0xff, 0xff, 0xdc),
                  .toolTipText = QColor(0x1a, 0x1a, 0x1a),
                  .placeholder = QColor(0x6e, 0x6e, 0x6e),
                  .disabledText = QColor(0x8a, 0x8a, 0x8a),
                  .disabledHighlight = QColor(0x91, 0x91, 0x91),
                  .disabledBase = QColor(0xef, 0xef, 0xef)});
}

QPalette ThemePalette::dark()
{
    // Grey rather than black, so that frames (Mid), shadows and raised buttons still show.
    return build({.window = QColor(0x2b, 0x2b, 0x2b),
                  .windowText = QColor(0xea, 0xea, 0xea),
                  .base = QColor(0x1f, 0x1f, 0x1f),
                  .alternateBase = QColor(0x33, 0x33, 0x33),
                  .text = QColor(0xea, 0xea, 0xea),
                  .button = QColor(0x3a, 0x3a, 0x3a),
                  .buttonText = QColor(0xea, 0xea, 0xea),
                  .brightText = QColor(0xff, 0xff, 0xff),
                  .light = QColor(0x50, 0x50, 0x50),
                  .midlight = QColor(0x45, 0x45, 0x45),
                  .mid = QColor(0x5c, 0x5c, 0x5c),
                  .dark = QColor(0x1a, 0x1a, 0x1a),
                  .shadow = QColor(0x0d, 0x0d, 0x0d),
                  .highlight = QColor(0x2a, 0x6c, 0xb3),
                  .highlightedText = QColor(0xff, 0xff, 0xff),
                  .link = QColor(0x7c, 0xb8, 0xff),
                  .linkVisited = QColor(0xc8, 0x9c, 0xf0),
                  .toolTipBase = QColor(0x3a, 0x3a, 0x3a),
                  .toolTipText = QColor(0xea, 0xea, 0xea),
                  .placeholder = QColor(0xa0, 0xa0, 0xa0),
                  .disabledText = QColor(0x80, 0x80, 0x80),
                  .disabledHighlight = QColor(0x4a, 0x4a, 0x4a),
                  .disabledBase = QColor(0x26, 0x26, 0x26)});
}

bool ThemePalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace qw
