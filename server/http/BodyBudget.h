#pragma once

#include <QtGlobal>

namespace qw::server {

// The bytes all connections together may hold in request bodies being received. A
// connection reserves its body's size before reading it and releases it once answered.
class BodyBudget final {
public:
    explicit BodyBudget(qint64 capacity)
        : m_capacity(capacity)
    {}

    bool tryReserve(qint64 bytes)
    {
        if (bytes > m_capacity - m_reserved)
            return false;
        m_reserved += bytes;
        return true;
    }
    void release(qint64 bytes) { m_reserved -= bytes; }
    qint64 reserved() const { return m_reserved; }

private:
    qint64 m_capacity;
    qint64 m_reserved = 0;
};

} // namespace qw::server
