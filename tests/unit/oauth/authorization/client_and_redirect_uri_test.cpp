// Steps 1 and 2 of the authorization request: the client and the redirect URI. Their errors are
// shown to the user, never redirected (RFC 6749 §3.1.2.4, §4.1.2.1).
#include <boost/test/unit_test.hpp>

#include "oauth/authorization/authorization_test_support.hpp"
#include "oauth/authorization/redirect_uri.hpp"

using namespace idp;
using namespace idp::test;

BOOST_FIXTURE_TEST_SUITE(authorization_client_and_redirect_uri, TestTenant)

BOOST_AUTO_TEST_CASE(a_valid_code_request_is_accepted) {
  auto v = validate(code_request(post).params(), post, server);
  BOOST_REQUIRE_MESSAGE(v, description_of(v));
  BOOST_TEST(v->client_id == post.client_id);
  BOOST_TEST(v->redirect_uri == k_callback);
  BOOST_TEST(v->redirect_uri_sent);
  BOOST_TEST(v->response_type.canonical() == "code");
  BOOST_TEST(v->is_openid);
  BOOST_TEST(v->state.value_or("") == k_state);
  BOOST_TEST(v->params.size() == 6u);
}

BOOST_AUTO_TEST_CASE(repeated_parameter_is_shown_not_redirected) {
  auto p = code_request(post).params();
  p.add("scope", "email");
  auto v = validate(p, post, server);
  BOOST_TEST(error_of(v) == "invalid_request");
  BOOST_TEST(!v.error().redirectable);
  BOOST_TEST(description_of(v) == "parameter 'scope' is repeated");
}

BOOST_AUTO_TEST_CASE(missing_client_id_is_shown_not_redirected) {
  auto v = validate(code_request(post).drop("client_id").params(), post, server);
  BOOST_TEST(error_of(v) == "invalid_request");
  BOOST_TEST(!v.error().redirectable);
  BOOST_TEST(v.error().redirect_uri.empty());
}

BOOST_AUTO_TEST_CASE(unknown_client_is_shown_not_redirected) {
  auto v = oauth::validate_authorization_request(code_request(post).params(), nullptr, server);
  BOOST_TEST(error_of(v) == "invalid_request");
  BOOST_TEST(!v.error().redirectable);
  BOOST_TEST(v.error().error.description.find("client_id") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(disabled_client_is_refused_like_an_unknown_one) {
  post.enabled = false;
  auto v = validate(code_request(post).params(), post, server);
  BOOST_TEST(error_of(v) == "invalid_request");
  BOOST_TEST(!v.error().redirectable);
}

BOOST_AUTO_TEST_CASE(client_that_does_not_match_client_id_is_refused) {
  auto v = validate(code_request(post).set("client_id", "someone-else").params(), post, server);
  BOOST_TEST(error_of(v) == "invalid_request");
  BOOST_TEST(!v.error().redirectable);
}

BOOST_AUTO_TEST_CASE(client_id_alias_names_the_client) {
  // clientSecretPost's client_id_alias is "clientSecretPost"; the request records the client_id.
  BOOST_REQUIRE(post.client_id_alias.has_value());
  auto v =
      validate(code_request(post).set("client_id", *post.client_id_alias).params(), post, server);
  BOOST_REQUIRE_MESSAGE(v, description_of(v));
  BOOST_TEST(v->client_id == post.client_id);
}

BOOST_AUTO_TEST_CASE(redirect_uri_with_fragment_is_shown_not_redirected) {
  auto v = validate(code_request(post).set("redirect_uri", std::string(k_callback) + "#x").params(),
                    post, server);
  BOOST_TEST(error_of(v) == "invalid_request");
  BOOST_TEST(!v.error().redirectable);
  BOOST_TEST(v.error().error.description.find("fragment") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(unregistered_redirect_uri_is_shown_not_redirected) {
  auto v =
      validate(code_request(post).set("redirect_uri", "https://attacker.example/callback").params(),
               post, server);
  BOOST_TEST(error_of(v) == "invalid_request");
  BOOST_TEST(!v.error().redirectable);
  BOOST_TEST(v.error().redirect_uri.empty());
  BOOST_TEST(v.error().state == k_state);
}

BOOST_AUTO_TEST_CASE(redirect_uri_is_compared_as_an_exact_string) {
  for (const char* near_miss :
       {"https://Client.example.org/callback", "https://client.example.org:443/callback",
        "https://client.example.org/callback/", "https://client.example.org/Callback",
        "https://client.example.org/callback?x=1"}) {
    auto v = validate(code_request(post).set("redirect_uri", near_miss).params(), post, server);
    BOOST_TEST(error_of(v) == "invalid_request", near_miss);
    BOOST_TEST(!v.error().redirectable);
  }
}

BOOST_AUTO_TEST_CASE(missing_redirect_uri_with_several_registered_is_shown) {
  auto v = validate(code_request(post).drop("redirect_uri").set("scope", "profile").params(), post,
                    server);
  BOOST_TEST(error_of(v) == "invalid_request");
  BOOST_TEST(!v.error().redirectable);
}

BOOST_AUTO_TEST_CASE(missing_redirect_uri_uses_the_only_registered_one_in_an_oauth_request) {
  auto v = validate(code_request(single).drop("redirect_uri").set("scope", "profile").params(),
                    single, server);
  BOOST_REQUIRE_MESSAGE(v, description_of(v));
  BOOST_TEST(v->redirect_uri == single.redirect_uris.front());
  BOOST_TEST(!v->redirect_uri_sent);
  BOOST_TEST(!v->is_openid);
}

BOOST_AUTO_TEST_CASE(missing_redirect_uri_is_refused_in_an_openid_request) {
  // OIDC Core §3.1.2.1 makes redirect_uri REQUIRED even when only one is registered.
  auto v = validate(code_request(single).drop("redirect_uri").params(), single, server);
  BOOST_TEST(error_of(v) == "invalid_request");
  BOOST_TEST(!v.error().redirectable);
}

BOOST_AUTO_TEST_CASE(client_without_redirect_uris_cannot_omit_redirect_uri) {
  single.redirect_uris.clear();
  auto v = validate(code_request(single).drop("redirect_uri").set("scope", "profile").params(),
                    single, server);
  BOOST_TEST(error_of(v) == "invalid_request");
  BOOST_TEST(!v.error().redirectable);
}

BOOST_AUTO_TEST_CASE(native_client_loopback_redirect_uri_matches_any_port) {
  // nativeAppClient registers http://127.0.0.1:8080/callback and http://localhost:8443/callback.
  for (const char* uri : {"http://127.0.0.1:51234/callback", "http://127.0.0.1/callback",
                          "http://localhost:1/callback", "http://127.0.0.1:8080/callback"}) {
    auto v = validate(code_request(native).set("redirect_uri", uri).set("scope", "openid").params(),
                      native, server);
    BOOST_REQUIRE_MESSAGE(v, uri << ": " << description_of(v));
    BOOST_TEST(v->redirect_uri == uri);
  }
}

BOOST_AUTO_TEST_CASE(native_loopback_redirect_uri_keeps_its_host_and_path) {
  for (const char* uri :
       {"http://127.0.0.1:51234/other", "http://localhost:8080/callback/x",
        "http://[::1]:8080/callback", "https://127.0.0.1:8080/callback",
        "http://127.0.0.1:8080/callback?x=1", "http://127.0.0.1:99999/callback",
        "http://user@127.0.0.1:8080/callback", "http://127.0.0.1.attacker.example:8080/callback"}) {
    auto v = validate(code_request(native).set("redirect_uri", uri).set("scope", "openid").params(),
                      native, server);
    BOOST_TEST(error_of(v) == "invalid_request", uri);
    BOOST_TEST(!v.error().redirectable);
  }
}

BOOST_AUTO_TEST_CASE(web_client_gets_no_loopback_port_flexibility) {
  // clientSecretPost registers http://localhost:8081/callback but is a web client.
  auto v =
      validate(code_request(post).set("redirect_uri", "http://localhost:9999/callback").params(),
               post, server);
  BOOST_TEST(error_of(v) == "invalid_request");
  BOOST_TEST(!v.error().redirectable);
  auto exact =
      validate(code_request(post).set("redirect_uri", "http://localhost:8081/callback").params(),
               post, server);
  BOOST_TEST(exact.ok());
}

BOOST_AUTO_TEST_CASE(ipv6_loopback_matches_without_port) {
  BOOST_TEST(oauth::matches_loopback("http://[::1]/cb", "http://[::1]:61000/cb"));
  BOOST_TEST(oauth::matches_loopback("http://[::1]:80/cb", "http://[::1]/cb"));
  BOOST_TEST(!oauth::matches_loopback("http://[::1]/cb", "http://127.0.0.1/cb"));
  BOOST_TEST(!oauth::matches_loopback("http://[::1/cb", "http://[::1/cb:1"));
  BOOST_TEST(oauth::is_loopback_redirect_uri("http://localhost"));
  BOOST_TEST(!oauth::is_loopback_redirect_uri("http://localhost.example"));
  BOOST_TEST(!oauth::is_loopback_redirect_uri("com.example.app:/callback"));
}

BOOST_AUTO_TEST_SUITE_END()
