#include "ui/LoginDialog.h"

#include "core/net/ServerUrl.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHideEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qw {

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent)
    , m_server(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember me on this computer"), this))
    , m_message(new QLabel(this))
    , m_signIn(new QPushButton(tr("&Sign in"), this))
    , m_demo(new QPushButton(tr("Try the &demo"), this))
    , m_anonymous(new QPushButton(tr("Use &without an account"), this))
{
    setWindowTitle(tr("Sign in to Quotawatch"));
    m_server->setPlaceholderText(QStringLiteral("https://usage.example.com"));
    m_server->setAccessibleName(tr("Server URL"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_email->setAccessibleName(tr("E-mail"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_remember->setChecked(true);
    m_remember->setToolTip(
        tr("Keeps the sign-in in the system keychain, never in a settings file."));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Sign-in message"));
    m_message->hide();
    m_signIn->setDefault(true);
    m_demo->setToolTip(tr("Starts a local demo server with sample traffic; no account needed."));

    auto *form = new QFormLayout;
    form->addRow(tr("Ser&ver:"), m_server);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_demo, QDialogButtonBox::ActionRole);
    buttons->addButton(m_anonymous, QDialogButtonBox::ActionRole);
    m_anonymous->setToolTip(tr("Count today's messages on this computer, with no server."));
    buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_server, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    connect(m_email, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_demo, &QPushButton::clicked, this, &LoginDialog::demoRequested);
    connect(m_anonymous, &QPushButton::clicked, this, &LoginDialog::anonymousRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

QUrl LoginDialog::serverUrl() const
{
    return ServerUrl::fromUserText(m_server->text());
}

QString LoginDialog::email() const
{
    return m_email->text().trimmed();
}
bool LoginDialog::remember() const
{
    return m_remember->isChecked();
}
void LoginDialog::setServerUrl(const QUrl &url)
{
    m_server->setText(url.toString());
}
void LoginDialog::setEmail(const QString &email)
{
    m_email->setText(email);
}
void LoginDialog::setRemember(bool remember)
{
    m_remember->setChecked(remember);
}

void LoginDialog::reset()
{
    setBusy(false);
    m_error.clear();
    m_message->clear();
    m_message->hide();
    m_password->clear();
}

void LoginDialog::hideEvent(QHideEvent *event)
{
    QDialog::hideEvent(event);
    if (!event->spontaneous()) // minimising is no reason to forget what was typed
        reset();
}

void LoginDialog::updateButtons()
{
    const QUrl url = serverUrl();
    const bool urlOk =
        url.isValid() && !url.host().isEmpty() &&
        (url.scheme() == QStringLiteral("http") || url.scheme() == QStringLiteral("https"));
    m_signIn->setEnabled(!m_busy && urlOk && !email().isEmpty() && !m_password->text().isEmpty());
    m_demo->setEnabled(!m_busy);
}

void LoginDialog::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    if (busy)
        m_error.clear();
    m_server->setEnabled(!busy);
    m_email->setEnabled(!busy);
    m_password->setEnabled(!busy);
    if (!message.isEmpty()) {
        m_message->setText(message);
        m_message->setForegroundRole(QPalette::WindowText);
        m_message->show();
    } else if (busy || m_error.isEmpty()) {
        m_message->clear(); // progress ("Starting the demo server...") ends with being busy
        m_message->hide();
    }
    updateButtons();
}

void LoginDialog::showError(const QString &message)
{
    setBusy(false);
    m_error = message;
    m_message->setText(tr("\u26a0 %1").arg(message)); // a sign as well as words, never colour alone
    m_message->show();
    m_password->selectAll();
    m_password->setFocus();
}

void LoginDialog::submit()
{
    if (!m_signIn->isEnabled())
        return;
    setBusy(true, tr("Signing in\u2026"));
    Q_EMIT signInRequested(serverUrl(), email(), m_password->text(), remember());
}

} // namespace qw
