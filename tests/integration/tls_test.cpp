// nginx's TLS front: the mTLS port hands the client certificate to the workers, and a certificate
// sent as a request header is never taken for one. Seen through the access log, which records
// the certificate's x5t#S256 (RFC 8705 §3.1).
#include <boost/test/unit_test.hpp>
#include <sstream>

#include "http_client.hpp"
#include "json/reader.hpp"
#include "stack.hpp"

using namespace idp::test;

namespace {

std::string logged_client_cert(const std::string& request_id) {
  std::istringstream log(read_file(stack().var + "/log/idp-fcgi.log"));
  std::string line;
  while (std::getline(log, line)) {
    if (line.find(request_id) == std::string::npos || line.find("\"request\"") == std::string::npos)
      continue;
    auto doc = idp::json::parse_object(line);
    if (doc.ok() && doc->HasMember("client_cert")) return (*doc)["client_cert"].GetString();
  }
  return "(no log line)";
}

std::string thumbprint_of(const std::string& cert) {
  std::string out;
  run("openssl x509 -in " + cert +
          " -outform DER | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=\\n'",
      out);
  return out;
}

HttpRequest health(const std::string& base, const std::string& request_id) {
  HttpRequest r;
  r.url = base + "/health";
  r.headers = {"x-fapi-interaction-id: " + request_id};
  return r;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(tls_front)

BOOST_AUTO_TEST_CASE(the_mtls_port_passes_the_client_certificate_to_the_workers) {
  const std::string id = "5a1e0000-0000-4000-8000-000000000001";
  HttpRequest r = health(stack().mtls_url, id);
  r.client_cert = stack().var + "/pki/client-1.crt";
  r.client_key = stack().var + "/pki/client-1.key";
  BOOST_REQUIRE(send(r).status == 200);
  std::string expected = thumbprint_of(stack().var + "/pki/client-1.crt");
  BOOST_TEST(expected.size() == 43u);
  BOOST_TEST(logged_client_cert(id) == expected);
}

BOOST_AUTO_TEST_CASE(no_certificate_means_none_on_either_port) {
  const std::string id = "5a1e0000-0000-4000-8000-000000000002";
  BOOST_REQUIRE(send(health(stack().mtls_url, id)).status == 200);
  BOOST_TEST(logged_client_cert(id) == "");
}

BOOST_AUTO_TEST_CASE(a_certificate_in_a_request_header_is_ignored) {
  const std::string id = "5a1e0000-0000-4000-8000-000000000003";
  std::string pem = read_file(stack().var + "/pki/client-2.crt");
  std::string escaped;
  for (char c : pem) escaped += (c == '\n') ? std::string("%0A") : std::string(1, c);
  HttpRequest r = health(stack().base_url, id);
  r.headers.push_back("X-SSL-Cert: " + escaped);
  r.headers.push_back("X-Client-Cert: " + escaped);
  BOOST_REQUIRE(send(r).status == 200);
  BOOST_TEST(logged_client_cert(id) == "");
}

BOOST_AUTO_TEST_SUITE_END()
