#pragma once

#include <QString>

namespace qw::test {

// A throwaway certificate authority and server certificates made with openssl at test time
// (tests never ship keys): in `dir`, ca.pem, and for each kind <kind>.pem and <kind>.key:
// valid (localhost and 127.0.0.1, by the CA), expired (by the CA, January 2020), wronghost
// (other.example, by the CA) and selfsigned (localhost, by itself).
class TestCertificates final {
public:
    // False, with openssl's output in *log, when they could not be made.
    static bool make(const QString &dir, QString *log);
};

} // namespace qw::test
