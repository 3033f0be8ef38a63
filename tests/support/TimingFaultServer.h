#pragma once

#include "tests/support/FixtureHttpServer.h"

#include <QByteArray>

class QTcpSocket;

namespace qw::test {

// A server whose faults are about time, which FaultServer cannot express: it hands out
// access tokens that are already due (a JWT `exp` in the past, as a client whose clock runs
// ahead of the server's sees them, or a tiny `expiresIn`) yet accepts them, and it can trickle
// its status answer a byte at a time so that no inactivity timeout ever fires.
class TimingFaultServer final : public FixtureHttpServer {
    Q_OBJECT
public:
    explicit TimingFaultServer(QObject *parent = nullptr);

    // Tokens from login and refresh: `exp` is expOffsetSeconds from the real now (negative:
    // already expired), and the answer says expiresIn.
    void setTokenTiming(qint64 expOffsetSeconds, int expiresIn)
    {
        m_expOffsetSeconds = expOffsetSeconds;
        m_expiresIn = expiresIn;
    }
    // The status answer's body goes out one byte every intervalMs (0: all at once).
    void setTrickleIntervalMs(int intervalMs) { m_trickleIntervalMs = intervalMs; }
    // ... or chunkBytes at a time (a large answer over a slow but steady link).
    void setTrickleChunkBytes(int chunkBytes) { m_trickleChunkBytes = chunkBytes; }
    // Whitespace after the status's JSON, to make its answer this much larger.
    void setStatusPaddingBytes(int bytes) { m_statusPaddingBytes = bytes; }

    int refreshes() const { return m_refreshes; }
    int statusRequests() const { return m_statusRequests; }
    // Bytes of trickled bodies written so far (the headers went out before the first).
    int trickledBytes() const { return m_trickledBytes; }

protected:
    void respond(QTcpSocket *socket, const QByteArray &target) override;

private:
    QByteArray tokens() const;
    void trickle(QTcpSocket *socket, const QByteArray &body);

    qint64 m_expOffsetSeconds = 3600;
    int m_expiresIn = 3600;
    int m_trickleIntervalMs = 0;
    int m_trickleChunkBytes = 1;
    int m_statusPaddingBytes = 0;
    int m_refreshes = 0;
    int m_statusRequests = 0;
    int m_trickledBytes = 0;
};

} // namespace qw::test
