#pragma once

#include "core/storage/SqliteConnection.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QTimeZone>

namespace qw {

class Clock;

// The anonymous-session message counter (seed 003): a daily limit (default 50), counted on
// this machine and reset at local midnight. Counts are keyed by the local calendar date, so a
// 23- or 25-hour DST day is just a date, and a clock moved backwards lands on a date that
// already has its count: never a double reset, never negative. Every change runs in one
// BEGIN IMMEDIATE transaction on a shared SQLite file (WAL), so the desktop app and any
// number of CLI processes count together without losing or double-counting.
class AnonymousCounter final {
public:
    static constexpr int defaultLimit = 50;
    static constexpr int maxLimit = 1'000'000;
    static constexpr int schemaVersion = 1; // PRAGMA user_version of the file

    explicit AnonymousCounter(const Clock &clock, QTimeZone zone = QTimeZone::systemTimeZone());
    ~AnonymousCounter();
    Q_DISABLE_COPY_MOVE(AnonymousCounter)

    // The file both the app and the CLI use unless told otherwise.
    static QString defaultPath();
    // Recovered: the file was damaged (set aside) or empty, and counting starts again;
    // Failed: nothing can be counted (in use elsewhere, made by a newer version, unreadable)
    // and the file is left as it was. *message says which, for the user.
    enum class OpenResult { Opened, Recovered, Failed };
    OpenResult open(const QString &path, QString *message);
    // How long open() and every change wait for another process's lock (default 10 s).
    void setBusyTimeoutMs(int ms) { m_busyTimeoutMs = ms; }

    struct State {
        QDate day;
        int count = 0;
        int limit = defaultLimit;
        QDateTime resetAt; // the next local midnight, in UTC
        int remaining() const { return std::max(0, limit - count); }
    };
    // Counts n messages if that stays within the limit; otherwise counts none. The state
    // after the attempt comes back either way; nullopt on a storage error.
    struct RecordResult {
        bool accepted = false;
        State state;
    };
    std::optional<RecordResult> record(int n = 1);
    std::optional<State> state();
    // Why the last state() or record() gave nullopt, in words for the user; empty for a
    // storage error the log describes.
    QString errorString() const { return m_error; }
    bool setLimit(int limit);
    bool resetToday();
    // A random id for this installation, stable across runs (for idempotent hand-over).
    QString installId();
    // How many of today's messages were already handed to an account.
    int handedOverToday();
    bool setHandedOverToday(int count);

private:
    bool exec(const QString &sql);
    QDate today() const;
    std::optional<State> read();

    const Clock &m_clock;
    QTimeZone m_zone;
    int m_busyTimeoutMs = 10000;
    QString m_error;
    SqliteConnection m_sqlite;
    QSqlDatabase &m_db; // m_sqlite's
};

} // namespace qw
