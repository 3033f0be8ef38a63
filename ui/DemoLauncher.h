#pragma once

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace qw {

// Starts the reference server's demo (`quotawatch-server demo`) as a child process on a free
// loopback port with a temporary database, and reports where and as whom to sign in. The
// server is stopped when this object goes away.
class DemoLauncher final : public QObject {
    Q_OBJECT
public:
    static constexpr int startTimeoutMs = 20000;

    explicit DemoLauncher(QObject *parent = nullptr);
    ~DemoLauncher() override;

    // The server binary: $QUOTAWATCH_SERVER, next to this program, the build tree, or PATH.
    static QString findServer();
    void start();
    void stop();
    bool isRunning() const;

Q_SIGNALS:
    void ready(const QUrl &server, const QString &email, const QString &password);
    void failed(const QString &message);

private:
    void readOutput();

    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
    QTimer m_timeout;
    bool m_ready = false;
};

} // namespace qw
