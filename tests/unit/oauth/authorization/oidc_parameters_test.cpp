// Step 8: the OpenID Connect parameters (OIDC Core §3.1.2.1): display, prompt, max_age, and the
// claims parameter (§5.5).
#include <boost/test/unit_test.hpp>

#include "oauth/authorization/authorization_test_support.hpp"
#include "oauth/authorization/claims_request.hpp"

using namespace idp;
using namespace idp::test;
using oauth::Prompt;

BOOST_FIXTURE_TEST_SUITE(authorization_oidc_parameters, TestTenant)

BOOST_AUTO_TEST_CASE(openid_request_keeps_its_oidc_parameters) {
  const std::string claims =
      R"({"id_token":{"acr":{"essential":true,"values":["urn:mace:incommon:iap:silver"]}},"userinfo":{"email":null}})";
  auto v =
      validate(code_request(post)
                   .set("display", "popup")
                   .set("prompt", "login consent")
                   .set("max_age", "3600")
                   .set("ui_locales", "ja en-US")
                   .set("acr_values", "urn:mace:incommon:iap:gold urn:mace:incommon:iap:silver")
                   .set("login_hint", "user@example.com")
                   .set("id_token_hint", "eyJhbGciOiJub25lIn0.e30.")
                   .set("claims", claims)
                   .params(),
               post, server);
  BOOST_REQUIRE_MESSAGE(v, description_of(v));
  BOOST_TEST((v->display == oauth::Display::popup));
  BOOST_TEST(v->has_prompt(Prompt::login));
  BOOST_TEST(v->has_prompt(Prompt::consent));
  BOOST_TEST(!v->has_prompt(Prompt::none));
  BOOST_TEST(v->max_age.value_or(-1) == 3600);
  BOOST_TEST(v->ui_locales == (std::vector<std::string>{"ja", "en-US"}),
             boost::test_tools::per_element());
  BOOST_TEST(v->acr_values.size() == 2u);
  BOOST_TEST(v->login_hint.value_or("") == "user@example.com");
  BOOST_TEST(v->id_token_hint.has_value());
  BOOST_TEST(v->nonce.value_or("") == "n-0S6_WzA2Mj");
  BOOST_TEST(v->claims.value_or("") == claims);
}

BOOST_AUTO_TEST_CASE(prompt_none_with_another_value_is_invalid_request) {
  auto v = validate(code_request(post).set("prompt", "none login").params(), post, server);
  BOOST_TEST(error_of(v) == "invalid_request");
  BOOST_TEST(v.error().redirectable);
}

BOOST_AUTO_TEST_CASE(prompt_none_alone_is_accepted) {
  auto v = validate(code_request(post).set("prompt", "none").params(), post, server);
  BOOST_REQUIRE_MESSAGE(v, description_of(v));
  BOOST_TEST(v->has_prompt(Prompt::none));
}

BOOST_AUTO_TEST_CASE(unknown_prompt_is_invalid_request) {
  auto v = validate(code_request(post).set("prompt", "login please").params(), post, server);
  BOOST_TEST(error_of(v) == "invalid_request");
}

BOOST_AUTO_TEST_CASE(prompt_create_starts_sign_up_as_in_idp_server) {
  auto v = validate(code_request(post).set("prompt", "create").params(), post, server);
  BOOST_REQUIRE_MESSAGE(v, description_of(v));
  BOOST_TEST(v->has_prompt(Prompt::create));
}

BOOST_AUTO_TEST_CASE(max_age_must_be_a_non_negative_integer) {
  for (const char* max_age : {"-1", "1h", "3.5", "+5", "99999999999999999999", "0x10"}) {
    auto v = validate(code_request(post).set("max_age", max_age).params(), post, server);
    BOOST_TEST(error_of(v) == "invalid_request", max_age);
  }
}

BOOST_AUTO_TEST_CASE(max_age_zero_is_accepted) {
  // OIDC Core §3.1.2.1: max_age=0 asks for a fresh authentication (idp-server refuses it).
  auto v = validate(code_request(post).set("max_age", "0").params(), post, server);
  BOOST_REQUIRE_MESSAGE(v, description_of(v));
  BOOST_TEST(v->max_age.value_or(-1) == 0);
}

BOOST_AUTO_TEST_CASE(unknown_display_is_invalid_request) {
  auto v = validate(code_request(post).set("display", "fullscreen").params(), post, server);
  BOOST_TEST(error_of(v) == "invalid_request");
}

BOOST_AUTO_TEST_CASE(claims_that_are_not_json_are_invalid_request) {
  for (const char* claims : {"{", "{\"id_token\":{}}x", "{\"a\":1,\"a\":2}"}) {
    auto v = validate(code_request(post).set("claims", claims).params(), post, server);
    BOOST_TEST(error_of(v) == "invalid_request", claims);
    BOOST_TEST(v.error().redirectable);
  }
}

BOOST_AUTO_TEST_CASE(claims_must_be_an_object_of_objects) {
  for (const char* claims :
       {"[]", "\"x\"", R"({"id_token":[]})", R"({"userinfo":"email"})",
        R"({"userinfo":{"email":true}})", R"({"id_token":{"acr":{"essential":"yes"}}})",
        R"({"id_token":{"acr":{"values":"urn:a"}}})", R"({"userinfo":{"verified_claims":1}})"}) {
    auto v = validate(code_request(post).set("claims", claims).params(), post, server);
    BOOST_TEST(error_of(v) == "invalid_request", claims);
  }
}

BOOST_AUTO_TEST_CASE(claims_members_not_understood_are_ignored) {
  for (const char* claims :
       {"{}", R"({"other":[1,2]})", R"({"id_token":{"acr":{"value":"x","purpose":"p"}}})",
        R"({"userinfo":{"verified_claims":[{"verification":{},"claims":{"given_name":null}}]}})"}) {
    auto v = validate(code_request(post).set("claims", claims).params(), post, server);
    BOOST_TEST(v.ok(), claims << ": " << description_of(v));
  }
}

BOOST_AUTO_TEST_CASE(claims_are_ignored_when_the_server_does_not_support_them) {
  server.claims_parameter_supported = false;
  auto v = validate(code_request(post).set("claims", "not json").params(), post, server);
  BOOST_REQUIRE_MESSAGE(v, description_of(v));
  BOOST_TEST(!v->claims);
}

BOOST_AUTO_TEST_CASE(claims_errors_name_the_member_at_fault) {
  auto ok = oauth::check_claims_request(R"({"id_token":{"acr":{"values":"urn:a"}}})");
  BOOST_REQUIRE(!ok);
  BOOST_TEST(ok.error() == "claims.id_token.acr.values must be an array");
}

BOOST_AUTO_TEST_SUITE_END()
