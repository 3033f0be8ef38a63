#include "app/quotawatch/StartupTimeline.h"

#include "core/monitor/UsageMonitor.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <cmath>
#include <ctime>
#include <unistd.h>

namespace qw {

StartupTimeline::StartupTimeline(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_originMs = processAgeMs().value_or(0.0);
}

std::optional<double> StartupTimeline::processAgeMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = stat.readAll();
    // Field 2, the command, is in parentheses and may hold spaces: count from after it.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    constexpr int startTimeField = 22 - 3; // field 22 of the whole line, the third is first here
    if (fields.size() <= startTimeField)
        return std::nullopt;
    bool ok = false;
    const qulonglong startTicks = fields.at(startTimeField).toULongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return std::nullopt;
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    const double startMs = double(startTicks) * 1000.0 / double(ticksPerSecond);
    return std::max(0.0, nowMs - startMs);
}

void StartupTimeline::mark(Phase phase)
{
    auto &slot = m_at[size_t(phase)];
    if (slot)
        return;
    slot = m_originMs + double(m_clock.nsecsElapsed()) / 1e6;
    Q_EMIT marked(phase);
}

std::optional<double> StartupTimeline::at(Phase phase) const
{
    return m_at[size_t(phase)];
}

void StartupTimeline::watch(MainWindow &window, UsageMonitor &monitor)
{
    m_window = &window;
    // Connected after the window's own handlers: the status is in the widgets by then.
    connect(&monitor, &UsageMonitor::cachedStatus, this,
            [this] { m_awaitedPaint = Phase::CachedPainted; });
    connect(&monitor, &UsageMonitor::updated, this, [this] {
        if (!m_at[size_t(Phase::NetworkPainted)])
            m_awaitedPaint = Phase::NetworkPainted;
    });
    // Paint events go to each widget that changed, not to the window: watch them all, for
    // the few seconds of a timed start only.
    qApp->installEventFilter(this);
}

bool StartupTimeline::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || !m_window || !watched->isWidgetType() ||
        static_cast<QWidget *>(watched)->window() != m_window.data())
        return false;
    if (!m_at[size_t(Phase::WindowShown)])
        markAfterThisFrame(Phase::WindowShown);
    if (m_awaitedPaint) {
        markAfterThisFrame(*m_awaitedPaint);
        m_awaitedPaint.reset();
    }
    if (m_at[size_t(Phase::NetworkPainted)])
        qApp->removeEventFilter(this);
    return false;
}

void StartupTimeline::markAfterThisFrame(Phase phase)
{
    // The paint event comes before the widget draws; the frame is done (drawn and flushed)
    // when the event loop next gets control.
    QTimer::singleShot(0, this, [this, phase] { mark(phase); });
}

QString StartupTimeline::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Main:
        return QStringLiteral("main");
    case Phase::Application:
        return QStringLiteral("application");
    case Phase::Settings:
        return QStringLiteral("settings");
    case Phase::WindowShown:
        return QStringLiteral("windowShown");
    case Phase::CachedPainted:
        return QStringLiteral("cachedPainted");
    case Phase::NetworkPainted:
        return QStringLiteral("networkPainted");
    }
    return {};
}

QByteArray StartupTimeline::toJson() const
{
    QJsonArray phases;
    for (int i = 0; i < phaseCount; ++i) {
        if (!m_at[size_t(i)])
            continue;
        phases.append(QJsonObject{{QStringLiteral("phase"), phaseName(Phase(i))},
                                  {QStringLiteral("ms"), std::round(*m_at[size_t(i)] * 10) / 10}});
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("unit"), QStringLiteral("ms since process start")},
                           {QStringLiteral("phases"), phases}})
        .toJson(QJsonDocument::Compact);
}

} // namespace qw
