#include "server/http/ChunkedBodyDecoder.h"

namespace qw::server {

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

ChunkedBodyDecoder::Status ChunkedBodyDecoder::decode(QByteArrayView input, QByteArray &body,
                                                      qsizetype *consumed)
{
    qsizetype pos = 0;
    const auto finish = [&](Status s) {
        *consumed = pos;
        return s;
    };
    while (m_state != State::Done) {
        if (m_state == State::Data) {
            const qsizetype n = std::min<qint64>(m_remaining, input.size() - pos);
            if (n == 0)
                return finish(Status::NeedMore);
            body.append(input.sliced(pos, n));
            pos += n;
            m_remaining -= n;
            if (m_remaining == 0)
                m_state = State::DataEnd;
            continue;
        }
        // Every other state reads one line.
        const qsizetype nl = input.indexOf('\n', pos);
        if (nl < 0) {
            if (input.size() - pos > maxLineBytes)
                return finish(Status::Malformed);
            return finish(Status::NeedMore);
        }
        QByteArrayView line = input.sliced(pos, nl - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = nl + 1;
        switch (m_state) {
        case State::Size: {
            const qsizetype semicolon = line.indexOf(';');
            const QByteArrayView digits = (semicolon >= 0 ? line.first(semicolon) : line).trimmed();
            if (digits.isEmpty() || digits.size() > 15 || line.size() > maxLineBytes)
                return finish(Status::Malformed);
            qint64 size = 0;
            for (char c : digits) {
                const int d = hexDigit(c);
                if (d < 0)
                    return finish(Status::Malformed);
                size = size * 16 + d;
            }
            m_remaining = size;
            m_state = size == 0 ? State::Trailer : State::Data;
            break;
        }
        case State::DataEnd:
            if (!line.isEmpty())
                return finish(Status::Malformed);
            m_state = State::Size;
            break;
        case State::Trailer:
            m_trailerBytes += line.size();
            if (m_trailerBytes > maxTrailerBytes)
                return finish(Status::Malformed);
            if (line.isEmpty())
                m_state = State::Done;
            break;
        case State::Data:
        case State::Done:
            break;
        }
    }
    return finish(Status::Done);
}

} // namespace qw::server
