#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace qw {

class TenantListModel;
struct ApiError;

// The Tenants tab for support staff: type-to-search (debounced: the rows already loaded
// narrow at once, the server is asked once typing pauses), sort by clicking the name, max
// percent or last activity header (the server sorts), more rows fetched as the table
// scrolls. Enter or a double click opens a tenant; with admin rights, "Reset counters..."
// acts on the selected one. Down in the search field moves to the table.
class TenantsView final : public QWidget {
    Q_OBJECT
public:
    static constexpr int defaultDebounceMs = 250;

    TenantsView(TenantListModel &model, bool canReset, QWidget *parent = nullptr);

    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    // The first page, if nothing was asked for yet.
    void start();

    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    QPushButton *resetButton() const { return m_reset; }
    QString statusText() const;

Q_SIGNALS:
    void openRequested(const QString &tenantId, const QString &name);
    void resetRequested(const QString &tenantId, const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void searchNow();
    void updateStatus();
    void requestResetOfCurrent();

    TenantListModel &m_model;
    QLineEdit *m_search;
    QTableView *m_table;
    QPushButton *m_reset = nullptr;
    QLabel *m_status;
    QTimer m_debounce;
    QString m_error;
    bool m_started = false;
};

} // namespace qw
