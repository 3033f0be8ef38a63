#pragma once

#include <QObject>

class QSocketNotifier;

namespace qw::server {

// Turns SIGTERM and SIGINT into a Qt signal through a self-pipe, so shutdown runs on the
// event loop instead of inside a signal handler.
class SignalWatcher final : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace qw::server
