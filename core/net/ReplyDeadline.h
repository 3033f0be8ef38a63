#pragma once

class QNetworkReply;

namespace qw {

// A deadline for an HTTP answer that the transfer (inactivity) timeout cannot give: an answer
// trickled a byte at a time never trips that one. When each period passes, the answer must
// have come on by at least minBytesPerSecond over it, or the reply is aborted and marked
// (passed()); a large answer over a slow but steady link goes on, bounded by the callers'
// size cap. The timer is the reply's child and stops when it finishes.
namespace ReplyDeadline {
constexpr int minBytesPerSecond = 16 * 1024;
void attach(QNetworkReply *reply, int periodMs);
// Whether the reply was aborted by its deadline.
bool passed(const QNetworkReply *reply);
} // namespace ReplyDeadline

} // namespace qw
