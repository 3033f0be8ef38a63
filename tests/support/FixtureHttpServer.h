#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace qw::test {

// The plumbing of the small HTTP servers tests write from the contract: listens on a free
// loopback port, reads each request (request line, headers, a Content-Length body) and hands
// its target to respond(). Each subclass is one kind of server (broken, records-only, ...).
class FixtureHttpServer : public QTcpServer {
    Q_OBJECT
public:
    explicit FixtureHttpServer(QObject *parent = nullptr);
    bool start();
    QUrl url() const;
    // Stops serving, like a server that went away: connections are refused. The port stays
    // taken (a socket bound to it that never listens), as close() alone would free it for
    // another test's server running in parallel to take.
    void goOffline();
    // Serves again on the same port (the URL clients hold stays right).
    bool goOnline();
    // A login answer a Session accepts: an unsigned token valid for an hour, a customer of
    // tenantId. These servers check no password.
    static QByteArray cannedLogin(const QString &tenantId, const QString &email);

protected:
    // target: the path and query of the request line.
    virtual void respond(QTcpSocket *socket, const QByteArray &target) = 0;
    // A whole answer with Connection: close; `extraHeaders` are complete lines ("Name: v\r\n").
    static void send(QTcpSocket *socket, int status, const QByteArray &contentType,
                     const QByteArray &body, const QByteArray &extraHeaders = {});

private:
    void onConnection();

    QTcpSocket *m_portHolder = nullptr;
};

} // namespace qw::test
