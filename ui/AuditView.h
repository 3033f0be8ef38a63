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
    static constexpr int maxReasonChars = 32;

    void applyFilter();
    void fitColumns(); // to the entries loaded, until the user sizes a column

    AuditListModel &m_model;
    QLineEdit *m_tenant;
    QComboBox *m_action;
    QLineEdit *m_actor;
    QTableView *m_table;
    QLabel *m_status;
    bool m_userSized = false;
    bool m_fitting = false;
};

} // namespace qw
