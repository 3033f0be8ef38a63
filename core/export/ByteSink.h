#pragma once

#include <QtGlobal>
#include <cstring>
#include <memory>

namespace qw {

// A growable byte buffer for the export's hot path: callers reserve room, write through a
// raw pointer and commit, with none of QByteArray's detach checks or zero-filling. It
// grows only to hold one more row than its chunk, so its size stays bounded.
class ByteSink {
public:
    explicit ByteSink(qsizetype initialCapacity = 0);

    // Room for `count` more bytes; write them at the returned pointer, then commit(end).
    char *reserve(qsizetype count)
    {
        if (m_capacity - m_size < count)
            grow(count);
        return m_data.get() + m_size;
    }
    void commit(const char *end) { m_size = end - m_data.get(); }

    void append(char c)
    {
        *reserve(1) = c;
        ++m_size;
    }
    void append(const char *bytes, qsizetype count)
    {
        std::memcpy(reserve(count), bytes, size_t(count));
        m_size += count;
    }
    template <qsizetype N> void appendLiteral(const char (&text)[N]) { append(text, N - 1); }

    const char *data() const { return m_data.get(); }
    qsizetype size() const { return m_size; }
    qsizetype capacity() const { return m_capacity; }
    void clear() { m_size = 0; }

private:
    void grow(qsizetype count);

    std::unique_ptr<char[]> m_data;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

} // namespace qw
