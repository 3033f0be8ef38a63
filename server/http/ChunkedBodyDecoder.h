#pragma once

#include <QByteArray>

namespace qw::server {

// Decodes a chunked request body (RFC 9112 7.1) incrementally, as its bytes arrive. Chunk
// extensions and trailer fields are read past and dropped.
class ChunkedBodyDecoder final {
public:
    enum class Status { NeedMore, Done, Malformed };

    // Decodes from the start of `input`, appending chunk data to `body`; *consumed is how
    // much of `input` was used (the caller drops it). Stops at the end of the body.
    Status decode(QByteArrayView input, QByteArray &body, qsizetype *consumed);

private:
    enum class State { Size, Data, DataEnd, Trailer, Done };
    static constexpr qsizetype maxLineBytes = 4096;
    static constexpr qsizetype maxTrailerBytes = 16 * 1024;

    State m_state = State::Size;
    qint64 m_remaining = 0;
    qsizetype m_trailerBytes = 0;
};

} // namespace qw::server
