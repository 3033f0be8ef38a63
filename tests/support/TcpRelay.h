#pragma once

#include <QHostAddress>
#include <QThread>

namespace qw::test {

class TcpRelayWorker;

// A loopback TCP relay in front of a real server, for tests of what a client does when the
// network misbehaves: Forward passes bytes both ways; Silent accepts connections and never
// answers (to a client waiting for a reply, a host that drops packets looks the same).
// cutAll() closes every relayed connection. It runs on a thread of its own, so bytes pass
// while the test's thread is blocked in the client under test.
class TcpRelay final {
public:
    enum class Mode { Forward, Silent };

    TcpRelay(const QHostAddress &targetHost, quint16 targetPort);
    ~TcpRelay();
    TcpRelay(const TcpRelay &) = delete;
    TcpRelay &operator=(const TcpRelay &) = delete;

    bool start();
    quint16 port() const { return m_port; }
    void setMode(Mode mode);
    void cutAll();

private:
    QThread m_thread;
    TcpRelayWorker *m_worker; // lives on m_thread, deleted there
    quint16 m_port = 0;
};

} // namespace qw::test
