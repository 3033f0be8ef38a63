#pragma once

#include <QObject>

class QSocketNotifier;

namespace qw::server {

// Watches standard input for end-of-file: the app that started the demo server keeps the
// write end of that pipe, and the kernel closes it when the app dies, however it dies (a
// crash, SIGKILL), so the server stops with it instead of serving an orphaned demo.
class StdinLifeline final : public QObject {
    Q_OBJECT
public:
    explicit StdinLifeline(QObject *parent = nullptr);
    ~StdinLifeline() override;

Q_SIGNALS:
    void closed();

private:
    void readInput();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace qw::server
