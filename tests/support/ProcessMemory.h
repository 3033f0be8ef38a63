#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace qw::test {

// A "Vm...:" line of /proc/<pid>/status in KiB ("VmRSS:", "VmHWM:"), or -1: what a server
// process holds, for the tests that prove an attack does not make it grow.
inline qint64 memoryKiB(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace qw::test
