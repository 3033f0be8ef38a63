#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QUrl>
#include <optional>

class QCommandLineParser;
class QTextStream;

namespace qw {

// The sign-in options every server command takes (--server, --email, --password-stdin,
// --tenant, --timeout) and their checks, in one place for status, watch and what follows.
class ServerOptions final {
    Q_DECLARE_TR_FUNCTIONS(qw::ServerOptions)

public:
    void addTo(QCommandLineParser &parser) const;
    // A usage error for the user, or nullopt when the options are complete and sane.
    std::optional<QString> check(const QCommandLineParser &parser) const;

    QUrl server(const QCommandLineParser &parser) const;
    QString email(const QCommandLineParser &parser) const;
    QString tenant(const QCommandLineParser &parser) const;
    int timeoutMs(const QCommandLineParser &parser) const; // valid after check()
    // --ca-file's certificates (valid after check()); none without the option.
    QList<QSslCertificate> caCertificates(const QCommandLineParser &parser) const;
    bool passwordFromStdin(const QCommandLineParser &parser) const;
    bool tenantSet(const QCommandLineParser &parser) const;
    // The --server and --timeout checks alone, for commands that sign in another way.
    std::optional<QString> checkServerAndTimeout(const QCommandLineParser &parser) const;

    // One line of standard input, without its line ending: passwords never go on the
    // command line, where other users can see them.
    static QString readPassword(QTextStream &in);

private:
    QCommandLineOption m_server{QStringLiteral("server"),
                                tr("Server URL, e.g. http://127.0.0.1:8080."),
                                QStringLiteral("URL")};
    QCommandLineOption m_email{QStringLiteral("email"), tr("Account e-mail."), QStringLiteral("E")};
    QCommandLineOption m_passwordStdin{QStringLiteral("password-stdin"),
                                       tr("Read the password from standard input.")};
    QCommandLineOption m_tenant{QStringLiteral("tenant"), tr("Another tenant (support staff)."),
                                QStringLiteral("ID")};
    QCommandLineOption m_caFile{
        QStringLiteral("ca-file"),
        tr("Also trust the certificate authorities in this PEM file (a private CA)."),
        QStringLiteral("FILE")};
    QCommandLineOption m_timeout{QStringLiteral("timeout"),
                                 tr("Seconds to wait for each answer (default 15)."),
                                 QStringLiteral("S")};
};

} // namespace qw
