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
// from a terminal, to a file that appears only when complete, or to standard output.
// Progress goes to standard error, and only when that is a terminal.
class ExportCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    ~ExportCommand() override;
    int run(const QStringList &args) override;

private:
    void startExport(const QString &historyFile);
    void onFinished(bool ok);

    ServerOptions m_server;
    ExportSpec m_spec;
    QString m_outPath; // "-": standard output
    bool m_progress = false;
    std::unique_ptr<CliSession> m_session;
    SystemClock m_clock;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<ExportJob> m_job;
    QFile m_stdout;
};

} // namespace qw
