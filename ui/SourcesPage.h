#pragma once

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QNetworkAccessManager;
class QPushButton;

namespace qw {

class Clock;
class ProfileSource;
class SourceRegistry;
struct SourceConfig;

// Preferences > Sources: the usage APIs watched besides the signed-in account. Add one from a
// built-in profile or a profile file, with its server and the credentials its profile's
// authentication takes; Test fetches once and says how many quotas came, or what went wrong;
// rename and remove act on the list at once (the registry persists them). Secrets go to the
// registry, which keeps them in the credential store, never in the settings file.
class SourcesPage final : public QWidget {
    Q_OBJECT
public:
    SourcesPage(SourceRegistry &registry, QNetworkAccessManager *nam, const Clock &clock,
                QWidget *parent = nullptr);
    ~SourcesPage() override;

    QListWidget *list() const { return m_list; }
    QComboBox *profileBox() const { return m_profile; }
    QLineEdit *fileField() const { return m_file; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *serverField() const { return m_server; }
    QLineEdit *usernameField() const { return m_username; }
    QLineEdit *secretField() const { return m_secret; }
    QLineEdit *pathField() const { return m_path; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *removeButton() const { return m_remove; }
    // What Test or Add said last ("Fetched 4 quotas", an error).
    QLabel *resultLabel() const { return m_result; }
    // Over the empty list: what a source is and how to add one.
    QLabel *emptyLabel() const { return m_empty; }
    bool isTesting() const { return m_testing != nullptr; }

private:
    // The form as a source (no id yet); empty profile when none is chosen.
    SourceConfig formSource() const;
    void profileChosen();
    void test();
    void add();
    void fillList();
    void showResult(const QString &text, bool problem);
    void updateButtons();

    SourceRegistry &m_registry;
    QNetworkAccessManager *m_nam;
    const Clock &m_clock;
    QListWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_rename;
    QPushButton *m_remove;
    QComboBox *m_profile;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLineEdit *m_name;
    QLineEdit *m_server;
    QLabel *m_usernameLabel;
    QLineEdit *m_username;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QLineEdit *m_path;
    QPushButton *m_test;
    QPushButton *m_add;
    QLabel *m_result;
    std::unique_ptr<ProfileSource> m_testing; // the Test in progress
};

} // namespace qw
