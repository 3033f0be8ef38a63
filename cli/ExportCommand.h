#pragma once

#include "cli/CliCommand.h"
#include "cli/CliSession.h"
#include "cli/ServerOptions.h"
#include "core/export/ExportJob.h"
#include "core/storage/HistoryStore.h"

#include <QFile>
#include <memory>

namespace qw {

// quotawatch-cli export records|analytics|history|tenants: the desktop's export (ExportJob)
// from a terminal, to a file that appears only when complete, or to standard output (-,
// /dev/stdout) or a device or pipe named by --out, streamed as it comes.
// Progress goes to standard error, and only when that is a terminal.
class ExportCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    ~ExportCommand() override;
    int run(const QStringList &args) override;

private:
    void startExport(const QString &historyFile);
    // Opens m_stream on the device, pipe or socket at m_outPath, as a stream.
    bool openSpecialFile(QString *why);
    void onFinished(bool ok);
    void fail(int code);

    ServerOptions m_server;
    ExportSpec m_spec;
    QString m_outPath; // "-": standard output
    bool m_progress = false;
    std::unique_ptr<CliSession> m_session;
    SystemClock m_clock;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<ExportJob> m_job;
    // Standard output, or a device or pipe named by --out: written as a stream, unbuffered
    // by us, so a write error is the export's.
    QFile m_stream;
};

} // namespace qw
