// Delivering responses and errors: query and fragment encoding (RFC 6749 §4.1.2, Multiple Response
// Type Encoding Practices §2.1), the Form Post Response Mode page, and RFC 9207's iss.
#include <boost/test/unit_test.hpp>

#include "base/base64.hpp"
#include "crypto/digest.hpp"
#include "oauth/authorization/authorization_response.hpp"
#include "oauth/authorization/authorization_test_support.hpp"

using namespace idp;
using namespace idp::test;
using oauth::ResponseParams;

namespace {

// Built member by member: GCC 12 warns (-Wmaybe-uninitialized, a false positive) about the nested
// aggregate initialisation of AuthorizationError in optimised builds.
oauth::AuthorizationError redirectable_error(oauth::OAuthErrorCode code, std::string description,
                                             std::string redirect_uri, std::string response_mode,
                                             std::string state) {
  oauth::AuthorizationError e;
  e.error.code = code;
  e.error.description = std::move(description);
  e.redirectable = true;
  e.redirect_uri = std::move(redirect_uri);
  e.response_mode = std::move(response_mode);
  e.state = std::move(state);
  return e;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(authorization_response)

BOOST_AUTO_TEST_CASE(query_response_is_appended_as_the_query) {
  // RFC 6749 §4.1.2's example.
  BOOST_TEST(
      oauth::authorization_response_uri("https://client.example.com/cb", "query",
                                        {{"code", "SplxlOBeZQQYbYS6WxSbIA"}, {"state", "xyz"}}) ==
      "https://client.example.com/cb?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz");
}

BOOST_AUTO_TEST_CASE(query_response_keeps_the_query_of_the_redirect_uri) {
  const ResponseParams p = {{"code", "a b&c"}};
  BOOST_TEST(oauth::authorization_response_uri("https://c.example/cb?app=1", "query", p) ==
             "https://c.example/cb?app=1&code=a+b%26c");
  BOOST_TEST(oauth::authorization_response_uri("https://c.example/cb?", "query", p) ==
             "https://c.example/cb?code=a+b%26c");
  BOOST_TEST(oauth::authorization_response_uri("https://c.example/cb?app=1&", "query", p) ==
             "https://c.example/cb?app=1&code=a+b%26c");
}

BOOST_AUTO_TEST_CASE(fragment_response_goes_after_a_hash) {
  // RFC 6749 §4.2.2's example (expires_in aside).
  BOOST_TEST(
      oauth::authorization_response_uri("http://example.com/cb", "fragment",
                                        {{"access_token", "2YotnFZFEjr1zCsicMWpAA"},
                                         {"state", "xyz"},
                                         {"token_type", "example"}}) ==
      "http://example.com/cb#access_token=2YotnFZFEjr1zCsicMWpAA&state=xyz&token_type=example");
  BOOST_TEST(oauth::authorization_response_uri("https://c.example/cb?app=1", "fragment",
                                               {{"code", "x"}}) ==
             "https://c.example/cb?app=1#code=x");
}

BOOST_AUTO_TEST_CASE(form_post_page_escapes_every_value) {
  const std::string page =
      oauth::form_post_page("https://c.example/cb?a=1&b=\"2\"",
                            {{"state", "\"><script>alert(1)</script>"}, {"code", "x'y&z"}});
  BOOST_TEST(page.find("<script>alert") == std::string::npos);
  BOOST_TEST(page.find("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"") !=
             std::string::npos);
  BOOST_TEST(page.find("value=\"x&#39;y&amp;z\"") != std::string::npos);
  BOOST_TEST(page.find("action=\"https://c.example/cb?a=1&amp;b=&quot;2&quot;\"") !=
             std::string::npos);
  BOOST_TEST(page.find("method=\"post\"") != std::string::npos);
  BOOST_TEST(page.find("name=\"code\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(form_post_policy_allows_only_the_page_script) {
  const std::string page = oauth::form_post_page("https://c.example/cb", {{"code", "x"}});
  const std::string open = "<script>";
  const auto start = page.find(open) + open.size();
  const std::string script = page.substr(start, page.find("</script>") - start);
  const std::string hash = base64::encode(crypto::sha256(script));
  const std::string& policy = oauth::form_post_content_security_policy();
  BOOST_TEST(policy.find("script-src 'sha256-" + hash + "'") != std::string::npos);
  BOOST_TEST(policy.find("default-src 'none'") != std::string::npos);
  auto response = oauth::form_post_response("https://c.example/cb", {{"code", "x"}});
  BOOST_TEST(response.status == 200);
  BOOST_TEST(std::string(response.header("Content-Security-Policy").value_or("")) == policy);
  BOOST_TEST(std::string(response.header("Content-Type").value_or("")).starts_with("text/html"));
  BOOST_TEST((response.caching == http::Caching::no_store));
}

BOOST_AUTO_TEST_CASE(error_params_carry_error_description_and_state) {
  oauth::AuthorizationError e =
      redirectable_error(oauth::OAuthErrorCode::invalid_scope, "scope is required",
                         "https://c.example/cb", "query", "xyz");
  auto p = oauth::error_params(e, std::nullopt);
  BOOST_TEST(p == (ResponseParams{{"error", "invalid_scope"},
                                  {"error_description", "scope is required"},
                                  {"state", "xyz"}}));
  e.state.clear();
  e.error.description = "bad \"value\" \\ \xC2\xA7";
  p = oauth::error_params(e, std::nullopt);
  BOOST_TEST(
      p == (ResponseParams{{"error", "invalid_scope"}, {"error_description", "bad ?value? ? ??"}}));
}

BOOST_AUTO_TEST_CASE(error_params_carry_iss_when_the_server_announces_it) {
  // fapi2-tenant sets authorization_response_iss_parameter_supported; test-tenant does not.
  auto fapi = example_server("fapi2-tenant");
  auto plain = example_server("test-tenant");
  BOOST_TEST(!oauth::response_iss(plain));
  BOOST_REQUIRE(oauth::response_iss(fapi));
  oauth::AuthorizationError e = redirectable_error(oauth::OAuthErrorCode::access_denied, "",
                                                   "https://c.example/cb", "query", "xyz");
  auto p = oauth::error_params(e, oauth::response_iss(fapi));
  BOOST_TEST(p ==
             (ResponseParams{{"error", "access_denied"}, {"state", "xyz"}, {"iss", fapi.issuer}}));
}

BOOST_AUTO_TEST_CASE(error_redirect_uses_the_response_mode_of_the_error) {
  oauth::AuthorizationError e = redirectable_error(oauth::OAuthErrorCode::unsupported_response_type,
                                                   "", "https://c.example/cb", "fragment", "xyz");
  auto redirect = oauth::error_redirect(e, std::nullopt);
  BOOST_TEST(redirect.status == 302);
  BOOST_TEST(std::string(redirect.header("Location").value_or("")) ==
             "https://c.example/cb#error=unsupported_response_type&state=xyz");
  e.response_mode = "form_post";
  auto page = oauth::error_redirect(e, std::string("https://idp.example/t"));
  BOOST_TEST(page.status == 200);
  BOOST_TEST(page.body.find("name=\"iss\" value=\"https://idp.example/t\"") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
