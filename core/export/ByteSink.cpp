#include "core/export/ByteSink.h"

#include <algorithm>

namespace qw {

ByteSink::ByteSink(qsizetype initialCapacity)
{
    if (initialCapacity > 0)
        grow(initialCapacity);
}

void ByteSink::grow(qsizetype count)
{
    const qsizetype capacity = std::max(m_size + count, m_capacity * 2);
    std::unique_ptr<char[]> data(new char[size_t(capacity)]); // not zero-filled
    if (m_size > 0)
        std::memcpy(data.get(), m_data.get(), size_t(m_size));
    m_data = std::move(data);
    m_capacity = capacity;
}

} // namespace qw
