#include "http/basic_auth.hpp"

#include <boost/test/unit_test.hpp>
#include <string>

#include "base/base64.hpp"

using namespace idp::http;

namespace {
std::string basic(std::string_view user_pass) {
  return "Basic " + idp::base64::encode(user_pass);
}
bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(http_basic_auth)

BOOST_AUTO_TEST_CASE(rfc6749_example_credentials_parse) {
  // RFC 6749 §2.3.1
  auto c = parse_client_secret_basic("Basic czZCaGRSa3F0Mzo3RmpmcDBaQnIxS3REUmJuZlZkbUl3");
  BOOST_REQUIRE(c.ok());
  BOOST_TEST(c->client_id == "s6BhdRkqt3");
  BOOST_TEST(c->client_secret == "7Fjfp0ZBr1KtDRbnfVdmIw");
}

BOOST_AUTO_TEST_CASE(rfc7617_example_credentials_parse) {
  // RFC 7617 §2
  auto c = parse_basic_credentials("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
  BOOST_REQUIRE(c.ok());
  BOOST_TEST(c->user_id == "Aladdin");
  BOOST_TEST(c->password == "open sesame");
}

BOOST_AUTO_TEST_CASE(client_credentials_are_form_url_decoded) {
  // RFC 6749 §2.3.1: a client_id "a:b" is sent as "a%3Ab"; '+' is a space.
  auto c = parse_client_secret_basic(basic("a%3Ab:p%40ss+word%2B"));
  BOOST_REQUIRE(c.ok());
  BOOST_TEST(c->client_id == "a:b");
  BOOST_TEST(c->client_secret == "p@ss word+");
  // The raw parser leaves them alone (the admin API key and secret).
  auto raw = parse_basic_credentials(basic("a%3Ab:p+w"));
  BOOST_TEST(raw->user_id == "a%3Ab");
  BOOST_TEST(raw->password == "p+w");
}

BOOST_AUTO_TEST_CASE(split_is_at_the_first_colon) {
  auto c = parse_client_secret_basic(basic("client:sec:ret"));
  BOOST_REQUIRE(c.ok());
  BOOST_TEST(c->client_id == "client");
  BOOST_TEST(c->client_secret == "sec:ret");
}

BOOST_AUTO_TEST_CASE(scheme_is_case_insensitive) {
  BOOST_TEST(parse_basic_credentials("basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==").ok());
  BOOST_TEST(parse_basic_credentials("BASIC QWxhZGRpbjpvcGVuIHNlc2FtZQ==").ok());
  BOOST_TEST(has_auth_scheme("bAsIc xyz", "Basic"));
  BOOST_TEST(!has_auth_scheme("Bearer xyz", "Basic"));
  BOOST_TEST(!has_auth_scheme("Basically xyz", "Basic"));
}

BOOST_AUTO_TEST_CASE(broken_basic_headers_are_refused_with_the_reason) {
  struct Case {
    std::string header;
    std::string reason;
  };
  const Case cases[] = {
      {"", "the header is empty"},
      {"   ", "the header is empty"},
      {"Bearer QWxhZGRpbjpvcGVuIHNlc2FtZQ==", "the scheme is not Basic"},
      {"Basic", "no credentials follow the scheme"},
      {"Basic ", "no credentials follow the scheme"},
      {"Basic  QWxhZGRpbjpvcGVuIHNlc2FtZQ==", "exactly one space"},
      {"Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ", "not valid padded base64"},     // no padding
      {"Basic QWxhZGRpbjpvcGVuIHNlc2FtZR==", "not valid padded base64"},   // non-canonical
      {"Basic QWxh ZGRpbjpvcGVuIHNlc2FtZQ==", "not valid padded base64"},  // inner space
      {"Basic " + idp::base64::encode("nocolon"), "no ':' separator"},
      {"Basic " + idp::base64::encode(":secret"), "user-id before ':' is empty"},
      {"Basic " + idp::base64::encode("id:se\ncret"), "control characters"},
      {"Basic " + idp::base64::encode("id:\xC3(x"), "not valid UTF-8"},
  };
  for (const auto& c : cases) {
    BOOST_TEST_INFO(c.header);
    auto r = parse_basic_credentials(c.header);
    BOOST_REQUIRE(!r.ok());
    BOOST_TEST(r.error().starts_with("Authorization header is not valid Basic credentials: "));
    BOOST_TEST(contains(r.error(), c.reason));
  }
}

BOOST_AUTO_TEST_CASE(broken_client_encoding_is_refused) {
  auto bad_id = parse_client_secret_basic(basic("a%3:secret"));
  BOOST_REQUIRE(!bad_id.ok());
  BOOST_TEST(contains(bad_id.error(), "client_id"));
  auto bad_secret = parse_client_secret_basic(basic("a:%00"));
  BOOST_REQUIRE(!bad_secret.ok());
  BOOST_TEST(contains(bad_secret.error(), "client_secret"));
  auto empty_secret = parse_client_secret_basic(basic("a:"));
  BOOST_REQUIRE(!empty_secret.ok());
  BOOST_TEST(contains(empty_secret.error(), "client_secret is empty"));
}

BOOST_AUTO_TEST_CASE(errors_never_contain_the_credentials) {
  const std::string secret = "TopSecretValue%zz";
  for (const auto& header : {basic("client:" + secret), basic("client" + secret), "Basic " + secret,
                             "Basic " + idp::base64::encode(secret) + "x"}) {
    auto r = parse_client_secret_basic(header);
    BOOST_REQUIRE(!r.ok());
    BOOST_TEST(!contains(r.error(), "TopSecret"));
    BOOST_TEST(!contains(r.error(), idp::base64::encode(secret)));
  }
}

BOOST_AUTO_TEST_SUITE_END()
