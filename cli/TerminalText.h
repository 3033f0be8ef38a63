#pragma once

#include <QString>

namespace qw {

// Text from a server (a tenant's name, a quota's provider, an alert's message) made safe to
// print on a terminal: control characters (ESC sequences can clear the screen, set the
// window title or fake output lines; CR and LF can forge lines) and bidirectional overrides
// (which reorder what follows) become U+FFFD. Everything else, any script included, stays.
namespace TerminalText {
QString shown(const QString &text);
} // namespace TerminalText

} // namespace qw
