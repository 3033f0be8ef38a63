#pragma once

#include "core/profiles/ProfileSource.h"
#include "core/util/Clock.h"

#include <QNetworkAccessManager>
#include <functional>

namespace qw {

// What a CLI command needs to watch a source through a profile: its own network access, the
// system clock and the ProfileSource, which keeps any sign-in in memory only.
class CliProfileSession final {
public:
    explicit CliProfileSession(SourceProfile profile);
    Q_DISABLE_COPY_MOVE(CliProfileSession)

    ProfileSource &source() { return m_source; }
    const Clock &clock() const { return m_clock; }
    // Leaves no session behind at the source: logs out when the profile can (its auth names
    // a logout and a sign-in happened), then calls `then` once, answered or not.
    void end(std::function<void()> then);

private:
    SystemClock m_clock;
    QNetworkAccessManager m_nam;
    ProfileSource m_source;
};

} // namespace qw
