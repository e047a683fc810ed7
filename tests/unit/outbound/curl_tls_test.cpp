// TLS verification of the libcurl client against a real TLS server (`openssl s_server -www`)
// whose certificate comes from a private CA made for the test: refused without that CA, accepted
// with it as the extra CA file, and the host name still checked when the address is pinned.
#include <boost/test/unit_test.hpp>

#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>

#include "outbound/curl_http_client.hpp"

using namespace idp;

namespace {

namespace fs = std::filesystem;

void run(const std::string& command) {
  if (std::system((command + " >/dev/null 2>&1").c_str()) != 0)
    throw std::runtime_error("failed: " + command);
}

std::uint16_t free_port() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t size = sizeof a;
  getsockname(fd, reinterpret_cast<sockaddr*>(&a), &size);
  close(fd);
  return ntohs(a.sin_port);
}

bool accepts_connections(std::uint16_t port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  a.sin_port = htons(port);
  const bool ok = connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
  close(fd);
  return ok;
}

// A private CA, a server certificate for localhost, 127.0.0.1 and service.test, and an
// `openssl s_server` presenting it; stopped and removed at the end of the test program.
class TlsServer {
 public:
  TlsServer() {
    char dir_template[] = "/tmp/idp-outbound-tls-XXXXXX";
    if (mkdtemp(dir_template) == nullptr) throw std::runtime_error("mkdtemp failed");
    m_dir = dir_template;
    const std::string d = m_dir.string();
    std::ofstream(d + "/ext.cnf") << "subjectAltName=DNS:localhost,DNS:service.test,IP:127.0.0.1\n"
                                     "extendedKeyUsage=serverAuth\n";
    run("openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1"
        " -subj /CN=idp-test-ca -addext basicConstraints=critical,CA:TRUE"
        " -addext keyUsage=critical,keyCertSign -keyout " +
        d + "/ca.key -out " + d + "/ca.crt");
    run("openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj /CN=localhost"
        " -keyout " +
        d + "/server.key -out " + d + "/server.csr");
    run("openssl x509 -req -days 1 -in " + d + "/server.csr -CA " + d + "/ca.crt -CAkey " + d +
        "/ca.key -CAcreateserial -extfile " + d + "/ext.cnf -out " + d + "/server.crt");
    m_port = free_port();
    std::fflush(nullptr);  // so that the child has no buffered output to write twice
    m_pid = fork();
    if (m_pid == 0) {
      const std::string accept = "127.0.0.1:" + std::to_string(m_port);
      const std::string cert = d + "/server.crt", key = d + "/server.key";
      const int null = open("/dev/null", O_WRONLY);
      dup2(null, STDOUT_FILENO);
      dup2(null, STDERR_FILENO);
      execlp("openssl", "openssl", "s_server", "-quiet", "-www", "-accept", accept.c_str(), "-cert",
             cert.c_str(), "-key", key.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    for (int i = 0; i < 100 && !accepts_connections(m_port); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ~TlsServer() {
    if (m_pid > 0) {
      kill(m_pid, SIGTERM);
      waitpid(m_pid, nullptr, 0);
    }
    std::error_code ignored;
    fs::remove_all(m_dir, ignored);
  }
  std::string ca_file() const { return (m_dir / "ca.crt").string(); }
  std::string url(const std::string& host) const {
    return "https://" + host + ":" + std::to_string(m_port) + "/";
  }

 private:
  fs::path m_dir;
  std::uint16_t m_port = 0;
  pid_t m_pid = -1;
};

const TlsServer& tls_server() {
  static const TlsServer server;
  return server;
}

ports::OutboundRequest get(const std::string& url) {
  ports::OutboundRequest r;
  r.url = url;
  r.timeout_ms = 5'000;
  return r;
}

outbound::Resolver to_loopback(const std::string& name) {
  return [name](const std::string& host) -> Expected<std::vector<outbound::IpAddress>> {
    if (host == name) return std::vector{*outbound::IpAddress::parse("127.0.0.1")};
    return fail(host + " is unknown");
  };
}

domain::SsrfProtection bypassing(const std::string& host) {
  domain::SsrfProtection s;
  s.enabled = true;
  s.bypass_hosts = {host};
  return s;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(outbound_curl_tls)

BOOST_AUTO_TEST_CASE(certificate_of_an_unknown_ca_is_tls_failed) {
  outbound::CurlHttpClient client;
  auto r = client.send(get(tls_server().url("127.0.0.1")));
  BOOST_REQUIRE(!r);
  BOOST_TEST(to_string(r.error().kind) == "tls_failed", r.error().message);
  BOOST_TEST(r.error().message.find("127.0.0.1") != std::string::npos, r.error().message);
}

BOOST_AUTO_TEST_CASE(extra_ca_file_lets_the_private_ca_verify) {
  outbound::CurlOptions options;
  options.ca_file = tls_server().ca_file();
  outbound::CurlHttpClient client({}, options);
  for (const char* host : {"127.0.0.1", "localhost"}) {
    auto r = client.send(get(tls_server().url(host)));
    BOOST_REQUIRE_MESSAGE(r, (r ? std::string() : r.error().message));
    BOOST_TEST(r->status == 200);
    BOOST_TEST(r->body.find("s_server") != std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(pinned_address_is_verified_against_the_url_host_name) {
  outbound::CurlOptions options;
  options.ca_file = tls_server().ca_file();
  options.resolver = to_loopback("service.test");
  outbound::CurlHttpClient client(bypassing("service.test"), options);
  auto r = client.send(get(tls_server().url("service.test")));
  BOOST_REQUIRE_MESSAGE(r, (r ? std::string() : r.error().message));
  BOOST_TEST(r->status == 200);

  // The same address under a name the certificate does not hold fails verification.
  options.resolver = to_loopback("other.test");
  outbound::CurlHttpClient mismatch(bypassing("other.test"), options);
  auto wrong = mismatch.send(get(tls_server().url("other.test")));
  BOOST_REQUIRE(!wrong);
  BOOST_TEST(to_string(wrong.error().kind) == "tls_failed", wrong.error().message);
}

BOOST_AUTO_TEST_SUITE_END()
