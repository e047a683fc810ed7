// Step 3: request objects (RFC 9101) and pushed authorization requests (RFC 9126) are not
// implemented yet, and say so.
#include <boost/test/unit_test.hpp>

#include "oauth/authorization/authorization_test_support.hpp"

using namespace idp;
using namespace idp::test;

BOOST_FIXTURE_TEST_SUITE(authorization_request_objects, TestTenant)

BOOST_AUTO_TEST_CASE(request_parameter_is_not_implemented_yet) {
  auto v = validate(code_request(post).set("request", "eyJhbGciOiJub25lIn0.e30.").params(), post,
                    server);
  BOOST_TEST(error_of(v) == "request_not_supported");
  BOOST_TEST(v.error().redirectable);
  BOOST_TEST(description_of(v).find("not implemented yet") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(request_parameter_is_refused_when_the_server_does_not_offer_it) {
  server.request_parameter_supported = false;
  auto v = validate(code_request(post).set("request", "eyJhbGciOiJub25lIn0.e30.").params(), post,
                    server);
  BOOST_TEST(error_of(v) == "request_not_supported");
  BOOST_TEST(description_of(v).find("does not support") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(request_uri_is_not_implemented_yet) {
  auto v = validate(
      code_request(post).set("request_uri", "https://client.example.org/request.jwt").params(),
      post, server);
  BOOST_TEST(error_of(v) == "request_uri_not_supported");
  BOOST_TEST(v.error().redirectable);
  server.request_uri_parameter_supported = false;
  auto refused = validate(
      code_request(post).set("request_uri", "https://client.example.org/request.jwt").params(),
      post, server);
  BOOST_TEST(error_of(refused) == "request_uri_not_supported");
  BOOST_TEST(description_of(refused).find("does not support") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(pushed_request_uri_without_redirect_uri_is_shown_not_redirected) {
  // RFC 9126 §4: the client sends only client_id and request_uri; nothing is verified to redirect
  // to, so the error is shown.
  auto p =
      params({{"client_id", post.client_id},
              {"request_uri", "urn:ietf:params:oauth:request_uri:6esc_11ACC5bwc014ltc14eY22c"}});
  auto v = validate(p, post, server);
  BOOST_TEST(error_of(v) == "request_uri_not_supported");
  BOOST_TEST(!v.error().redirectable);
  BOOST_TEST(description_of(v).find("RFC 9126") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(server_requiring_pushed_requests_refuses_plain_ones) {
  auto par_server = example_server("require-par-tenant");
  auto par_client = example_client("clientSecretPost", "require-par-tenant");
  auto v = validate(code_request(par_client).params(), par_client, par_server);
  BOOST_TEST(error_of(v) == "invalid_request");
  BOOST_TEST(v.error().redirectable);
  BOOST_TEST(description_of(v).find("pushed") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
