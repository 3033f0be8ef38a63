#pragma once

#include <QObject>

class QSocketNotifier;

namespace qw {

// SIGTERM and SIGINT as a Qt signal, through a self-pipe, so a process that runs until it is
// stopped (the server, the CLI's watch) can end cleanly on the event loop (finish its writes,
// log out, then exit) instead of dying inside a signal handler. While one exists, those signals no
// longer kill the process.
class TerminationSignals final : public QObject {
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;
    Q_DISABLE_COPY_MOVE(TerminationSignals)

Q_SIGNALS:
    void received(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace qw
