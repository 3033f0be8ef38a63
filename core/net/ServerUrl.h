#pragma once

#include <QString>
#include <QUrl>

namespace qw {

// The server's address as a person types it, read the same way by the app's sign-in and the
// CLI's --server: "https://usage.example.com", "usage.example.com", "127.0.0.1:8080" and
// "localhost:8080" (plain http when no scheme is given; QUrl::fromUserInput would read
// "localhost:8080" as a URL of scheme "localhost").
namespace ServerUrl {
QUrl fromUserText(const QString &text);
// An http or https URL with a host: what a server address must be.
bool isUsable(const QUrl &url);
} // namespace ServerUrl

} // namespace qw
