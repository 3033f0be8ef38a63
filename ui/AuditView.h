#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace qw {

class AuditListModel;

// The Audit tab for admins: every privileged act on the record, newest first, filtered by
// tenant, action and actor; older entries load as the table scrolls.
class AuditView final : public QWidget {
    Q_OBJECT
public:
    explicit AuditView(AuditListModel &model, QWidget *parent = nullptr);

    QLineEdit *tenantFilter() const { return m_tenant; }
    QComboBox *actionFilter() const { return m_action; }
    QLineEdit *actorFilter() const { return m_actor; }
    QTableView *table() const { return m_table; }

private:
    void applyFilter();

    AuditListModel &m_model;
    QLineEdit *m_tenant;
    QComboBox *m_action;
    QLineEdit *m_actor;
    QTableView *m_table;
    QLabel *m_status;
};

} // namespace qw
