#include "tests/support/TestCertificates.h"

#include <QProcess>

namespace qw::test {

namespace {

// P-256 keys: made in milliseconds, where RSA takes a noticeable while.
constexpr char script[] = R"(set -e
key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1"; }
key ca.key
openssl req -x509 -new -key ca.key -out ca.pem -days 30 -subj "/CN=Quotawatch Test CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
for name in valid expired wronghost; do
  key $name.key
  openssl req -new -key $name.key -out $name.csr -subj "/CN=$name"
done
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' > local.ext
printf 'subjectAltName=DNS:other.example\n' > other.ext
openssl x509 -req -in valid.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out valid.pem \
  -days 30 -extfile local.ext
openssl x509 -req -in wronghost.csr -CA ca.pem -CAkey ca.key -CAcreateserial \
  -out wronghost.pem -days 30 -extfile other.ext
# openssl x509 cannot back-date a certificate; openssl ca can.
: > index.txt
printf '1000\n' > serial
cat > ca.cnf <<'CNF'
[ca]
default_ca = test
[test]
database = index.txt
new_certs_dir = .
certificate = ca.pem
private_key = ca.key
serial = serial
default_md = sha256
policy = any
copy_extensions = none
x509_extensions = ext
[any]
commonName = supplied
[ext]
subjectAltName = DNS:localhost,IP:127.0.0.1
CNF
openssl ca -batch -config ca.cnf -startdate 20200101000000Z -enddate 20200201000000Z \
  -in expired.csr -out expired.pem -notext
key selfsigned.key
openssl req -x509 -new -key selfsigned.key -out selfsigned.pem -days 30 -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1"
)";

} // namespace

bool TestCertificates::make(const QString &dir, QString *log)
{
    QProcess sh;
    sh.setWorkingDirectory(dir);
    sh.setProcessChannelMode(QProcess::MergedChannels);
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromLatin1(script)});
    const bool done = sh.waitForFinished(30000);
    if (log)
        *log = QString::fromLocal8Bit(sh.readAll());
    return done && sh.exitStatus() == QProcess::NormalExit && sh.exitCode() == 0;
}

} // namespace qw::test
