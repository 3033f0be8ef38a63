#pragma once

#include "tests/support/HttpRequestReader.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace qw::test {

// The plumbing of the fixture servers written from the seed documents (../shared/seeds): each
// request read whole (method, target, headers, body) and kept, so a test can check what a
// client sent; each subclass answers as one seed's system does. The answer mode lets a test
// make the same server refuse, limit or talk nonsense.
class SeedApiServer : public QTcpServer {
    Q_OBJECT
public:
    using Request = TestHttpRequest;
    enum class Mode {
        Normal,    // the usage answer
        OverLimit, // the seed's "limit exceeded" answer (429)
        Garbage,   // 200 with bytes that are not JSON
        WrongShape // 200 with JSON that is not the seed's shape
    };

    explicit SeedApiServer(QObject *parent = nullptr);
    bool start();
    QUrl url() const;
    void setMode(Mode mode) { m_mode = mode; }
    Mode mode() const { return m_mode; }
    // The bearer token (or API key) the server accepts.
    void setAcceptedToken(const QByteArray &token) { m_token = token; }
    QByteArray acceptedToken() const { return m_token; }
    const QList<Request> &requests() const { return m_requests; }
    int requestsTo(const QByteArray &path) const;

protected:
    virtual void respond(QTcpSocket *socket, const Request &request) = 0;
    // A whole answer with Connection: close; `extraHeaders` are complete lines ("Name: v\r\n").
    static void send(QTcpSocket *socket, int status, const QByteArray &contentType,
                     const QByteArray &body, const QByteArray &extraHeaders = {});
    bool hasBearer(const Request &request) const;

    Mode m_mode = Mode::Normal;
    QByteArray m_token = "seed-token";

private:
    void onConnection();

    QList<Request> m_requests;
};

} // namespace qw::test
