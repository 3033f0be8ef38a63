#pragma once

#include "core/domain/UsageStatus.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace qw {

class AdminApi;

// "Reset counters..." for admins: names the tenant, asks for the period and the metric (or
// all of the period's), and will not reset without a reason. It shows the matching counters
// before, and after the reset the same counters as the server now reports them.
class ResetCountersDialog final : public QDialog {
    Q_OBJECT
public:
    ResetCountersDialog(AdminApi &api, const QString &tenantId, const QString &tenantName,
                        QWidget *parent = nullptr);

    QPushButton *resetButton() const { return m_reset; }
    QLineEdit *reasonField() const { return m_reason; }
    QComboBox *periodBox() const { return m_period; }
    QComboBox *metricBox() const { return m_metric; }
    QTableWidget *countersTable() const { return m_counters; }
    QString messageText() const;
    bool isDone() const { return m_done; }

Q_SIGNALS:
    void countersShown(); // the before (or after) column got the server's numbers
    void resetDone();
    void resetFailed(const QString &message);

private:
    void updateButtons();
    void loadCounters(bool after);
    void fillCounters();
    void fitCounters();
    void startReset();
    bool matches(const Quota &quota) const;

    AdminApi &m_api;
    QString m_tenantId;
    QComboBox *m_period;
    QComboBox *m_metric;
    QLineEdit *m_reason;
    QTableWidget *m_counters;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_reset;
    std::optional<UsageStatus> m_before;
    std::optional<UsageStatus> m_after;
    bool m_busy = false;
    bool m_done = false;
};

} // namespace qw
