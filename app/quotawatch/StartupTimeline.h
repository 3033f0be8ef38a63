#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <array>
#include <optional>

namespace qw {

class MainWindow;
class UsageMonitor;

// `quotawatch --timing`: when each start-up phase was reached, in ms since the process
// started (the kernel's start time, so loading the libraries counts too), printed as JSON.
// The painted phases are taken once a frame showing that data has been painted and flushed,
// not when the data arrived.
class StartupTimeline final : public QObject {
    Q_OBJECT
public:
    // In the order they happen on a returning user's start.
    enum class Phase { Main, Application, Settings, WindowShown, CachedPainted, NetworkPainted };
    static constexpr int phaseCount = 6;

    // Construct first thing in main(): its clock starts here.
    explicit StartupTimeline(QObject *parent = nullptr);

    void mark(Phase phase); // the first time only
    std::optional<double> at(Phase phase) const;
    // Marks the window's first frame and the first frame after each kind of status.
    void watch(MainWindow &window, UsageMonitor &monitor);
    // {"unit":"ms since process start","phases":[{"phase":"main","ms":12.5},...]}, in the
    // order above; phases never reached are left out.
    QByteArray toJson() const;
    static QString phaseName(Phase phase);
    // How long this process had been running when called (ms, to the kernel's 10 ms clock
    // tick); nothing where /proc/self/stat cannot be read.
    static std::optional<double> processAgeMs();

Q_SIGNALS:
    void marked(qw::StartupTimeline::Phase phase);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void markAfterThisFrame(Phase phase);

    QElapsedTimer m_clock;
    double m_originMs = 0; // the process's age when m_clock started
    std::array<std::optional<double>, phaseCount> m_at;
    QPointer<MainWindow> m_window;
    std::optional<Phase> m_awaitedPaint; // a status was shown; its frame is still to come
};

} // namespace qw
