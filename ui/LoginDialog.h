#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace qw {

// Server URL, e-mail, password and "remember me", plus "Try the demo". It only collects
// input and shows progress and errors; signing in is the controller's job.
class LoginDialog final : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(QWidget *parent = nullptr);

    void setServerUrl(const QUrl &url);
    void setEmail(const QString &email);
    void setRemember(bool remember);
    void setBusy(bool busy, const QString &message = {});
    void showError(const QString &message);
    // The last sign-in error shown, empty while busy or after success.
    QString errorText() const { return m_error; }

    // Back to a fresh form: no password, no progress or error message. Done whenever the
    // dialog is hidden (signed in, anonymous mode), so a sign-out never shows stale state.
    void reset();

    QUrl serverUrl() const;
    QString email() const;
    bool remember() const;

Q_SIGNALS:
    void signInRequested(const QUrl &server, const QString &email, const QString &password,
                         bool remember);
    void demoRequested();
    void anonymousRequested();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void updateButtons();
    void submit();

    QLineEdit *m_server;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_message;
    QPushButton *m_signIn;
    QPushButton *m_demo;
    QPushButton *m_anonymous;
    bool m_busy = false;
    QString m_error;
};

} // namespace qw
