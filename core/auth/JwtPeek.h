#pragma once

#include <QByteArray>
#include <QDateTime>

namespace qw {

// Reads the expiry of an access token without verifying it. The client only uses this to
// decide when to refresh; the server is the one that checks signatures.
QDateTime jwtExpiry(const QByteArray &token);

} // namespace qw
