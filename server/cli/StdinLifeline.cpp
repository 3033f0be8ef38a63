#include "server/cli/StdinLifeline.h"

#include <QSocketNotifier>
#include <cerrno>
#include <unistd.h>

namespace qw::server {

StdinLifeline::StdinLifeline(QObject *parent)
    : QObject(parent)
    , m_notifier(new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this))
{
    connect(m_notifier, &QSocketNotifier::activated, this, &StdinLifeline::readInput);
}

StdinLifeline::~StdinLifeline() = default;

void StdinLifeline::readInput()
{
    char buffer[256];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n > 0 || (n < 0 && (errno == EINTR || errno == EAGAIN)))
        return; // anything written is ignored; only the end matters
    m_notifier->setEnabled(false);
    Q_EMIT closed();
}

} // namespace qw::server
