// Steps 6 and 7: scope (RFC 6749 §3.3, OIDC Core §3.1.2.1) and the OpenID Connect rules for ID
// tokens, nonces, implicit redirects and offline_access.
#include <boost/test/unit_test.hpp>

#include "oauth/authorization/authorization_test_support.hpp"

using namespace idp;
using namespace idp::test;

BOOST_FIXTURE_TEST_SUITE(authorization_scope_and_openid, TestTenant)

BOOST_AUTO_TEST_CASE(missing_scope_is_invalid_scope) {
  auto v = validate(code_request(post).drop("scope").params(), post, server);
  BOOST_TEST(error_of(v) == "invalid_scope");
  BOOST_TEST(v.error().redirectable);
  BOOST_TEST(v.error().state == k_state);
}

BOOST_AUTO_TEST_CASE(malformed_scope_is_invalid_scope) {
  for (const char* scope : {"openid  profile", " openid", "openid\"x", "openid\\x"}) {
    auto v = validate(code_request(post).set("scope", scope).params(), post, server);
    BOOST_TEST(error_of(v) == "invalid_scope", scope);
    BOOST_TEST(v.error().redirectable);
  }
}

BOOST_AUTO_TEST_CASE(scopes_not_offered_or_not_registered_are_dropped_as_idp_server_does) {
  // "unknown" is offered by nobody; "verified_claims:verification:evidence" is registered for
  // clientSecretPost but not offered by the server; "fapi" neither.
  auto v = validate(
      code_request(post)
          .set("scope", "openid unknown profile verified_claims:verification:evidence email")
          .params(),
      post, server);
  BOOST_REQUIRE_MESSAGE(v, description_of(v));
  BOOST_TEST(v->scopes == (std::vector<std::string>{"openid", "profile", "email"}),
             boost::test_tools::per_element());
  BOOST_TEST(v->ignored_scopes ==
                 (std::vector<std::string>{"unknown", "verified_claims:verification:evidence"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(scope_offered_by_the_server_but_not_registered_is_dropped) {
  // cibaDelegationClient registers "openid profile email" only.
  auto v = validate(code_request(single)
                        .set("redirect_uri", single.redirect_uris.front())
                        .set("scope", "openid management")
                        .params(),
                    single, server);
  BOOST_REQUIRE_MESSAGE(v, description_of(v));
  BOOST_TEST(v->scopes == (std::vector<std::string>{"openid"}), boost::test_tools::per_element());
  BOOST_TEST(v->ignored_scopes == (std::vector<std::string>{"management"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(no_usable_scope_is_invalid_scope) {
  auto v = validate(code_request(post).set("scope", "unknown other").params(), post, server);
  BOOST_TEST(error_of(v) == "invalid_scope");
  BOOST_TEST(v.error().redirectable);
}

BOOST_AUTO_TEST_CASE(request_without_openid_is_a_plain_oauth_request) {
  auto v =
      validate(code_request(post).set("scope", "read write").drop("nonce").params(), post, server);
  BOOST_REQUIRE_MESSAGE(v, description_of(v));
  BOOST_TEST(!v->is_openid);
  BOOST_TEST(!v->nonce);
}

BOOST_AUTO_TEST_CASE(id_token_without_openid_scope_is_invalid_request) {
  auto v = validate(
      code_request(post).set("response_type", "code id_token").set("scope", "profile").params(),
      post, server);
  BOOST_TEST(error_of(v) == "invalid_request");
  BOOST_TEST(v.error().redirectable);
}

BOOST_AUTO_TEST_CASE(nonce_is_required_for_the_implicit_flow) {
  for (const char* type : {"id_token", "id_token token"}) {
    auto v = validate(code_request(post).set("response_type", type).drop("nonce").params(), post,
                      server);
    BOOST_TEST(error_of(v) == "invalid_request", type);
    BOOST_TEST(v.error().response_mode == "fragment");
  }
}

BOOST_AUTO_TEST_CASE(nonce_is_required_for_hybrid_flows_returning_an_id_token) {
  for (const char* type : {"code id_token", "code id_token token"}) {
    auto v = validate(code_request(post).set("response_type", type).drop("nonce").params(), post,
                      server);
    BOOST_TEST(error_of(v) == "invalid_request", type);
  }
}

BOOST_AUTO_TEST_CASE(nonce_is_optional_for_the_code_flow) {
  auto v = validate(code_request(post).drop("nonce").params(), post, server);
  BOOST_REQUIRE_MESSAGE(v, description_of(v));
  BOOST_TEST(!v->nonce);
  auto hybrid = validate(
      code_request(post).set("response_type", "code token").drop("nonce").params(), post, server);
  BOOST_TEST(hybrid.ok());
}

BOOST_AUTO_TEST_CASE(implicit_flow_of_a_web_client_cannot_use_an_http_redirect_uri) {
  auto v = validate(code_request(post)
                        .set("response_type", "id_token")
                        .set("redirect_uri", "http://localhost:8081/callback")
                        .params(),
                    post, server);
  BOOST_TEST(error_of(v) == "invalid_request");
  BOOST_TEST(v.error().redirectable);
  // The code flow may use it.
  auto code =
      validate(code_request(post).set("redirect_uri", "http://localhost:8081/callback").params(),
               post, server);
  BOOST_TEST(code.ok());
}

BOOST_AUTO_TEST_CASE(offline_access_is_ignored_without_an_authorization_code) {
  auto implicit = validate(code_request(post)
                               .set("response_type", "id_token token")
                               .set("scope", "openid offline_access")
                               .params(),
                           post, server);
  BOOST_REQUIRE_MESSAGE(implicit, description_of(implicit));
  BOOST_TEST(implicit->scopes == (std::vector<std::string>{"openid"}),
             boost::test_tools::per_element());
  BOOST_TEST(implicit->ignored_scopes == (std::vector<std::string>{"offline_access"}),
             boost::test_tools::per_element());
  auto code =
      validate(code_request(post).set("scope", "openid offline_access").params(), post, server);
  BOOST_REQUIRE(code);
  BOOST_TEST(code->scopes == (std::vector<std::string>{"openid", "offline_access"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
